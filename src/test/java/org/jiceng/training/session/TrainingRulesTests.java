package org.jiceng.training.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jiceng.shared.RuleViolationException.FieldError;
import org.jiceng.training.hours.HourRule;
import org.jiceng.training.hours.HoursRow;
import org.junit.jupiter.api.Test;

class TrainingRulesTests {

    static final LocalDate TODAY = LocalDate.of(2010, 6, 30);

    static SessionForm session(LocalDate start, LocalDate end, Integer villagers) {
        return new SessionForm(1L, "主题", "01", "01", null, null, null, start, end, null, villagers, null, null);
    }

    static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aHeldSessionWithPositiveHoursPasses() {
        assertThat(TrainingRules.checkSession(session(TODAY.minusDays(2), TODAY, 30), new BigDecimal("24"), TODAY, true, true))
                .isEmpty();
    }

    @Test
    void refusesSessionsNotYetHeld() {
        assertThat(fields(TrainingRules.checkSession(session(TODAY.plusDays(1), TODAY.plusDays(1), 0), BigDecimal.ONE, TODAY, true, true)))
                .containsExactly("startDate", "endDate");
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        assertThat(fields(TrainingRules.checkSession(session(TODAY, TODAY.minusDays(1), 0), BigDecimal.ONE, TODAY, true, true)))
                .containsExactly("endDate");
    }

    @Test
    void refusesZeroNegativeAndMoreThanTwentyFourHoursADay() {
        SessionForm twoDays = session(TODAY.minusDays(1), TODAY, 0);
        assertThat(fields(TrainingRules.checkSession(twoDays, BigDecimal.ZERO, TODAY, true, true))).containsExactly("hours");
        assertThat(fields(TrainingRules.checkSession(twoDays, new BigDecimal("-4"), TODAY, true, true))).containsExactly("hours");
        assertThat(TrainingRules.checkSession(twoDays, new BigDecimal("48"), TODAY, true, true)).isEmpty();
        assertThat(TrainingRules.checkSession(twoDays, new BigDecimal("48.5"), TODAY, true, true))
                .extracting(FieldError::message).containsExactly("学时不能超过培训天数×24");
        assertThat(TrainingRules.checkSession(twoDays, new BigDecimal("3.25"), TODAY, true, true))
                .extracting(FieldError::message).containsExactly("学时最多保留一位小数");
    }

    @Test
    void asksForHoursWhenNoneAreGivenAndTheYearHasNoDayRule() {
        assertThat(fields(TrainingRules.checkSession(session(TODAY, TODAY, 0), null, TODAY, true, true))).containsExactly("hours");
    }

    @Test
    void refusesUnknownCodesAndNegativeVillagerCounts() {
        assertThat(fields(TrainingRules.checkSession(session(TODAY, TODAY, -1), BigDecimal.ONE, TODAY, false, false)))
                .containsExactly("category", "mode", "unnamedVillagers");
    }

    @Test
    void refusesSessionsLongerThanTheLimit() {
        LocalDate start = TODAY.minusDays(TrainingRules.MAX_DAYS);
        assertThat(fields(TrainingRules.checkSession(session(start, TODAY, 0), BigDecimal.ONE, TODAY, true, true)))
                .containsExactly("endDate");
        assertThat(TrainingRules.checkSession(session(start.plusDays(1), TODAY, 0), BigDecimal.ONE, TODAY, true, true)).isEmpty();
    }

    @Test
    void anAbsenceNeedsAReasonAndAPersonIsListedOnce() {
        assertThat(TrainingRules.checkAttendance(new AttendanceForm(List.of(1L, 2L), true, null))).isEmpty();
        assertThat(fields(TrainingRules.checkAttendance(new AttendanceForm(List.of(1L), false, " "))))
                .containsExactly("absenceReason");
        assertThat(TrainingRules.checkAttendance(new AttendanceForm(List.of(1L, 2L, 1L, 2L, 3L), null, null)))
                .extracting(FieldError::message).containsExactly("同一人在一次培训中只能登记一次（重复：2人）");
    }

    @Test
    void committeeMembersCarryTheHigherRequirementAndDaysCountTheDayHours() {
        HourRule rule = new HourRule(1L, 1, 2010, new BigDecimal("32"), new BigDecimal("56"), new BigDecimal("8"), 0);
        assertThat(rule.requiredFor(true)).isEqualByComparingTo("56");
        assertThat(rule.requiredFor(false)).isEqualByComparingTo("32");
        assertThat(rule.hoursFor(LocalDate.of(2010, 4, 8), LocalDate.of(2010, 4, 14))).isEqualByComparingTo("56");
        assertThat(rule.hoursFor(TODAY, TODAY)).isEqualByComparingTo("8");
    }

    @Test
    void aMemberIsBehindUntilTheHoursReachTheRequirement() {
        assertThat(new HoursRow(1, "张三", "村", false, new BigDecimal("32"), new BigDecimal("31.5")).missing())
                .isEqualByComparingTo("0.5");
        assertThat(new HoursRow(1, "张三", "村", false, new BigDecimal("32"), new BigDecimal("32")).behind()).isFalse();
    }
}
