package org.jiceng.configuration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jiceng.shared.RuleViolationException.FieldError;

/**
 * Rules for code list items: a code is 1–10 letters, digits, '-' or '_' and unique within its list (records store
 * the code, so it never changes once added); the name is required. Items are never deleted — records may still
 * carry the code — an item no longer used is deactivated: old records keep showing its name, new ones cannot pick it.
 * <p>
 * National items (民族, 学历, 工作岗位 of the 党员基本信息采集表) are the national system's: their names cannot be
 * changed, so records stay exchangeable with it. A county adds its own codes as local items, which can neither take
 * a national code nor a national item's name.
 */
final class CodeItemRules {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,10}");

    private CodeItemRules() {
    }

    /** {@code taken} is the item already holding the code, {@code nationalByLabel} the national item with the name. */
    static List<FieldError> checkNew(CodeItemForm form, Optional<CodeItemRow> taken,
                                     Optional<CodeItemRow> nationalByLabel) {
        List<FieldError> errors = new ArrayList<>();
        if (form.code() == null || !CODE.matcher(form.code().trim()).matches()) {
            errors.add(new FieldError("code", "代码为1–10位字母、数字、- 或 _"));
        } else if (taken.isPresent()) {
            errors.add(new FieldError("code", taken.get().national()
                    ? "代码 " + form.code().trim() + " 是国家代码（" + taken.get().label() + "），本地代码不能使用或重新定义它"
                    : "本代码表中已有代码 " + form.code().trim()));
        }
        errors.addAll(checkLabel(form));
        nationalByLabel.ifPresent(n -> errors.add(new FieldError("label",
                "“" + n.label() + "”已是国家代码 " + n.code() + "，请直接使用")));
        return errors;
    }

    static List<FieldError> checkEdit(CodeItemRow item, CodeItemForm form) {
        List<FieldError> errors = checkLabel(form);
        if (item.national() && errors.isEmpty() && !form.label().trim().equals(item.label())) {
            errors.add(new FieldError("label", "国家代码的名称不能修改（可调整排序或停用，也可另加本地代码）"));
        }
        return errors;
    }

    private static List<FieldError> checkLabel(CodeItemForm form) {
        List<FieldError> errors = new ArrayList<>();
        if (form.label() == null || form.label().isBlank()) {
            errors.add(new FieldError("label", "请填写名称"));
        }
        return errors;
    }
}
