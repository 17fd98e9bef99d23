package org.jiceng.web;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * A date field of a page form that is not a date ("去年", "2010-13-01") is marked next to the field, with the rest of
 * the user's input kept. Page forms are records built through their constructor: one unconvertible value would leave
 * no form to show again (and the page failed with a 500), so such a date binds as empty and is refused here instead.
 */
@ControllerAdvice
class FormDates {

    static final String MESSAGE = "日期格式不正确，应为 年-月-日（如 2010-05-05）";

    @InitBinder
    void lenientDates(WebDataBinder binder, HttpServletRequest request) {
        Class<?> type = binder.getTargetType() == null ? null : binder.getTargetType().resolve();
        if (type == null || !type.isRecord() || ErrorHandling.isApi(request)) {
            return;
        }
        binder.registerCustomEditor(LocalDate.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(parse(text));
            }
        });
        binder.addValidators(new NotADate(type, request));
    }

    private static LocalDate parse(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    /** Marks each date field that came empty out of a non-empty entry. */
    private record NotADate(Class<?> form, HttpServletRequest request) implements Validator {

        @Override
        public boolean supports(Class<?> clazz) {
            return form.isAssignableFrom(clazz);
        }

        @Override
        public void validate(Object target, Errors errors) {
            for (var component : form.getRecordComponents()) {
                if (component.getType() != LocalDate.class) {
                    continue;
                }
                String raw = request.getParameter(errors.getNestedPath() + component.getName());
                if (raw != null && !raw.isBlank() && parse(raw) == null) {
                    errors.rejectValue(component.getName(), "notADate", MESSAGE);
                }
            }
        }
    }
}
