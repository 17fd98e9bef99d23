package org.jiceng.organization;

import java.time.LocalDate;
import java.util.List;

import org.jiceng.shared.RuleViolationException.FieldError;

/** Date checks shared by posts, terms and reserve entries: the register records what happened, never the future. */
final class PostDates {

    private PostDates() {
    }

    /** A start or end that has not happened yet cannot be recorded. */
    static void notInFuture(List<FieldError> errors, LocalDate date, String field, String label, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            errors.add(new FieldError(field, label + "不能晚于今天"));
        }
    }

    /** A post or term ends on or after the day it started. */
    static void notBefore(List<FieldError> errors, LocalDate end, LocalDate start, String field, String label) {
        if (end != null && start != null && end.isBefore(start)) {
            errors.add(new FieldError(field, label + "不能早于开始日期（" + start + "）"));
        }
    }
}
