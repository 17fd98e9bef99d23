package org.jiceng.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

import org.jiceng.configuration.CodeLists;
import org.jiceng.shared.CreditCode;
import org.jiceng.shared.RuleViolationException.FieldError;

/**
 * The rules for an organization's unit fields, as the national organization data records them:
 * <ul>
 * <li>党组织代码 is 6 to 30 digits or capital letters (the national system's codes are of that kind; their exact length
 * is not in the project's copy of the national codes, so the check is deliberately broad); unique when present;</li>
 * <li>单位代码 is the unit's 统一社会信用代码 with a valid check character (GB 32100-2015), or left empty when unknown;</li>
 * <li>单位类别, 单位建立党组织情况 and 组建方式 come from their code lists;</li>
 * <li>批准建立日期 is not after today, and not before the parent organization was founded, when that is known — an
 * organization cannot be approved by a committee that did not yet exist.</li>
 * </ul>
 */
final class OrgUnitRules {

    private OrgUnitRules() {
    }

    /** Checks a normalized form; {@code codes} answers whether a code is valid in a list. */
    static List<FieldError> check(OrgForm form, BiPredicate<String, String> codes, LocalDate today,
                                  LocalDate parentFoundedOn) {
        List<FieldError> errors = new ArrayList<>();
        if (form.partyCode() != null && !form.partyCode().matches("[0-9A-Z]{6,30}")) {
            errors.add(new FieldError("partyCode", "党组织代码应为6至30位数字或大写字母，不含空格和符号"));
        }
        if (form.unitCode() != null) {
            CreditCode.problem(form.unitCode()).ifPresent(p -> errors.add(new FieldError("unitCode", p)));
        }
        checkCode(errors, codes, CodeLists.ORG_UNIT_CATEGORY, form.unitCategory(), "unitCategory", "单位类别");
        checkCode(errors, codes, CodeLists.ORG_UNIT_PARTY_STATUS, form.unitPartyStatus(), "unitPartyStatus",
                "单位建立党组织情况");
        checkCode(errors, codes, CodeLists.ORG_FORMATION, form.formation(), "formation", "组建方式");
        LocalDate approved = form.approvedOn();
        if (approved != null && approved.isAfter(today)) {
            errors.add(new FieldError("approvedOn", "批准建立日期不能晚于今天"));
        } else if (approved != null && parentFoundedOn != null && approved.isBefore(parentFoundedOn)) {
            errors.add(new FieldError("approvedOn", "批准建立日期不能早于上级党组织的成立日期（" + parentFoundedOn + "）"));
        }
        return errors;
    }

    private static void checkCode(List<FieldError> errors, BiPredicate<String, String> codes, String list, String code,
                                  String field, String label) {
        if (code != null && !codes.test(list, code)) {
            errors.add(new FieldError(field, label + "不在代码表中，请从列表中选择"));
        }
    }
}
