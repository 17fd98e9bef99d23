package org.jiceng.training.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.shared.RuleViolationException.FieldError;

/**
 * Rules of a meeting record (research §2.6): only meetings already held are recorded, so the date is not in the
 * future; no more people are present than expected; a meeting is valid only with more than half of those expected
 * present (法定人数), otherwise it must be held again; whoever was absent is named with the reason.
 */
final class MeetingRules {

    private MeetingRules() {
    }

    static List<FieldError> check(MeetingForm form, LocalDate today, boolean typeKnown) {
        List<FieldError> errors = new ArrayList<>();
        if (!typeKnown) {
            errors.add(new FieldError("type", "会议类型不在代码表中"));
        }
        if (form.heldOn().isAfter(today)) {
            errors.add(new FieldError("heldOn", "只登记已召开的会议：召开日期不能晚于今天（" + today + "）"));
        }
        int expected = form.expected();
        int present = form.present();
        if (present > expected) {
            errors.add(new FieldError("present", "实到人数不能多于应到人数"));
        } else if (present * 2 <= expected) {
            errors.add(new FieldError("present", "实到" + present + "人，未超过应到" + expected
                    + "人的半数，不足法定人数，会议无效，请另行召开"));
        } else if (present < expected && (form.absences() == null || form.absences().isBlank())) {
            errors.add(new FieldError("absences", "有" + (expected - present) + "人缺席，请写明缺席人员及原因"));
        }
        return errors;
    }
}
