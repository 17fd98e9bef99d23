package org.jiceng.training.distance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A distance-education site as the officer registers it. */
public record SiteForm(@NotNull(message = "请选择党支部") Long orgId,
                       @NotBlank(message = "请填写站点名称") @Size(max = 100, message = "不超过100字") String name,
                       @Size(max = 50, message = "不超过50字") String administrator,
                       @Size(max = 300, message = "不超过300字") String equipment) {
}
