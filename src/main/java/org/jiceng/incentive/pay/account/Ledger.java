package org.jiceng.incentive.pay.account;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.incentive.pay.Money;

/**
 * The arithmetic of a ledger (entries in date order, then the order written): a balance is the sum of the entries up
 * to a point, never a stored figure (DOMAIN decision 6), so it cannot drift from them.
 */
public final class Ledger {

    private Ledger() {
    }

    /** One entry with the balance after it. */
    public record Row(LedgerEntry entry, BigDecimal balance) {
    }

    public static BigDecimal balance(List<LedgerEntry> entries) {
        return Money.sum(entries.stream().map(LedgerEntry::amount).toList());
    }

    /** The balance at the end of {@code date}: every entry dated on or before it. */
    public static BigDecimal balanceAt(List<LedgerEntry> entries, LocalDate date) {
        return Money.sum(entries.stream().filter(e -> !e.date().isAfter(date)).map(LedgerEntry::amount).toList());
    }

    /** The entries with the balance after each, starting from {@code opening}. */
    public static List<Row> running(BigDecimal opening, List<LedgerEntry> entries) {
        List<Row> rows = new ArrayList<>(entries.size());
        BigDecimal balance = opening;
        for (LedgerEntry e : entries) {
            balance = balance.add(e.amount());
            rows.add(new Row(e, balance));
        }
        return rows;
    }

    /**
     * What the account can spare on {@code date} without ever going below zero: a payment dated then comes after the
     * entries of that day, so it lowers the balance at that point and at every later entry. The lowest of those
     * balances is what may be paid (a payment entered late may not overdraw the account in its past).
     */
    public static BigDecimal available(List<LedgerEntry> entries, LocalDate date) {
        BigDecimal balance = Money.ZERO;
        BigDecimal lowest = null;
        for (LedgerEntry e : entries) {
            if (e.date().isAfter(date) && lowest == null) {
                lowest = balance;
            }
            balance = balance.add(e.amount());
            if (lowest != null) {
                lowest = lowest.min(balance);
            }
        }
        return lowest == null ? balance : lowest;
    }
}
