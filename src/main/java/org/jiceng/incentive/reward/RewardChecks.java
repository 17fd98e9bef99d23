package org.jiceng.incentive.reward;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.shared.RuleViolationException.FieldError;

/**
 * The rules of a reward or penalty entered singly, without storage (《干部管理奖惩制度》, research §2.13):
 * <ul>
 * <li>a result-driven subsidy is generated from final campaign results, never typed (the seed's subsidies to
 * “五个好” branches follow the assessment);</li>
 * <li>the rule must be in force, and the subject must be what the rule concerns (a branch or a person);</li>
 * <li>a rule with an amount needs an amount above zero, to the fen, not above the rule's standard; a rule without
 * one takes none;</li>
 * <li>the decision date lies neither after today nor before the rule's year.</li>
 * </ul>
 */
final class RewardChecks {

    private RewardChecks() {
    }

    static List<FieldError> check(RewardRule rule, RewardForm form, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (rule.resultDriven()) {
            errors.add(new FieldError("ruleId", "“" + rule.name() + "”按考核结果生成，请使用“按结果生成”，不能逐条录入"));
        }
        if (!rule.active()) {
            errors.add(new FieldError("ruleId", "“" + rule.name() + "”已停用"));
        }
        if (rule.subject() == Subject.BRANCH && form.subjectOrg() == null) {
            errors.add(new FieldError("subjectOrg", "请选择村党组织"));
        }
        if (rule.subject() == Subject.PERSON && form.subjectPerson() == null) {
            errors.add(new FieldError("subjectPerson", "请选择人员"));
        }
        if (rule.amount() == null) {
            if (form.amount() != null) {
                errors.add(new FieldError("amount", "“" + rule.name() + "”不涉及金额"));
            }
        } else {
            Money.problem(form.amount()).ifPresentOrElse(p -> errors.add(new FieldError("amount", p)), () -> {
                if (form.amount().compareTo(rule.amount()) > 0) {
                    errors.add(new FieldError("amount", "不能超过规则标准" + Money.format(rule.amount()) + "元"));
                }
            });
        }
        LocalDate date = form.recordDate() == null ? today : form.recordDate();
        if (date.isAfter(today)) {
            errors.add(new FieldError("recordDate", "决定日期不能晚于今天（" + today + "）"));
        } else if (date.getYear() < rule.year()) {
            errors.add(new FieldError("recordDate", "决定日期不能早于" + rule.year() + "年"));
        }
        return errors;
    }

    /**
     * The days a nomination bar lasts: from the decision date for the rule's number of months (the last day is the
     * day before the same date that many months later).
     */
    static LocalDate barUntil(LocalDate from, int months) {
        return from.plusMonths(months).minusDays(1);
    }
}
