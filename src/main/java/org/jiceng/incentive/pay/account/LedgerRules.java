package org.jiceng.incentive.pay.account;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jiceng.incentive.pay.Money;
import org.jiceng.shared.RuleViolationException.FieldError;

/**
 * The rules of a dedicated account's ledger (DOMAIN decision 6; issue "bad input"), each refusal a message next to
 * its field with nothing written:
 * <ul>
 *   <li>Funds in: a positive amount exact to the fen, a source and a document number, dated between the day the
 *       account was opened and today.</li>
 *   <li>No overdraft: money goes out only as far as the account holds — on the payment's date and at every later
 *       entry ({@link Ledger#available}) — unless the county's standard of the year allows overdraft.</li>
 *   <li>Corrections are reversals with a reason: an entry is reversed once, a reversal is never reversed, and
 *       reversing money in is itself money out (the overdraft rule applies).</li>
 * </ul>
 */
public final class LedgerRules {

    private LedgerRules() {
    }

    static List<FieldError> checkFundsIn(FundsForm form, LocalDate openedOn, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        dated(errors, "date", "到账日期", form.date(), openedOn, "开户日期", today);
        Money.check(errors, "amount", "金额", form.amount(), false);
        if (form.source() == null || form.source().isBlank()) {
            errors.add(new FieldError("source", "请填写资金来源"));
        }
        if (form.documentNo() == null || form.documentNo().isBlank()) {
            errors.add(new FieldError("documentNo", "请填写文号或凭证号"));
        }
        return errors;
    }

    /**
     * The refusal of money out of an account, if it would overdraw it.
     *
     * @param field the form field the message belongs to
     */
    public static Optional<FieldError> checkDebit(List<LedgerEntry> entries, LocalDate date, BigDecimal amount,
                                                  boolean overdraftAllowed, String field) {
        if (overdraftAllowed) {
            return Optional.empty();
        }
        BigDecimal available = Ledger.available(entries, date);
        if (available.compareTo(amount) < 0) {
            return Optional.of(new FieldError(field, "专帐余额不足：" + date + "可用余额" + Money.format(available.max(Money.ZERO))
                    + "元，本次需" + Money.format(amount) + "元（县定标准不允许透支）"));
        }
        return Optional.empty();
    }

    static List<FieldError> checkReversal(LedgerEntry entry, String reason) {
        List<FieldError> errors = new ArrayList<>();
        if (entry.kind() == EntryKind.REVERSAL) {
            errors.add(new FieldError("entryId", "冲销记录不能再冲销；如冲销有误，请重新登记正确的收支"));
        } else if (entry.reversed()) {
            errors.add(new FieldError("entryId", "第" + entry.id() + "号记录已冲销，不能重复冲销"));
        }
        if (reason == null || reason.isBlank()) {
            errors.add(new FieldError("reason", "请填写冲销原因"));
        } else if (reason.length() > 200) {
            errors.add(new FieldError("reason", "冲销原因不超过200字"));
        }
        return errors;
    }

    /** A date that is given, not before {@code from} and not after today. */
    public static void dated(List<FieldError> errors, String field, String label, LocalDate date, LocalDate from,
                             String fromLabel, LocalDate today) {
        if (date == null) {
            errors.add(new FieldError(field, "请填写" + label));
        } else if (date.isAfter(today)) {
            errors.add(new FieldError(field, label + "不能晚于今天（" + today + "）"));
        } else if (from != null && date.isBefore(from)) {
            errors.add(new FieldError(field, label + "不能早于" + fromLabel + "（" + from + "）"));
        }
    }
}
