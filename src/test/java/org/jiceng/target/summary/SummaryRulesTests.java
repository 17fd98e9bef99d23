package org.jiceng.target.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jiceng.shared.RuleViolationException.FieldError;
import org.junit.jupiter.api.Test;

class SummaryRulesTests {

    static SummaryPeriod period(Submitters submitters) {
        return new SummaryPeriod(1, 10, "南指挥镇", 2010, SummaryKind.QUARTER, "第一季度小结", LocalDate.of(2010, 3, 31),
                LocalDate.of(2010, 4, 10), BigDecimal.TEN, submitters, 5, 0);
    }

    @Test
    void aPeriodIsDueAfterItEndsWithinItsYearAndFullMarksUpTo100() {
        assertThat(SummaryRules.checkPeriod(new PeriodForm(2010, SummaryKind.QUARTER, "一季度", LocalDate.of(2010, 3, 31),
                LocalDate.of(2010, 4, 10), BigDecimal.TEN, Submitters.VILLAGES), true)).isEmpty();
        assertThat(SummaryRules.checkPeriod(new PeriodForm(2010, SummaryKind.QUARTER, "一季度", LocalDate.of(2011, 3, 31),
                LocalDate.of(2010, 3, 10), new BigDecimal("120"), Submitters.BOTH), true))
                .extracting(FieldError::field).containsExactly("periodEnd", "submitDue", "maxPoints", "submitters");
    }

    @Test
    void onlyTheLevelsThePeriodNamesBelowItsOwnerOweASummary() {
        assertThat(SummaryRules.owes(period(Submitters.VILLAGES), true, false, true)).isTrue();
        assertThat(SummaryRules.owes(period(Submitters.VILLAGES), false, true, true)).isFalse();
        assertThat(SummaryRules.owes(period(Submitters.TOWNSHIPS), false, true, true)).isTrue();
        assertThat(SummaryRules.owes(period(Submitters.BOTH), true, false, false)).isFalse();
    }

    @Test
    void aSummaryIsLateWhenFirstSubmittedAfterTheDeadline() {
        assertThat(period(Submitters.VILLAGES).lateOn(LocalDate.of(2010, 4, 10))).isFalse();
        assertThat(period(Submitters.VILLAGES).lateOn(LocalDate.of(2010, 4, 11))).isTrue();
    }

    @Test
    void aSummaryNeedsTextOrDocumentAndPointsWithinFullMarks() {
        assertThat(SummaryRules.checkContent(" ", false, false)).extracting(FieldError::field).containsExactly("text");
        assertThat(SummaryRules.checkContent(null, true, false)).isEmpty();
        assertThat(SummaryRules.checkPoints(null, BigDecimal.TEN)).extracting(FieldError::message)
                .containsExactly("审核时请评分（满分10分）");
        assertThat(SummaryRules.checkPoints(new BigDecimal("10.5"), BigDecimal.TEN)).hasSize(1);
        assertThat(SummaryRules.checkPoints(new BigDecimal("-1"), BigDecimal.TEN)).hasSize(1);
        assertThat(SummaryRules.checkPoints(new BigDecimal("9.5"), BigDecimal.TEN)).isEmpty();
    }
}
