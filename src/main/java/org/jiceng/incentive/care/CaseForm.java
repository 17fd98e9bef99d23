package org.jiceng.incentive.care;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Opening a hardship case: who, why (HARDSHIP_CAUSE), how hard (HARDSHIP_SEVERITY), since when, a note. */
public record CaseForm(@NotNull(message = "请选择帮扶对象") Long personId,
                       @NotBlank(message = "请选择致困原因") String cause,
                       @NotBlank(message = "请选择困难程度") String severity,
                       @NotNull(message = "请填写登记日期") LocalDate openedOn,
                       @Size(max = 500, message = "不超过500字") String note) {
}
