package org.jiceng.target.task;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A village's share of a township's task (一级抓一级): the village, who leads it there, co-units, its own amounts. */
public record ShareForm(@NotNull(message = "请选择村") Long orgId,
                        @NotBlank(message = "请填写牵头人或单位") @Size(max = 200, message = "不超过200字") String leadUnit,
                        @Size(max = 500, message = "不超过500字") String coUnits,
                        List<@Valid Quantity> targets) {

    public List<Quantity> filledTargets() {
        return targets == null ? List.of() : targets.stream().filter(q -> q != null && !q.blank()).toList();
    }
}
