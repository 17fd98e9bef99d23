package org.jiceng.incentive.reward;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One reward or penalty entered singly (单项工作奖, 通报表扬/批评, 取消评先资格): the rule, the village branch or the
 * person it concerns, the amount (when the rule carries one), the basis document number (the rule's document when
 * left empty), the reason and the date it was decided (today when left empty). The subject fields are not named
 * {@code orgId}/{@code personId} so an out-of-scope choice is answered next to the field rather than with a 404.
 */
public record RewardForm(@NotNull(message = "请选择奖惩规则") Long ruleId,
                         Long subjectOrg,
                         Long subjectPerson,
                         BigDecimal amount,
                         @Size(max = 200, message = "依据不超过200字") String basis,
                         @NotBlank(message = "请填写事由") @Size(max = 1000, message = "事由不超过1000字") String reason,
                         LocalDate recordDate) {
}
