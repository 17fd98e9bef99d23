package org.jiceng.incentive.talk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.shared.RuleViolationException.FieldError;

/**
 * The rules of a talk record, beyond required fields (research §2.14, after 党内监督条例 (2016) art. 21 and the
 * 《诫勉书》 template): a talk is recorded once held, never ahead; an admonishment states the follow-up it requires
 * (整改要求), and its influence period runs from the day of the talk for the months the county set; the follow-up is
 * checked later (回访), on or after the talk and not in the future; a withdrawn talk takes no further step.
 */
final class TalkRules {

    private TalkRules() {
    }

    static List<FieldError> check(TalkForm form, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (form.heldOn() != null && form.heldOn().isAfter(today)) {
            errors.add(new FieldError("heldOn", "谈话日期不能晚于今天（" + today + "），谈话后再登记"));
        }
        if (form.heldOn() != null && form.heldOn().getYear() < 2000) {
            errors.add(new FieldError("heldOn", "谈话日期不能早于2000年"));
        }
        if (form.kind() == TalkKind.ADMONITION && blank(form.followUp())) {
            errors.add(new FieldError("followUp", "诫勉谈话须写明整改要求及回访安排"));
        }
        return errors;
    }

    /**
     * The last day of an admonishment's influence period: the day of the talk plus the county's months, less one
     * day (held 2010-04-12 with six months: in force until 2010-10-11).
     */
    static LocalDate effectiveUntil(LocalDate heldOn, int months) {
        return heldOn.plusMonths(months).minusDays(1);
    }

    /**
     * A responsible person of a higher organization holds the talk (党内监督条例 art. 21): the org recording it must lie
     * above the subject's branch, not be the branch itself.
     */
    static boolean heldAbove(long heldByOrgId, long subjectOrgId, boolean heldByContainsSubject) {
        return heldByOrgId != subjectOrgId && heldByContainsSubject;
    }

    /**
     * What stops a follow-up check: a withdrawn or already checked talk, no date or a date before the talk or in the
     * future, no finding.
     */
    static List<FieldError> checkFollowUp(Talk talk, LocalDate checkedOn, String result, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (talk.status() != TalkStatus.RECORDED) {
            errors.add(new FieldError("checkedOn", "该谈话记录" + talk.status().label() + "，不能再登记回访"));
            return errors;
        }
        if (checkedOn == null) {
            errors.add(new FieldError("checkedOn", "请填写回访日期"));
        } else if (checkedOn.isBefore(talk.heldOn())) {
            errors.add(new FieldError("checkedOn", "回访日期不能早于谈话日期（" + talk.heldOn() + "）"));
        }
        if (checkedOn != null && checkedOn.isAfter(today)) {
            errors.add(new FieldError("checkedOn", "回访日期不能晚于今天（" + today + "）"));
        }
        if (blank(result)) {
            errors.add(new FieldError("result", "请填写整改落实情况"));
        }
        return errors;
    }

    /** A talk may be withdrawn once, with a reason. */
    static List<FieldError> withdraw(Talk talk, String reason) {
        List<FieldError> errors = new ArrayList<>();
        if (talk.status() == TalkStatus.WITHDRAWN) {
            errors.add(new FieldError("reason", "该谈话记录已撤销"));
        } else if (blank(reason)) {
            errors.add(new FieldError("reason", "请写明撤销原因"));
        }
        return errors;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
