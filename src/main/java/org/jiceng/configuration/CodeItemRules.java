package org.jiceng.configuration;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jiceng.shared.RuleViolationException.FieldError;

/**
 * Rules for code list items: a code is 1–10 letters, digits, '-' or '_' and unique within its list (records store
 * the code, so it never changes once added); the name is required. Items are never deleted — records may still
 * carry the code — an item no longer used is deactivated: old records keep showing its name, new ones cannot pick it.
 */
final class CodeItemRules {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,10}");

    private CodeItemRules() {
    }

    static List<FieldError> checkNew(CodeItemForm form, boolean codeTaken) {
        List<FieldError> errors = new ArrayList<>();
        if (form.code() == null || !CODE.matcher(form.code().trim()).matches()) {
            errors.add(new FieldError("code", "代码为1–10位字母、数字、- 或 _"));
        } else if (codeTaken) {
            errors.add(new FieldError("code", "本代码表中已有代码 " + form.code().trim()));
        }
        errors.addAll(checkEdit(form));
        return errors;
    }

    static List<FieldError> checkEdit(CodeItemForm form) {
        List<FieldError> errors = new ArrayList<>();
        if (form.label() == null || form.label().isBlank()) {
            errors.add(new FieldError("label", "请填写名称"));
        }
        return errors;
    }
}
