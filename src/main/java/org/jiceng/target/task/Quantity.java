package org.jiceng.target.task;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

/**
 * An amount in one of the county's units (code list LEDGER_UNIT: 棵, 平方米, 米, 公里, 眼, 户, 间, 亩, 头, 万元 …): a
 * line of a ledger diary entry or a target of a central task. A line left blank on a form is ignored.
 */
public record Quantity(@DecimalMin(value = "0.01", message = "数量须大于0")
                       @Digits(integer = 12, fraction = 2, message = "数量最多两位小数") BigDecimal quantity,
                       @Size(max = 20) String unit) {

    public boolean blank() {
        return quantity == null && (unit == null || unit.isBlank());
    }
}
