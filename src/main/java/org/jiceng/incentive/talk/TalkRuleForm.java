package org.jiceng.incentive.talk;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The influence period a county officer sets for a year; {@code version} of the year's rule when it exists. */
public record TalkRuleForm(@NotNull(message = "请填写年度") @Min(value = 2000, message = "年度须在2000至2100之间")
                           @Max(value = 2100, message = "年度须在2000至2100之间") Integer year,
                           @NotNull(message = "请填写诫勉影响期（月）") @Min(value = 1, message = "影响期至少1个月")
                           @Max(value = 60, message = "影响期不超过60个月") Integer admonitionMonths,
                           Long version) {
}
