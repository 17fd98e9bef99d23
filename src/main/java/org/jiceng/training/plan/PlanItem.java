package org.jiceng.training.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** One line of a training plan: sessions and attendees planned for a category in a quarter. */
public record PlanItem(@NotBlank(message = "请选择培训类别") String category, String categoryLabel,
                       @NotNull(message = "请选择季度") @Min(value = 1, message = "季度为1至4") @Max(value = 4, message = "季度为1至4") Integer quarter,
                       @NotNull(message = "请填写场次") @Min(value = 0, message = "场次不能为负") @Max(value = 1000, message = "场次过多") Integer sessions,
                       @NotNull(message = "请填写人次") @Min(value = 0, message = "人次不能为负") @Max(value = 1000000, message = "人次过多") Integer headcount) {
}
