package org.jiceng.configuration;

import jakarta.validation.constraints.NotNull;

/** A new value for one setting, from the version the administrator saw (roles as a comma-separated list). */
public record SettingForm(String value, @NotNull(message = "缺少版本号（version），请刷新后重试") Long version) {
}
