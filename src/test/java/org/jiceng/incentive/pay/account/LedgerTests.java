package org.jiceng.incentive.pay.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.jiceng.incentive.pay.Money;
import org.junit.jupiter.api.Test;

/**
 * The ledger's arithmetic and rules on generated ledgers (seeded {@link Random}, so a failure repeats): a balance is
 * always the sum of the entries, to the fen; money out that passes the overdraft check never takes the account below
 * zero at any point of its history; a reversal is never reversed and an entry is reversed once.
 */
class LedgerTests {

    static final LocalDate START = LocalDate.of(2009, 1, 1);

    @Test
    void balanceIsAlwaysTheSumOfTheEntriesToTheFen() {
        Random random = new Random(20100505L);
        for (int ledger = 0; ledger < 200; ledger++) {
            List<LedgerEntry> entries = randomLedger(random, 1 + random.nextInt(60));
            BigDecimal sum = BigDecimal.ZERO;
            for (LedgerEntry e : entries) {
                sum = sum.add(e.amount());
            }
            assertThat(Ledger.balance(entries)).isEqualByComparingTo(sum);
            assertThat(Ledger.balance(entries).scale()).isEqualTo(2);
            List<Ledger.Row> rows = Ledger.running(Money.ZERO, entries);
            assertThat(rows.get(rows.size() - 1).balance()).isEqualByComparingTo(sum);
            LocalDate cut = START.plusDays(random.nextInt(400));
            BigDecimal upToCut = entries.stream().filter(e -> !e.date().isAfter(cut)).map(LedgerEntry::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(Ledger.balanceAt(entries, cut)).isEqualByComparingTo(upToCut);
            BigDecimal sumOfCredits = Money.sum(entries.stream().map(e -> e.credit() == null ? Money.ZERO : e.credit()).toList());
            BigDecimal sumOfDebits = Money.sum(entries.stream().map(e -> e.debit() == null ? Money.ZERO : e.debit()).toList());
            assertThat(sumOfCredits.subtract(sumOfDebits)).isEqualByComparingTo(sum);
        }
    }

    @Test
    void moneyOutThatPassesTheCheckNeverOverdrawsTheAccountAtAnyPoint() {
        Random random = new Random(7L);
        int refused = 0;
        int accepted = 0;
        for (int ledger = 0; ledger < 300; ledger++) {
            List<LedgerEntry> entries = new ArrayList<>();
            long id = 1;
            for (int step = 0; step < 40; step++) {
                LocalDate date = START.plusDays(random.nextInt(365));
                BigDecimal amount = fen(random, 1, 3000);
                if (random.nextInt(3) == 0) {
                    entries.add(entry(id++, EntryKind.FUND_IN, date, amount));
                } else if (LedgerRules.checkDebit(sorted(entries), date, amount, false, "amount").isEmpty()) {
                    entries.add(entry(id++, EntryKind.PAY_OUT, date, amount.negate()));
                    accepted++;
                } else {
                    refused++;
                }
                for (Ledger.Row row : Ledger.running(Money.ZERO, sorted(entries))) {
                    assertThat(row.balance().signum()).as("balance after entry %s", row.entry().id()).isNotNegative();
                }
            }
        }
        assertThat(accepted).as("payments accepted").isGreaterThan(100);
        assertThat(refused).as("payments refused for want of money").isGreaterThan(100);
    }

    @Test
    void availableIsTheLowestBalanceFromTheDateOn() {
        Random random = new Random(42L);
        for (int ledger = 0; ledger < 200; ledger++) {
            List<LedgerEntry> entries = sorted(randomLedger(random, 1 + random.nextInt(30)));
            LocalDate date = START.plusDays(random.nextInt(400));
            // Put a zero entry where a payment of that date would go (after the day's entries), then take the lowest
            // running balance from it to the end.
            List<LedgerEntry> withMarker = new ArrayList<>(entries);
            LedgerEntry marker = entry(Long.MAX_VALUE, EntryKind.FUND_IN, date, Money.ZERO);
            withMarker.add(marker);
            List<Ledger.Row> rows = Ledger.running(Money.ZERO, sorted(withMarker));
            int at = 0;
            while (rows.get(at).entry() != marker) {
                at++;
            }
            BigDecimal expected = rows.subList(at, rows.size()).stream().map(Ledger.Row::balance)
                    .min(Comparator.naturalOrder()).orElseThrow();
            assertThat(Ledger.available(entries, date)).isEqualByComparingTo(expected);
        }
    }

    @Test
    void overdraftIsRefusedWithTheAvailableBalanceUnlessTheStandardAllowsIt() {
        List<LedgerEntry> entries = List.of(entry(1, EntryKind.FUND_IN, LocalDate.of(2010, 1, 6), new BigDecimal("1000.00")),
                entry(2, EntryKind.PAY_OUT, LocalDate.of(2010, 3, 1), new BigDecimal("-900.00")));
        // Paying 200 on 2010-02-01 would leave -100 after the March payment.
        assertThat(LedgerRules.checkDebit(entries, LocalDate.of(2010, 2, 1), new BigDecimal("200.00"), false, "amount"))
                .get().extracting(f -> f.message()).asString().contains("专帐余额不足").contains("100.00");
        assertThat(LedgerRules.checkDebit(entries, LocalDate.of(2010, 2, 1), new BigDecimal("100.00"), false, "amount"))
                .isEmpty();
        assertThat(LedgerRules.checkDebit(entries, LocalDate.of(2010, 2, 1), new BigDecimal("5000.00"), true, "amount"))
                .isEmpty();
    }

    @Test
    void aReversalIsNeverReversedAndAnEntryIsReversedOnce() {
        LedgerEntry reversal = new LedgerEntry(3, 1, 1, EntryKind.REVERSAL, LocalDate.of(2010, 5, 5),
                new BigDecimal("400.00"), null, null, 9L, null, 2L, null, "录错", null, null, "fanjiazhai",
                LocalDateTime.now());
        assertThat(LedgerRules.checkReversal(reversal, "再冲销")).extracting(f -> f.message())
                .containsExactly("冲销记录不能再冲销；如冲销有误，请重新登记正确的收支");
        LedgerEntry reversedPayment = new LedgerEntry(2, 1, 1, EntryKind.PAY_OUT, LocalDate.of(2010, 2, 5),
                new BigDecimal("-400.00"), null, null, 9L, PayMethod.CASH, null, 3L, null, null, null, "fanjiazhai",
                LocalDateTime.now());
        assertThat(LedgerRules.checkReversal(reversedPayment, "又冲销")).extracting(f -> f.field())
                .containsExactly("entryId");
        LedgerEntry payment = new LedgerEntry(4, 1, 1, EntryKind.PAY_OUT, LocalDate.of(2010, 2, 5),
                new BigDecimal("-400.00"), null, null, 9L, PayMethod.CASH, null, null, null, null, null, "fanjiazhai",
                LocalDateTime.now());
        assertThat(LedgerRules.checkReversal(payment, " ")).extracting(f -> f.field()).containsExactly("reason");
        assertThat(LedgerRules.checkReversal(payment, "方式录错")).isEmpty();
    }

    @Test
    void fundsInNeedAPositiveAmountInFenASourceADocumentAndADateWithinTheAccountsLife() {
        LocalDate opened = LocalDate.of(2009, 1, 5);
        LocalDate today = LocalDate.of(2010, 5, 5);
        assertThat(LedgerRules.checkFundsIn(new FundsForm(LocalDate.of(2010, 1, 6), new BigDecimal("-5"), "财政", "1号",
                null), opened, today)).extracting(f -> f.field()).containsExactly("amount");
        assertThat(LedgerRules.checkFundsIn(new FundsForm(LocalDate.of(2010, 1, 6), new BigDecimal("5.001"), "财政",
                "1号", null), opened, today)).extracting(f -> f.message()).containsExactly("金额只能精确到分（最多两位小数）");
        assertThat(LedgerRules.checkFundsIn(new FundsForm(LocalDate.of(2008, 12, 31), new BigDecimal("5"), " ", null,
                null), opened, today)).extracting(f -> f.field()).containsExactly("date", "source", "documentNo");
        assertThat(LedgerRules.checkFundsIn(new FundsForm(LocalDate.of(2010, 5, 6), new BigDecimal("5"), "财政", "1号",
                null), opened, today)).extracting(f -> f.field()).containsExactly("date");
        assertThat(LedgerRules.checkFundsIn(new FundsForm(today, new BigDecimal("5000.5"), "财政", "1号", null), opened,
                today)).isEmpty();
    }

    static List<LedgerEntry> randomLedger(Random random, int size) {
        List<LedgerEntry> entries = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            boolean in = random.nextBoolean();
            BigDecimal amount = fen(random, 1, 5000);
            entries.add(entry(i + 1, in ? EntryKind.FUND_IN : EntryKind.PAY_OUT, START.plusDays(random.nextInt(365)),
                    in ? amount : amount.negate()));
        }
        return entries;
    }

    static BigDecimal fen(Random random, int minYuan, int maxYuan) {
        long fen = minYuan * 100L + random.nextInt((maxYuan - minYuan) * 100);
        return BigDecimal.valueOf(fen, 2);
    }

    static LedgerEntry entry(long id, EntryKind kind, LocalDate date, BigDecimal amount) {
        return new LedgerEntry(id, 1, 1, kind, date, amount, kind == EntryKind.FUND_IN ? "财政转移支付" : null, null,
                null, null, null, null, null, null, null, "test", LocalDateTime.of(2010, 5, 5, 9, 0));
    }

    static List<LedgerEntry> sorted(List<LedgerEntry> entries) {
        return entries.stream().sorted(Comparator.comparing(LedgerEntry::date).thenComparingLong(LedgerEntry::id))
                .toList();
    }
}
