package org.jiceng.training.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jiceng.shared.RuleViolationException.FieldError;
import org.junit.jupiter.api.Test;

class MeetingRulesTests {

    static final LocalDate TODAY = LocalDate.of(2010, 6, 30);

    static MeetingForm meeting(LocalDate heldOn, int expected, int present, String absences) {
        return new MeetingForm(1L, "01", heldOn, null, "主题", null, null, expected, present, absences, null, null);
    }

    static List<String> messages(List<FieldError> errors) {
        return errors.stream().map(FieldError::message).toList();
    }

    @Test
    void aQuorateMeetingWithItsAbsencesExplainedPasses() {
        assertThat(MeetingRules.check(meeting(TODAY, 30, 16, "张三（外出务工）"), TODAY, true)).isEmpty();
        assertThat(MeetingRules.check(meeting(TODAY, 5, 5, null), TODAY, true)).isEmpty();
    }

    @Test
    void halfOrFewerPresentIsNotAQuorum() {
        assertThat(messages(MeetingRules.check(meeting(TODAY, 30, 15, "多人外出"), TODAY, true)))
                .containsExactly("实到15人，未超过应到30人的半数，不足法定人数，会议无效，请另行召开");
    }

    @Test
    void moreThanExpectedFutureDatesUnknownTypesAndUnexplainedAbsencesAreRefused() {
        assertThat(messages(MeetingRules.check(meeting(TODAY, 5, 6, null), TODAY, true)))
                .containsExactly("实到人数不能多于应到人数");
        assertThat(MeetingRules.check(meeting(TODAY.plusDays(1), 5, 5, null), TODAY, false))
                .extracting(FieldError::field).containsExactly("type", "heldOn");
        assertThat(messages(MeetingRules.check(meeting(TODAY, 30, 28, " "), TODAY, true)))
                .containsExactly("有2人缺席，请写明缺席人员及原因");
    }

    @Test
    void complianceCountsMissedPeriodsInTheMonthTheyEndAndIgnoresPeriodsNotYetOver() {
        List<Frequency> frequencies = List.of(
                new Frequency("02", "支委会", Frequency.Period.MONTH, 1),
                new Frequency("01", "支部党员大会", Frequency.Period.QUARTER, 1),
                new Frequency("06", "组织生活会", Frequency.Period.YEAR, 1));
        Map<String, List<LocalDate>> held = Map.of(
                "02", List.of(LocalDate.of(2010, 1, 5), LocalDate.of(2010, 3, 9), LocalDate.of(2010, 4, 2)),
                "01", List.of(LocalDate.of(2010, 5, 20)));
        Compliance c = Compliance.of(7, "程家塬村", 2010, frequencies, byMonth(held), LocalDate.of(2010, 5, 31));

        assertThat(c.missedByMonth()).containsExactly(0, 1, 1, 0, 1, null, null, null, null, null, null, null);
        assertThat(c.missed()).extracting(Compliance.Missed::period).containsExactly("2月", "5月", "第一季度");
        assertThat(c.periodsDue()).isEqualTo(6);
        assertThat(c.periodsMet()).isEqualTo(3);
        assertThat(c.percentMet()).isEqualTo(50);
    }

    @Test
    void aFullYearCountsTheYearlyMeetingInDecember() {
        List<Frequency> yearly = List.of(new Frequency("07", "民主评议党员", Frequency.Period.YEAR, 1));
        Compliance none = Compliance.of(7, "村", 2009, yearly, Map.of(), LocalDate.of(2010, 1, 1));
        assertThat(none.missedByMonth()[11]).isEqualTo(1);
        assertThat(none.missed()).extracting(Compliance.Missed::period).containsExactly("全年");
        Compliance held = Compliance.of(7, "村", 2009, yearly, byMonth(Map.of("07", List.of(LocalDate.of(2009, 12, 20)))),
                LocalDate.of(2010, 1, 1));
        assertThat(held.percentMet()).isEqualTo(100);
    }

    /** Meetings held per type and month, as org_meeting_months holds them, from their dates. */
    private static Map<String, int[]> byMonth(Map<String, List<LocalDate>> held) {
        Map<String, int[]> months = new java.util.HashMap<>();
        held.forEach((type, dates) -> dates.forEach(d -> months.computeIfAbsent(type, t -> new int[12])[d.getMonthValue() - 1]++));
        return months;
    }
}
