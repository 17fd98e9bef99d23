package org.jiceng.incentive.pay.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** 按时足额: late and short flags, and the rate over lines (generated with a seeded {@link Random}). */
class LineStatusTests {

    static final LocalDate DUE = LocalDate.of(2010, 2, 10);
    static final BigDecimal DUE_AMOUNT = new BigDecimal("400.00");

    @Test
    void paidInFullByTheDueDateIsOnTime() {
        assertThat(LineStatus.of(DUE_AMOUNT, DUE_AMOUNT, DUE, DUE, LocalDate.of(2010, 5, 5))).isEqualTo(LineStatus.ON_TIME);
    }

    @Test
    void paidInFullAfterTheDueDateIsLate() {
        LineStatus status = LineStatus.of(DUE_AMOUNT, DUE_AMOUNT, DUE.plusDays(1), DUE, LocalDate.of(2010, 5, 5));
        assertThat(status).isEqualTo(LineStatus.LATE);
        assertThat(status.late()).isTrue();
        assertThat(status.isShort()).isFalse();
    }

    @Test
    void lessThanDueWhenTheDueDatePassesIsShortAndLate() {
        LineStatus status = LineStatus.of(DUE_AMOUNT, new BigDecimal("300.00"), DUE, DUE, DUE.plusDays(1));
        assertThat(status).isEqualTo(LineStatus.SHORT);
        assertThat(status.late()).isTrue();
        assertThat(status.isShort()).isTrue();
        assertThat(LineStatus.of(DUE_AMOUNT, BigDecimal.ZERO, null, DUE, DUE.plusDays(1))).isEqualTo(LineStatus.UNPAID);
    }

    @Test
    void beforeTheDueDateUnpaidPayIsPendingAndNotCounted() {
        LineStatus status = LineStatus.of(DUE_AMOUNT, new BigDecimal("100.00"), DUE.minusDays(3), DUE, DUE);
        assertThat(status).isEqualTo(LineStatus.PENDING);
        assertThat(status.counted()).isFalse();
        assertThat(LineStatus.of(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO, null, DUE, DUE.plusDays(9)))
                .isEqualTo(LineStatus.EXCLUDED);
    }

    @Test
    void theRateIsTheShareOfCountedLinesPaidOnTimeInFullAndItsSumsAreExact() {
        Random random = new Random(99L);
        for (int round = 0; round < 200; round++) {
            List<PayLine> lines = new ArrayList<>();
            int onTime = 0;
            int counted = 0;
            BigDecimal due = BigDecimal.ZERO;
            BigDecimal paid = BigDecimal.ZERO;
            for (int i = 0; i < 1 + random.nextInt(40); i++) {
                BigDecimal d = BigDecimal.valueOf(10000 + random.nextInt(50000), 2);
                BigDecimal p = random.nextInt(4) == 0 ? d.subtract(BigDecimal.valueOf(random.nextInt(10000), 2)) : d;
                LocalDate last = DUE.plusDays(random.nextInt(20) - 10);
                LocalDate today = DUE.plusDays(random.nextInt(20) - 10);
                LineStatus s = LineStatus.of(d, p, last, DUE, today);
                lines.add(PayFixtures.line(d, p, last, s, null));
                due = due.add(d);
                paid = paid.add(p);
                if (s.counted()) {
                    counted++;
                }
                if (s == LineStatus.ON_TIME) {
                    onTime++;
                }
            }
            OnTimeRate rate = OnTimeRate.of(lines);
            assertThat(rate.due()).isEqualByComparingTo(due);
            assertThat(rate.paid()).isEqualByComparingTo(paid);
            assertThat(rate.counted()).isEqualTo(counted);
            assertThat(rate.onTime()).isEqualTo(onTime);
            if (counted == 0) {
                assertThat(rate.percent()).isNull();
            } else {
                assertThat(rate.percent()).isEqualByComparingTo(BigDecimal.valueOf(onTime * 100L)
                        .divide(BigDecimal.valueOf(counted), 2, java.math.RoundingMode.HALF_UP));
            }
        }
    }
}
