package org.jiceng.incentive.reward;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jiceng.organization.PersonFlagKind;

/**
 * A rule as the officer types it. {@code family} and {@code grade} make it result-driven; {@code flagKind} and
 * {@code flagMonths} make a final record bar nomination. {@code version} is the one edited from (null when new).
 */
public record RewardRuleForm(@NotNull(message = "请填写年度") Integer year,
                             @NotBlank(message = "请填写规则名称") @Size(max = 100, message = "名称不超过100字") String name,
                             @NotBlank(message = "请选择类别") String kind,
                             @NotNull(message = "请选择奖励或惩处") Nature nature,
                             @NotNull(message = "请选择对象") Subject subject,
                             BigDecimal amount,
                             @Size(max = 200, message = "效力不超过200字") String effect,
                             String family,
                             String grade,
                             PersonFlagKind flagKind,
                             Integer flagMonths,
                             @NotBlank(message = "请填写依据文件") @Size(max = 200, message = "依据不超过200字") String basis,
                             Boolean active,
                             Long version) {

    static RewardRuleForm blank(int year) {
        return new RewardRuleForm(year, null, null, Nature.REWARD, Subject.BRANCH, null, null, null, null, null, null,
                null, true, null);
    }

    static RewardRuleForm of(RewardRule r) {
        return new RewardRuleForm(r.year(), r.name(), r.kind(), r.nature(), r.subject(), r.amount(), r.effect(),
                r.family(), r.grade(), r.flagKind(), r.flagMonths(), r.basis(), r.active(), r.version());
    }

    boolean isActive() {
        return active == null || active;
    }
}
