package org.jiceng.target.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jiceng.target.letter.Measure.Achievement;
import org.junit.jupiter.api.Test;

class MeasureTests {

    private static final LocalDate DEADLINE = LocalDate.of(2010, 6, 30);

    @Test
    void doneOrNotDone() {
        Measure m = measure(MeasureKind.DONE, null, null, null, null);
        assertThat(m.score(new Achievement(true, DEADLINE, null)).points()).isEqualByComparingTo("10.00");
        assertThat(m.score(new Achievement(false, null, null)).points()).isEqualByComparingTo("0.00");
    }

    @Test
    void proportionalToTheTargetAndNeverAboveTheBase() {
        Measure m = measure(MeasureKind.PROPORTIONAL, "3000", null, null, null);
        var score = m.score(new Achievement(false, null, new BigDecimal("2000")));
        assertThat(score.points()).isEqualByComparingTo("6.67");
        assertThat(score.explanation()).contains("2000棵", "66.7%", "6.67分");
        assertThat(m.score(new Achievement(true, null, new BigDecimal("5000"))).points()).isEqualByComparingTo("10.00");
    }

    @Test
    void pointsPerWholeUnitOverTheTargetUpToTheCap() {
        Measure m = measure(MeasureKind.BONUS_PER_UNIT, "3000", new BigDecimal("0.01"), new BigDecimal("5"), null);
        assertThat(m.score(new Achievement(true, null, new BigDecimal("3120.6"))).points()).isEqualByComparingTo("11.20");
        var capped = m.score(new Achievement(true, null, new BigDecimal("9000")));
        assertThat(capped.points()).isEqualByComparingTo("15.00");
        assertThat(capped.explanation()).contains("加分上限");
        assertThat(m.score(new Achievement(false, null, new BigDecimal("1500"))).points()).isEqualByComparingTo("5.00");
    }

    @Test
    void pointsOffPerDayLateNeverBelowZero() {
        Measure m = measure(MeasureKind.LATE_DEDUCTION, null, null, null, new BigDecimal("0.5"));
        assertThat(m.score(new Achievement(true, DEADLINE, null)).points()).isEqualByComparingTo("10.00");
        var late = m.score(new Achievement(true, DEADLINE.plusDays(4), null));
        assertThat(late.points()).isEqualByComparingTo("8.00");
        assertThat(late.explanation()).contains("逾期4天");
        assertThat(m.score(new Achievement(true, DEADLINE.plusDays(40), null)).points()).isEqualByComparingTo("0.00");
        assertThat(m.score(new Achievement(false, null, null)).points()).isEqualByComparingTo("0.00");
    }

    private static Measure measure(MeasureKind kind, String target, BigDecimal perUnit, BigDecimal cap,
                                   BigDecimal perDay) {
        return new Measure(kind, BigDecimal.TEN, target == null ? null : new BigDecimal(target), "棵", perUnit, cap,
                DEADLINE, perDay);
    }
}
