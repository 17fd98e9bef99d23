package org.jiceng.organization;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** Ending a committee post or a village cadre's term on a date; {@code version} is the version the user saw. */
public record EndForm(
        @NotNull(message = "请填写离任日期") LocalDate endedOn,
        @NotNull(message = "缺少版本号 version，请先读取该记录") Long version) {
}
