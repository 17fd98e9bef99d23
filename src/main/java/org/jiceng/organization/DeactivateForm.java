package org.jiceng.organization;

import jakarta.validation.constraints.NotNull;

/** Taking a reserve cadre off the active list, from the version the user saw. */
public record DeactivateForm(@NotNull(message = "缺少版本号 version，请先读取该记录") Long version) {
}
