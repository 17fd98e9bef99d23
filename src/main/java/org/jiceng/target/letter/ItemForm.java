package org.jiceng.target.letter;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An item as the township writes it into a draft letter. Which of the measure's fields are needed depends on the
 * kind: a target quantity and unit for 按比例 and 超额加分, points per unit over for 超额加分, a deadline and points
 * per day late for 逾期扣分 ({@link LetterRules#checkItem}).
 */
public record ItemForm(@NotBlank(message = "请选择类别") String area,
                       @NotBlank(message = "请填写目标任务") @Size(max = 500, message = "不超过500字") String content,
                       @NotNull(message = "请选择计分办法") MeasureKind kind,
                       @NotNull(message = "请填写基本分") @DecimalMin(value = "0.5", message = "基本分至少0.5分")
                       @Digits(integer = 3, fraction = 2, message = "基本分最多两位小数") BigDecimal basePoints,
                       @DecimalMin(value = "0.01", message = "目标数量须大于0")
                       @Digits(integer = 12, fraction = 2, message = "目标数量最多两位小数") BigDecimal targetQuantity,
                       @Size(max = 20) String unit,
                       @DecimalMin(value = "0.01", message = "须大于0")
                       @Digits(integer = 3, fraction = 2, message = "最多两位小数") BigDecimal pointsPerUnitOver,
                       @DecimalMin(value = "0.01", message = "须大于0")
                       @Digits(integer = 3, fraction = 2, message = "最多两位小数") BigDecimal bonusCap,
                       LocalDate deadline,
                       @DecimalMin(value = "0.01", message = "须大于0")
                       @Digits(integer = 3, fraction = 2, message = "最多两位小数") BigDecimal pointsPerDayLate,
                       @NotBlank(message = "请填写考核单位") @Size(max = 100, message = "不超过100字") String checkingOffice,
                       @Size(max = 500, message = "不超过500字") String evidence,
                       @Size(max = 500, message = "不超过500字") String milestones,
                       Long taskId,
                       Long version) {
}
