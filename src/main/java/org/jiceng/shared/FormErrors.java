package org.jiceng.shared;

import org.springframework.validation.BindingResult;

/** Puts a service's refusal onto the form: each field error next to its field, anything else at the top. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void apply(RuleViolationException e, BindingResult result) {
        if (e.fieldErrors().isEmpty()) {
            result.reject("rule", e.getMessage());
            return;
        }
        for (RuleViolationException.FieldError error : e.fieldErrors()) {
            if (result.getFieldType(error.field()) != null || hasProperty(result, error.field())) {
                result.rejectValue(error.field(), "rule", error.message());
            } else {
                result.reject("rule", error.message());
            }
        }
    }

    public static void apply(StaleEditException e, BindingResult result) {
        result.reject("stale", e.getMessage());
    }

    private static boolean hasProperty(BindingResult result, String field) {
        try {
            result.getFieldValue(field);
            return true;
        } catch (RuntimeException notAProperty) {
            return false;
        }
    }
}
