package org.jiceng.incentive.pay.account;

import java.math.BigDecimal;
import java.util.List;

import org.jiceng.incentive.pay.Money;

/**
 * An account's statement for a year (专帐明细): the balance brought forward, every entry of the year with the running
 * balance after it, and the year's totals; {@code closing} = {@code opening} + {@code fundsIn} − {@code paidOut}
 * + {@code reversals} (reversals are signed).
 */
public record Statement(PayAccount account, int year, BigDecimal opening, List<Ledger.Row> rows, BigDecimal fundsIn,
                        BigDecimal paidOut, BigDecimal reversals, BigDecimal closing) {

    static Statement of(PayAccount account, int year, BigDecimal opening, List<LedgerEntry> entries) {
        List<Ledger.Row> rows = Ledger.running(opening, entries);
        BigDecimal in = Money.sum(entries.stream().filter(e -> e.kind() == EntryKind.FUND_IN)
                .map(LedgerEntry::amount).toList());
        BigDecimal out = Money.sum(entries.stream().filter(e -> e.kind() == EntryKind.PAY_OUT)
                .map(e -> e.amount().negate()).toList());
        BigDecimal reversals = Money.sum(entries.stream().filter(e -> e.kind() == EntryKind.REVERSAL)
                .map(LedgerEntry::amount).toList());
        BigDecimal closing = rows.isEmpty() ? opening : rows.get(rows.size() - 1).balance();
        return new Statement(account, year, opening, rows, in, out, reversals, closing);
    }
}
