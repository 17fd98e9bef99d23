package org.jiceng.target.demonstration;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Naming a demonstration village: which village, the year, the kind (DEMONSTRATION_KIND), the day it was named, a
 * note and, optionally, the basis document (文件) it rests on.
 */
public record DesignationForm(@NotNull(message = "请选择村") Long villageId,
                              @NotNull(message = "请填写年度") Integer year,
                              @NotBlank(message = "请选择类别") String kind,
                              @NotNull(message = "请填写确定日期") LocalDate namedOn,
                              @Size(max = 500, message = "不超过500字") String note,
                              Long documentId) {
}
