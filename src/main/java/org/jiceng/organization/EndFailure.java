package org.jiceng.organization;

import java.time.LocalDate;

import org.jiceng.shared.RuleViolationException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** Why ending one row of a post list was refused, shown next to that row's date with the date the user entered. */
public record EndFailure(long id, LocalDate endedOn, String message) {

    static EndFailure of(long id, EndForm form, RuntimeException e) {
        String message = e instanceof RuleViolationException rule && !rule.fieldErrors().isEmpty()
                ? rule.fieldErrors().get(0).message() : e.getMessage();
        return new EndFailure(id, form == null ? null : form.endedOn(), message);
    }

    /** The first input error of the end form (a missing or malformed date, a missing version). */
    static EndFailure of(long id, EndForm form, BindingResult result) {
        FieldError error = result.getFieldError();
        String message = error == null ? "请检查填写的内容"
                : error.isBindingFailure() ? "日期格式不正确" : error.getDefaultMessage();
        return new EndFailure(id, form == null ? null : form.endedOn(), message);
    }
}
