package org.jiceng.training.distance;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One playback (组织收看) as the site administrator logs it. */
public record PlaybackForm(@NotNull(message = "请填写日期") LocalDate playedOn,
                           @NotNull(message = "请填写时长") @DecimalMin(value = "0.5", message = "时长至少0.5小时")
                           @DecimalMax(value = "12", message = "一次不超过12小时") BigDecimal hours,
                           @NotBlank(message = "请填写播放内容") @Size(max = 200, message = "不超过200字") String programme,
                           @NotNull(message = "请填写收看人数") @Min(value = 0, message = "人数不能为负") Integer attendees) {
}
