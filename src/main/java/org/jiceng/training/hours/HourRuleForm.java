package org.jiceng.training.hours;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/** A county's training-hour requirements for a year, as the county officer edits them. */
public record HourRuleForm(
        @NotNull(message = "请填写党员每年应达学时") @DecimalMin(value = "0", message = "学时不能为负")
        @DecimalMax(value = "1000", message = "学时不超过1000") @Digits(integer = 4, fraction = 1, message = "最多一位小数")
        BigDecimal memberHours,
        @NotNull(message = "请填写支部书记和委员每年应达学时") @DecimalMin(value = "0", message = "学时不能为负")
        @DecimalMax(value = "1000", message = "学时不超过1000") @Digits(integer = 4, fraction = 1, message = "最多一位小数")
        BigDecimal committeeHours,
        @NotNull(message = "请填写每个培训日折算的学时") @DecimalMin(value = "0.5", message = "至少0.5学时")
        @DecimalMax(value = "24", message = "一天不超过24学时") @Digits(integer = 2, fraction = 1, message = "最多一位小数")
        BigDecimal dayHours,
        Long version) {

    static HourRuleForm of(HourRule rule) {
        return new HourRuleForm(rule.memberHours(), rule.committeeHours(), rule.dayHours(), rule.version());
    }
}
