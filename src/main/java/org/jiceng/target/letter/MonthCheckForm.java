package org.jiceng.target.letter;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A month's check of a village's letter: the month (1–12 of the letter's year), the score out of 100, a note, and
 * the stamp of the checks the sender saw (a correction of a month already checked replaces its score).
 */
public record MonthCheckForm(@NotNull(message = "请选择月份") @Min(value = 1, message = "月份应为1至12")
                             @Max(value = 12, message = "月份应为1至12") Integer month,
                             @NotNull(message = "请填写得分") @DecimalMin(value = "0", message = "得分应在0到100分之间")
                             @DecimalMax(value = "100", message = "得分应在0到100分之间")
                             @Digits(integer = 3, fraction = 2, message = "得分最多两位小数") BigDecimal score,
                             @Size(max = 500, message = "不超过500字") String note,
                             @NotNull Long stamp) {
}
