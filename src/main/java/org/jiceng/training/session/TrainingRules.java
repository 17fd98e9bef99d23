package org.jiceng.training.session;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jiceng.shared.RuleViolationException.FieldError;

/**
 * The rules of recording training (research §2.7): a session is recorded once it has been held, so its days are not
 * in the future; it ends on or after the day it starts and lasts at most {@value #MAX_DAYS} days; it counts a
 * positive number of hours, at most 24 a day; villagers counted without names are not negative. On its attendance
 * list a person appears once, and an absence carries its reason.
 */
public final class TrainingRules {

    public static final int MAX_DAYS = 92;

    private TrainingRules() {
    }

    static List<FieldError> checkSession(SessionForm form, BigDecimal hours, LocalDate today, boolean categoryKnown,
                                         boolean modeKnown) {
        List<FieldError> errors = new ArrayList<>();
        if (!categoryKnown) {
            errors.add(new FieldError("category", "培训类别不在代码表中"));
        }
        if (!modeKnown) {
            errors.add(new FieldError("mode", "培训方式不在代码表中"));
        }
        LocalDate start = form.startDate();
        LocalDate end = form.lastDay();
        if (start.isAfter(today)) {
            errors.add(new FieldError("startDate", "只登记已举办的培训：开始日期不能晚于今天（" + today + "）"));
        }
        if (end.isBefore(start)) {
            errors.add(new FieldError("endDate", "结束日期不能早于开始日期"));
        } else if (end.isAfter(today)) {
            errors.add(new FieldError("endDate", "只登记已举办的培训：结束日期不能晚于今天（" + today + "）"));
        } else if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
            errors.add(new FieldError("endDate", "一次培训不超过" + MAX_DAYS + "天，更长的请分期登记"));
        }
        if (hours == null) {
            errors.add(new FieldError("hours", "请填写学时（本年度尚未设置每天折算的学时）"));
        } else if (hours.signum() <= 0) {
            errors.add(new FieldError("hours", "学时须大于0"));
        } else if (!end.isBefore(start)
                && hours.compareTo(BigDecimal.valueOf(24 * (ChronoUnit.DAYS.between(start, end) + 1))) > 0) {
            errors.add(new FieldError("hours", "学时不能超过培训天数×24"));
        } else if (hours.stripTrailingZeros().scale() > 1) {
            errors.add(new FieldError("hours", "学时最多保留一位小数"));
        }
        if (form.unnamedVillagers() != null && form.unnamedVillagers() < 0) {
            errors.add(new FieldError("unnamedVillagers", "未登记姓名的群众人数不能为负"));
        }
        return errors;
    }

    static List<FieldError> checkAttendance(AttendanceForm form) {
        List<FieldError> errors = new ArrayList<>();
        if (!form.present() && (form.absenceReason() == null || form.absenceReason().isBlank())) {
            errors.add(new FieldError("absenceReason", "缺席须填写原因"));
        }
        Set<Long> seen = new LinkedHashSet<>();
        Set<Long> twice = new LinkedHashSet<>();
        for (Long id : form.personIds()) {
            if (!seen.add(id)) {
                twice.add(id);
            }
        }
        if (!twice.isEmpty()) {
            errors.add(new FieldError("personIds", "同一人在一次培训中只能登记一次（重复：" + twice.size() + "人）"));
        }
        return errors;
    }

    /** The names of people already on the list, for the message that refuses recording them twice. */
    static List<FieldError> alreadyListed(Collection<String> names) {
        return names.isEmpty() ? List.of() : List.of(new FieldError("personIds",
                "以下人员已在本次培训名单中，不能重复登记：" + String.join("、", names)));
    }
}
