package org.jiceng.access;

import jakarta.validation.constraints.NotNull;

/** The version of the account the administrator acts on (disable, enable, unlock, reset password). */
public record AccountActionForm(@NotNull(message = "请提供读取账户时的 version") Long version) {
}
