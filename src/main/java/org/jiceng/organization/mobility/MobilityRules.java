package org.jiceng.organization.mobility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.shared.RuleViolationException.FieldError;

/**
 * Rules of a 流动党员 registration (《关于加强和改进流动党员管理工作的意见》: 外出流向, 外出时间, 原因, 联系方式 are
 * registered): only members register; an outflow names where the member goes (外出流向) and an inflow where they
 * come from; the date is not in the future nor before the member joined; a reason is given; a member has at most one
 * open registration; a return is not before leaving nor after today.
 */
final class MobilityRules {

    private MobilityRules() {
    }

    static List<FieldError> check(MobilityForm form, LocalDate joinedOn, boolean member, boolean alreadyOpen,
                                  LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (!member) {
            errors.add(new FieldError("direction", "只有党员才能登记为流动党员"));
        }
        boolean out = MobilityForm.OUT.equals(form.direction());
        if (!out && !MobilityForm.IN.equals(form.direction())) {
            errors.add(new FieldError("direction", "请选择外出或流入"));
        }
        if (form.place() == null) {
            errors.add(new FieldError("place", out ? "外出党员请填写外出流向" : "流入党员请填写来源地"));
        }
        if (form.leftOn() == null) {
            errors.add(new FieldError("leftOn", out ? "请填写外出日期" : "请填写流入日期"));
        } else if (form.leftOn().isAfter(today)) {
            errors.add(new FieldError("leftOn", "日期不能晚于今天"));
        } else if (joinedOn != null && form.leftOn().isBefore(joinedOn)) {
            errors.add(new FieldError("leftOn", "日期不能早于入党日期"));
        }
        if (form.reason() == null) {
            errors.add(new FieldError("reason", "请填写原因（如务工经商、求学）"));
        }
        if (alreadyOpen) {
            errors.add(new FieldError("direction", "该党员已有未结束的流动登记，请先登记返回"));
        }
        return errors;
    }

    static List<FieldError> checkReturn(Mobility mobility, ReturnForm form, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (!mobility.open()) {
            errors.add(new FieldError("returnedOn", "该登记已结束"));
        } else if (form.returnedOn() == null) {
            errors.add(new FieldError("returnedOn", "请填写返回日期"));
        } else if (form.returnedOn().isBefore(mobility.leftOn())) {
            errors.add(new FieldError("returnedOn", "返回日期不能早于" + mobility.directionLabel() + "日期"));
        } else if (form.returnedOn().isAfter(today)) {
            errors.add(new FieldError("returnedOn", "返回日期不能晚于今天"));
        }
        return errors;
    }
}
