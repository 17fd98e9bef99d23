package org.jiceng.incentive.pay.run;

import java.util.ArrayList;
import java.util.List;

import org.jiceng.incentive.pay.Money;
import org.jiceng.incentive.pay.account.LedgerRules;
import org.jiceng.shared.RuleViolationException.FieldError;

/**
 * The rules of recording a payment against a pay line (issue "bad input"; each refusal next to its field, nothing
 * written):
 * <ul>
 *   <li>only a cadre the run pays: a line due nothing (beyond the paid posts, no post in the standard, no grade) is
 *       a person holding no paid post;</li>
 *   <li>a positive amount exact to the fen, no more than what is still unpaid of the line (pay is never overpaid, so
 *       a sheet's 实发 never exceeds its 应发);</li>
 *   <li>a date not before the period the pay is for ({@link PayRun#payableFrom()}) and not after today;</li>
 *   <li>a method (一折通, 现金, 转账).</li>
 * </ul>
 * Whether the account holds the money is the ledger's rule ({@link LedgerRules#checkDebit}).
 */
final class PaymentRules {

    private PaymentRules() {
    }

    static List<FieldError> check(PayLine line, PayRun run, PaymentForm form, java.time.LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (line.excluded()) {
            errors.add(new FieldError("personId", line.personName() + "不在领取报酬的职数内（" + line.excludedReason()
                    + "），不能发放"));
            return errors;
        }
        int before = errors.size();
        Money.check(errors, "amount", "实发金额", form.amount(), false);
        if (errors.size() == before && form.amount().compareTo(line.outstanding()) > 0) {
            errors.add(new FieldError("amount", "超过应发未发金额" + Money.format(line.outstanding()) + "元（应发"
                    + Money.format(line.due()) + "元，已发" + Money.format(line.paid()) + "元）"));
        }
        String period = run.kind() == RunKind.MONTHLY ? run.year() + "年" + run.month() + "月报酬所属期间开始"
                : run.year() + "年度考核结束";
        LedgerRules.dated(errors, "date", "发放日期", form.date(), run.payableFrom(), period, today);
        if (form.method() == null) {
            errors.add(new FieldError("method", "请选择发放方式"));
        }
        return errors;
    }
}
