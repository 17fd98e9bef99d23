package org.jiceng.incentive.care;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.shared.RuleViolationException.FieldError;

/**
 * The rules of the 帮扶台账 (research §2.15; DOMAIN decision 6): money is exact yuan and fen — never negative, never
 * finer than a fen, within DECIMAL(14,2) — and is never edited or deleted, only reversed once with a reason; support
 * is recorded for an open case, on or after the day it was opened and not in the future; something is given (an
 * amount or goods); a case closes on or after its last support, with a reason.
 */
final class CareRules {

    /** The largest amount DECIMAL(14,2) holds. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    private CareRules() {
    }

    static List<FieldError> openCase(CaseForm form, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (form.openedOn() != null && form.openedOn().isAfter(today)) {
            errors.add(new FieldError("openedOn", "登记日期不能晚于今天（" + today + "）"));
        }
        return errors;
    }

    /** An amount in yuan: present, not negative, at most two decimals (fen), within the column. */
    static List<FieldError> amount(BigDecimal amount) {
        List<FieldError> errors = new ArrayList<>();
        if (amount == null) {
            errors.add(new FieldError("amount", "请填写金额（只发物资的填0）"));
        } else if (amount.signum() < 0) {
            errors.add(new FieldError("amount", "金额不能为负数；登记错了请冲销原记录"));
        } else if (amount.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError("amount", "金额最多精确到分（两位小数）"));
        } else if (amount.compareTo(MAX_AMOUNT) > 0) {
            errors.add(new FieldError("amount", "金额过大"));
        }
        return errors;
    }

    static List<FieldError> support(HardshipCase hardship, SupportForm form, LocalDate today) {
        List<FieldError> errors = new ArrayList<>(amount(form.amount()));
        if (!hardship.open()) {
            errors.add(new FieldError("givenOn", "该帮扶对象已于" + hardship.closedOn() + "结案，不能再登记帮扶"));
        } else if (form.givenOn() != null && form.givenOn().isBefore(hardship.openedOn())) {
            errors.add(new FieldError("givenOn", "帮扶日期不能早于登记为帮扶对象的日期（" + hardship.openedOn() + "）"));
        }
        if (form.givenOn() != null && form.givenOn().isAfter(today)) {
            errors.add(new FieldError("givenOn", "帮扶日期不能晚于今天（" + today + "）"));
        }
        if (form.amount() != null && form.amount().signum() == 0 && blank(form.goods())) {
            errors.add(new FieldError("goods", "金额为0时请写明发放的物资"));
        }
        return errors;
    }

    /** A reversal cancels one entry once, with a reason; a reversal itself is not reversed. */
    static List<FieldError> reverse(SupportEntry entry, String reason) {
        List<FieldError> errors = new ArrayList<>();
        if (entry.reversal()) {
            errors.add(new FieldError("reason", "冲销记录不能再冲销"));
        } else if (entry.reversed()) {
            errors.add(new FieldError("reason", "该帮扶记录已冲销"));
        } else if (blank(reason)) {
            errors.add(new FieldError("reason", "请写明冲销原因"));
        }
        return errors;
    }

    static List<FieldError> close(HardshipCase hardship, CloseForm form, LocalDate lastSupport, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (!hardship.open()) {
            errors.add(new FieldError("closedOn", "该帮扶对象已于" + hardship.closedOn() + "结案"));
            return errors;
        }
        if (form.closedOn() == null) {
            errors.add(new FieldError("closedOn", "请填写结案日期"));
        } else if (form.closedOn().isBefore(hardship.openedOn())) {
            errors.add(new FieldError("closedOn", "结案日期不能早于登记日期（" + hardship.openedOn() + "）"));
        } else if (lastSupport != null && form.closedOn().isBefore(lastSupport)) {
            errors.add(new FieldError("closedOn", "结案日期不能早于最后一次帮扶（" + lastSupport + "）"));
        } else if (form.closedOn().isAfter(today)) {
            errors.add(new FieldError("closedOn", "结案日期不能晚于今天（" + today + "）"));
        }
        if (blank(form.reason())) {
            errors.add(new FieldError("reason", "请写明结案原因"));
        }
        return errors;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
