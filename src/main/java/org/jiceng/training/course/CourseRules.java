package org.jiceng.training.course;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jiceng.shared.RuleViolationException.FieldError;
import org.jiceng.training.session.TrainingRules;

/**
 * The rules of county courses (调训, research §2.7): a course ends on or after its start, within
 * {@value TrainingRules#MAX_DAYS} days, counts positive hours (at most 24 a day) and has at least one seat; township
 * quotas are not negative and add up to no more than the seats. Selection stays within the seats (and the township's
 * quota); completion is recorded only once the course has ended, and 未结业 carries its reason. A correction keeps
 * seats and quotas at or above those already selected.
 */
final class CourseRules {

    private CourseRules() {
    }

    static List<FieldError> checkCourse(CourseForm form) {
        List<FieldError> errors = new ArrayList<>();
        if (form.endDate().isBefore(form.startDate())) {
            errors.add(new FieldError("endDate", "结束日期不能早于开始日期"));
        } else if (ChronoUnit.DAYS.between(form.startDate(), form.endDate()) + 1 > TrainingRules.MAX_DAYS) {
            errors.add(new FieldError("endDate", "一期调训不超过" + TrainingRules.MAX_DAYS + "天"));
        }
        if (form.hours().signum() <= 0) {
            errors.add(new FieldError("hours", "学时须大于0"));
        } else if (!form.endDate().isBefore(form.startDate()) && form.hours().compareTo(
                BigDecimal.valueOf(24 * (ChronoUnit.DAYS.between(form.startDate(), form.endDate()) + 1))) > 0) {
            errors.add(new FieldError("hours", "学时不能超过天数×24"));
        }
        if (form.seats() < 1) {
            errors.add(new FieldError("seats", "名额至少1人"));
        }
        if (form.quotas() != null) {
            if (form.quotas().values().stream().anyMatch(q -> q != null && q < 0)) {
                errors.add(new FieldError("quotas", "乡镇名额不能为负"));
            } else if (form.quotas().values().stream().mapToInt(q -> q == null ? 0 : q).sum() > form.seats()) {
                errors.add(new FieldError("quotas", "各乡镇名额合计不能超过总名额" + form.seats() + "人"));
            }
        }
        return errors;
    }

    /**
     * A correction of a planned course: seats and township quotas not below those already selected; once completion
     * has been recorded for anyone, the course cannot end after today (completion is recorded after the course).
     */
    static List<FieldError> checkChange(Course before, CourseForm form, Map<Long, Integer> selectedByTownship,
                                        Map<Long, String> townshipNames, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (form.seats() < before.selected()) {
            errors.add(new FieldError("seats", "已选调" + before.selected() + "人，名额不能少于此数"));
        }
        if (form.quotas() != null) {
            form.quotas().forEach((township, quota) -> {
                int selected = selectedByTownship.getOrDefault(township, 0);
                if (quota != null && quota < selected) {
                    errors.add(new FieldError("quotas", townshipNames.getOrDefault(township, "") + "已选调" + selected
                            + "人，名额不能少于此数"));
                }
            });
        }
        if (before.recorded() > 0 && form.endDate().isAfter(today)) {
            errors.add(new FieldError("endDate", "已登记" + before.recorded() + "人的结业情况，结束日期不能晚于今天"));
        }
        return errors;
    }

    static List<FieldError> checkSelection(int already, int adding, int seats, Integer quota, int quotaUsed,
                                           String township) {
        List<FieldError> errors = new ArrayList<>();
        if (already + adding > seats) {
            errors.add(new FieldError("personIds", "超过名额：共" + seats + "人，已选" + already + "人，本次" + adding + "人"));
        } else if (quota != null && quotaUsed + adding > quota) {
            errors.add(new FieldError("personIds", township + "名额为" + quota + "人，已选" + quotaUsed + "人，本次" + adding + "人"));
        }
        return errors;
    }

    static List<FieldError> checkCompletion(Course course, boolean completed, String reason, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (course.endDate().isAfter(today)) {
            errors.add(new FieldError("completed", "调训结束（" + course.endDate() + "）后才能登记结业"));
        }
        if (!completed && (reason == null || reason.isBlank())) {
            errors.add(new FieldError("reason", "未结业须填写原因"));
        }
        return errors;
    }
}
