package org.jiceng.target.task;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jiceng.shared.RuleViolationException.FieldError;

/**
 * Rules of central tasks: a deadline lies in the task's year; target amounts are above zero, each in a unit of the
 * county's list and each unit once (amounts in different units are never added up).
 */
final class TaskRules {

    private TaskRules() {
    }

    static List<FieldError> task(TaskForm form, Set<String> units) {
        List<FieldError> errors = new ArrayList<>();
        if (form.deadline() != null && form.year() != null && form.deadline().getYear() != form.year()) {
            errors.add(new FieldError("deadline", "完成时限须在" + form.year() + "年内"));
        }
        errors.addAll(targets(form.targets(), units));
        return errors;
    }

    /** Each filled line needs an amount and a unit of the list; a unit appears once. Field names as on the form. */
    static List<FieldError> targets(List<Quantity> lines, Set<String> units) {
        List<FieldError> errors = new ArrayList<>();
        if (lines == null) {
            return errors;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            Quantity q = lines.get(i);
            if (q == null || q.blank()) {
                continue;
            }
            if (q.quantity() == null) {
                errors.add(new FieldError("targets[" + i + "].quantity", "请填写数量"));
            }
            if (q.unit() == null || !units.contains(q.unit())) {
                errors.add(new FieldError("targets[" + i + "].unit", "请选择计量单位"));
            } else if (!seen.add(q.unit())) {
                errors.add(new FieldError("targets[" + i + "].unit", "同一单位只填一行"));
            }
        }
        return errors;
    }
}
