package org.jiceng.training.meeting;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A county's meeting frequencies for a year, as the county officer sets them: for each meeting type required, the
 * period and the minimum count. {@code token} names the frequencies the officer started from, so a concurrent change
 * is detected.
 */
public record FrequencyForm(@NotNull(message = "请至少设置一项") List<@Valid Item> items, String token) {

    /** One meeting type: at least {@code minCount} per {@code period}; types left out are not required. */
    public record Item(@NotBlank(message = "请选择会议类型") String type,
                       @NotNull(message = "请选择周期") Frequency.Period period,
                       @NotNull(message = "请填写次数") @Min(value = 1, message = "至少1次") @Max(value = 31, message = "不超过31次")
                       Integer minCount) {
    }
}
