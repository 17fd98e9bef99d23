package org.jiceng.target.task;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A central task as the township writes it: whose (orgId, the township), which year, title, category
 * (LEDGER_CATEGORY), the lead unit and co-units, an optional deadline within the year and target amounts.
 */
public record TaskForm(@NotNull(message = "请选择党组织") Long orgId,
                       @NotNull(message = "请填写年度") @Min(value = 2000, message = "年度不正确")
                       @Max(value = 2100, message = "年度不正确") Integer year,
                       @NotBlank(message = "请填写工作名称") @Size(max = 200, message = "不超过200字") String title,
                       @NotBlank(message = "请选择类别") String category,
                       @NotBlank(message = "请填写牵头单位") @Size(max = 200, message = "不超过200字") String leadUnit,
                       @Size(max = 500, message = "不超过500字") String coUnits,
                       LocalDate deadline,
                       @Size(max = 2000, message = "不超过2000字") String description,
                       List<@Valid Quantity> targets) {

    public List<Quantity> filledTargets() {
        return targets == null ? List.of() : targets.stream().filter(q -> q != null && !q.blank()).toList();
    }
}
