package org.jiceng.incentive.reward;

import java.util.ArrayList;
import java.util.List;

import org.jiceng.shared.RuleViolationException.FieldError;

/**
 * What makes a reward rule valid, without storage (the county's or township's 奖惩制度, research §2.13):
 * <ul>
 * <li>a rule carries an amount (yuan, above zero, to the fen) or an effect in words, or both;</li>
 * <li>a result-driven rule names both the campaign family and one of that family's grades for the year, pays a
 * village branch and carries an amount (“五个好” branch → 2,000 yuan);</li>
 * <li>a rule that bars nomination is a penalty of a person and says for how many months (1–60) the flag lasts.</li>
 * </ul>
 */
final class RewardRules {

    private RewardRules() {
    }

    /**
     * @param kindValid whether the kind is an active item of the code list 奖惩类别
     * @param grades    the grade names of the family's scheme for the year (empty when none is published)
     */
    static List<FieldError> check(RewardRuleForm f, boolean kindValid, List<String> grades) {
        List<FieldError> errors = new ArrayList<>();
        if (f.year() != null && (f.year() < 2000 || f.year() > 2100)) {
            errors.add(new FieldError("year", "年度须在2000至2100之间"));
        }
        if (f.kind() != null && !f.kind().isBlank() && !kindValid) {
            errors.add(new FieldError("kind", "请选择奖惩类别"));
        }
        if (f.amount() != null) {
            Money.problem(f.amount()).ifPresent(p -> errors.add(new FieldError("amount", p)));
        } else if (blank(f.effect())) {
            errors.add(new FieldError("amount", "请填写金额或效力（如：通报批评）"));
        }
        boolean family = !blank(f.family());
        boolean grade = !blank(f.grade());
        if (family != grade) {
            errors.add(new FieldError(family ? "grade" : "family", "按结果生成的规则须同时选择考核方案和等次"));
        } else if (family) {
            if (grades.isEmpty()) {
                errors.add(new FieldError("family", "该年度没有已发布的此类考核方案"));
            } else if (!grades.contains(f.grade().strip())) {
                errors.add(new FieldError("grade", "等次须为：" + String.join("、", grades)));
            }
            if (f.subject() != Subject.BRANCH) {
                errors.add(new FieldError("subject", "按考核结果生成的规则只能针对村党组织"));
            }
            if (f.nature() != Nature.REWARD) {
                errors.add(new FieldError("nature", "按考核结果生成的规则须为奖励"));
            }
            if (f.amount() == null) {
                errors.add(new FieldError("amount", "按考核结果发放的补贴须填写金额"));
            }
        }
        if (f.flagKind() != null) {
            if (f.subject() != Subject.PERSON || f.nature() != Nature.PENALTY) {
                errors.add(new FieldError("flagKind", "取消评先资格只能针对个人的惩处"));
            }
            if (f.flagMonths() == null || f.flagMonths() < 1 || f.flagMonths() > 60) {
                errors.add(new FieldError("flagMonths", "请填写影响评先的月数（1至60）"));
            }
        } else if (f.flagMonths() != null) {
            errors.add(new FieldError("flagKind", "填写了月数，请选择写入的人员标记"));
        }
        return errors;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
