package org.jiceng.target.letter;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A village's target quantity for an item: set freely while the copy awaits signature; on a signed copy it is an
 * amendment and needs a reason.
 */
public record QuantityForm(@NotNull(message = "请选择项目") Long itemId,
                           @NotNull(message = "请填写目标数量") @DecimalMin(value = "0.01", message = "目标数量须大于0")
                           @Digits(integer = 12, fraction = 2, message = "目标数量最多两位小数") BigDecimal quantity,
                           @Size(max = 500, message = "不超过500字") String reason,
                           @NotNull Long version) {
}
