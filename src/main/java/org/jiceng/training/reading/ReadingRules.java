package org.jiceng.training.reading;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jiceng.shared.RuleViolationException.FieldError;

/**
 * The rules of required readings (规定篇目, research §2.7): a reading credits a positive number of hours (at most
 * {@value #MAX_HOURS}, one decimal) and is due within its year; a study is recorded once it happened — not in the
 * future, within the reading's year (it counts toward that year's hours) — once per person and reading, only for
 * people the reading is required of.
 */
final class ReadingRules {

    static final int MAX_HOURS = 24;

    private ReadingRules() {
    }

    static List<FieldError> checkReading(ReadingForm form, boolean categoryKnown) {
        List<FieldError> errors = new ArrayList<>();
        if (!categoryKnown) {
            errors.add(new FieldError("category", "类别不在代码表中"));
        }
        if (!Reading.ALL.equals(form.audience()) && !Reading.CADRES.equals(form.audience())) {
            errors.add(new FieldError("audience", "学习对象须为全体党员或支部书记和委员"));
        }
        if (form.year() < 2000 || form.year() > 2100) {
            errors.add(new FieldError("year", "年度须在2000至2100之间"));
        }
        hours(form.hours(), errors);
        if (form.dueDate() != null && form.dueDate().getYear() != form.year()) {
            errors.add(new FieldError("dueDate", "完成期限须在" + form.year() + "年内"));
        }
        if (form.link() != null && !form.link().isBlank() && !form.link().trim().matches("(?i)https?://\\S+")) {
            errors.add(new FieldError("link", "链接须以 http:// 或 https:// 开头"));
        }
        return errors;
    }

    static List<FieldError> checkStudy(Reading reading, LocalDate studiedOn, BigDecimal hours, List<Long> personIds,
                                       LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (studiedOn.isAfter(today)) {
            errors.add(new FieldError("studiedOn", "只登记已完成的学习：学习日期不能晚于今天（" + today + "）"));
        } else if (studiedOn.getYear() != reading.year()) {
            errors.add(new FieldError("studiedOn", "这是" + reading.year() + "年的规定篇目，学习日期须在" + reading.year() + "年内"));
        }
        hours(hours, errors);
        Set<Long> seen = new LinkedHashSet<>();
        long twice = personIds.stream().filter(id -> !seen.add(id)).distinct().count();
        if (twice > 0) {
            errors.add(new FieldError("personIds", "同一人同一篇目只能登记一次（重复：" + twice + "人）"));
        }
        return errors;
    }

    static List<FieldError> alreadyStudied(Collection<String> names) {
        return names.isEmpty() ? List.of() : List.of(new FieldError("personIds",
                "以下人员已登记学习过本篇目，不能重复登记：" + String.join("、", names)));
    }

    static List<FieldError> notRequired(Collection<String> names) {
        return names.isEmpty() ? List.of() : List.of(new FieldError("personIds",
                "本篇目只要求支部书记和委员学习，以下人员不是支部委员：" + String.join("、", names)));
    }

    private static void hours(BigDecimal hours, List<FieldError> errors) {
        if (hours == null) {
            errors.add(new FieldError("hours", "请填写学时"));
        } else if (hours.signum() <= 0) {
            errors.add(new FieldError("hours", "学时须大于0"));
        } else if (hours.compareTo(BigDecimal.valueOf(MAX_HOURS)) > 0) {
            errors.add(new FieldError("hours", "一篇学时不超过" + MAX_HOURS));
        } else if (hours.stripTrailingZeros().scale() > 1) {
            errors.add(new FieldError("hours", "学时最多保留一位小数"));
        }
    }
}
