package org.jiceng.target.letter;

import java.util.ArrayList;
import java.util.List;

import org.jiceng.shared.RuleViolationException.FieldError;

/**
 * What an item needs for its measure: 按比例 and 超额加分 a target quantity and a unit; 超额加分 the points per unit
 * over (its cap, when given, at least that); 逾期扣分 a deadline in the letter's year and the points per day late;
 * and no field of another kind's measure, so what is printed is what is scored.
 */
final class LetterRules {

    private LetterRules() {
    }

    static List<FieldError> checkItem(ItemForm f, int year) {
        List<FieldError> errors = new ArrayList<>();
        boolean quantified = f.kind().quantified();
        if (quantified && f.targetQuantity() == null) {
            errors.add(new FieldError("targetQuantity", f.kind().label() + "须填写目标数量"));
        }
        if (quantified && blank(f.unit())) {
            errors.add(new FieldError("unit", f.kind().label() + "须选择计量单位"));
        }
        if (!quantified && (f.targetQuantity() != null || !blank(f.unit()))) {
            errors.add(new FieldError("targetQuantity", f.kind().label() + "不设目标数量"));
        }
        boolean bonus = f.kind() == MeasureKind.BONUS_PER_UNIT;
        if (bonus && f.pointsPerUnitOver() == null) {
            errors.add(new FieldError("pointsPerUnitOver", "超额加分须填写每超1个单位加几分"));
        }
        if (!bonus && (f.pointsPerUnitOver() != null || f.bonusCap() != null)) {
            errors.add(new FieldError("pointsPerUnitOver", f.kind().label() + "不设超额加分"));
        }
        if (bonus && f.pointsPerUnitOver() != null && f.bonusCap() != null
                && f.bonusCap().compareTo(f.pointsPerUnitOver()) < 0) {
            errors.add(new FieldError("bonusCap", "加分上限不能小于每单位加分"));
        }
        boolean late = f.kind() == MeasureKind.LATE_DEDUCTION;
        if (late && f.deadline() == null) {
            errors.add(new FieldError("deadline", "逾期扣分须填写完成时限"));
        }
        if (late && f.pointsPerDayLate() == null) {
            errors.add(new FieldError("pointsPerDayLate", "逾期扣分须填写每推迟1天扣几分"));
        }
        if (!late && f.pointsPerDayLate() != null) {
            errors.add(new FieldError("pointsPerDayLate", f.kind().label() + "不设逾期扣分"));
        }
        if (f.deadline() != null && f.deadline().getYear() != year) {
            errors.add(new FieldError("deadline", "完成时限须在" + year + "年内"));
        }
        return errors;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
