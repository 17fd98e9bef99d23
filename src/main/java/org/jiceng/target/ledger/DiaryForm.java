package org.jiceng.target.ledger;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jiceng.target.task.Quantity;

/**
 * A diary entry as a cadre writes it: for which org, the day, category (LEDGER_CATEGORY), what was done, who
 * witnessed it, an optional central task, quantity lines; {@code version} when editing an entry.
 */
public record DiaryForm(@NotNull(message = "请选择党组织") Long orgId,
                        @NotNull(message = "请填写日期") LocalDate date,
                        @NotBlank(message = "请选择类别") String category,
                        @NotBlank(message = "请填写做了什么") @Size(max = 2000, message = "不超过2000字") String content,
                        @NotBlank(message = "请填写见证人") @Size(max = 100, message = "不超过100字") String witness,
                        Long taskId,
                        List<@Valid Quantity> quantities,
                        Long version) {

    public List<Quantity> filledQuantities() {
        return quantities == null ? List.of() : quantities.stream().filter(q -> q != null && !q.blank()).toList();
    }
}
