package org.jiceng.training.course;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A county course (调训) as the county officer plans it: it may lie in the future. {@code quotas} optionally gives
 * township org id → seats that township may fill; {@code version} is the one the officer edited from (edits only).
 */
public record CourseForm(@NotBlank(message = "请填写调训班名称") @Size(max = 200, message = "名称不超过200字") String name,
                         @NotNull(message = "请填写开始日期") LocalDate startDate,
                         @NotNull(message = "请填写结束日期") LocalDate endDate,
                         @Size(max = 200, message = "不超过200字") String venue,
                         @NotNull(message = "请填写学时") BigDecimal hours,
                         @NotNull(message = "请填写名额") Integer seats,
                         Map<Long, Integer> quotas, Long version) {
}
