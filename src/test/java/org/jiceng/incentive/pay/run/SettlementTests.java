package org.jiceng.incentive.pay.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.jiceng.incentive.pay.Money;
import org.junit.jupiter.api.Test;

/**
 * The settlement reconciles to the fen on generated years of an account (seeded {@link Random}) — funds in, pay for
 * this year's and last year's runs, pay after the year's end, reversals — and a single fen out of place shows.
 */
class SettlementTests {

    record Entry(LocalDate date, BigDecimal amount, Integer runYear) {
    }

    @Test
    void generatedYearsReconcileAndAFenOutOfPlaceShows() {
        Random random = new Random(2009L);
        for (int round = 0; round < 300; round++) {
            List<Entry> entries = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(80); i++) {
                LocalDate date = LocalDate.of(2008, 7, 1).plusDays(random.nextInt(700));
                BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(500000), 2);
                if (random.nextInt(3) == 0) {
                    entries.add(new Entry(date, random.nextInt(10) == 0 ? amount.negate() : amount, null));
                } else {
                    int runYear = Math.max(2008, date.getYear() - random.nextInt(2));
                    entries.add(new Entry(date, random.nextInt(10) == 0 ? amount : amount.negate(), runYear));
                }
            }
            Settlement.Figures f = figures(entries, 2009);
            BigDecimal linesPaid = Money.sum(entries.stream().filter(e -> e.runYear() != null && e.runYear() == 2009)
                    .map(e -> e.amount().negate()).toList());
            Settlement.Row row = new Settlement.Row("范家寨村", null, linesPaid, linesPaid, Money.ZERO, Money.ZERO, f);
            Settlement settlement = Settlement.of("范家寨乡", "村", 2009, LocalDate.of(2010, 5, 5), List.of(row), f);
            assertThat(f.balances()).isTrue();
            assertThat(settlement.reconciles()).isTrue();
            assertThat(settlement.total().owed()).isZero();

            Settlement.Figures off = new Settlement.Figures(f.opening(), f.fundsIn(), f.paidThisYear(),
                    f.paidEarlierYears(), f.paidAfterYear(), f.closing().add(new BigDecimal("0.01")));
            assertThat(off.balances()).isFalse();
            Settlement.Row shortRow = new Settlement.Row("范家寨村", null, linesPaid, linesPaid.subtract(new BigDecimal("0.01")),
                    Money.ZERO, Money.ZERO, f);
            assertThat(Settlement.of("范家寨乡", "村", 2009, LocalDate.of(2010, 5, 5), List.of(shortRow), f).reconciles())
                    .isFalse();
        }
    }

    /** The figures as PaySettlementService's SQL sums them, written out plainly. */
    static Settlement.Figures figures(List<Entry> entries, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        BigDecimal opening = Money.ZERO;
        BigDecimal funds = Money.ZERO;
        BigDecimal thisYear = Money.ZERO;
        BigDecimal earlier = Money.ZERO;
        BigDecimal after = Money.ZERO;
        BigDecimal closing = Money.ZERO;
        for (Entry e : entries) {
            boolean inYear = !e.date().isBefore(from) && !e.date().isAfter(to);
            if (e.date().isBefore(from)) {
                opening = opening.add(e.amount());
            }
            if (!e.date().isAfter(to)) {
                closing = closing.add(e.amount());
            }
            if (e.runYear() == null) {
                funds = inYear ? funds.add(e.amount()) : funds;
            } else if (inYear && e.runYear() == year) {
                thisYear = thisYear.subtract(e.amount());
            } else if (inYear) {
                earlier = earlier.subtract(e.amount());
            } else if (e.date().isAfter(to) && e.runYear() == year) {
                after = after.subtract(e.amount());
            }
        }
        return new Settlement.Figures(opening, funds, thisYear, earlier, after, closing);
    }
}
