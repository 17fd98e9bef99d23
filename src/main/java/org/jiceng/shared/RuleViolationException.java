package org.jiceng.shared;

import java.util.List;

/**
 * A business rule refused the change (422). Carries field errors so pages can show each message next to its field.
 */
public class RuleViolationException extends RuntimeException {

    private final List<FieldError> fieldErrors;

    public RuleViolationException(String message) {
        this(message, List.of());
    }

    public RuleViolationException(String message, List<FieldError> fieldErrors) {
        super(message);
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    /** Refuses the change when a rule found field errors: {@code summary} at the top, each error next to its field. */
    public static void throwIfAny(String summary, List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new RuleViolationException(summary, errors);
        }
    }

    /** Refuses the change when a rule found field errors, the first error's message as the summary. */
    public static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors.get(0).message(), errors);
        }
    }

    public static RuleViolationException onField(String field, String message) {
        return new RuleViolationException(message, List.of(new FieldError(field, message)));
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** A message about one field of a form or payload. */
    public record FieldError(String field, String message) {
    }
}
