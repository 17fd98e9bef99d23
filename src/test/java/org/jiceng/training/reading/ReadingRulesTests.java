package org.jiceng.training.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jiceng.shared.RuleViolationException.FieldError;
import org.junit.jupiter.api.Test;

class ReadingRulesTests {

    static final LocalDate TODAY = LocalDate.of(2010, 6, 1);
    static final Reading READING = new Reading(1, 1, "县委", 2010, "党章", null, "01", "政治理论", Reading.ALL,
            new BigDecimal("2"), null, null, null, 0);

    @Test
    void aGoodReadingPasses() {
        assertThat(ReadingRules.checkReading(form("ALL", "2", null, "https://example.org/a"), true)).isEmpty();
    }

    @Test
    void aReadingNeedsPositiveHoursAKnownAudienceADueDateInItsYearAndAWebLink() {
        assertThat(fields(ReadingRules.checkReading(form("SOME", "0", LocalDate.of(2011, 1, 1), "ftp://x"), false)))
                .containsExactly("category", "audience", "hours", "dueDate", "link");
        assertThat(fields(ReadingRules.checkReading(form("CADRES", "2.25", null, null), true))).containsExactly("hours");
    }

    @Test
    void aStudyIsNotInTheFutureIsInTheReadingsYearHasPositiveHoursAndNamesEachPersonOnce() {
        assertThat(ReadingRules.checkStudy(READING, TODAY, BigDecimal.ONE, List.of(1L, 2L), TODAY)).isEmpty();
        assertThat(fields(ReadingRules.checkStudy(READING, TODAY.plusDays(1), BigDecimal.ZERO, List.of(1L, 1L), TODAY)))
                .containsExactly("studiedOn", "hours", "personIds");
        assertThat(ReadingRules.checkStudy(READING, LocalDate.of(2009, 12, 31), BigDecimal.ONE, List.of(1L), TODAY))
                .extracting(FieldError::message).containsExactly("这是2010年的规定篇目，学习日期须在2010年内");
        assertThat(fields(ReadingRules.checkStudy(READING, TODAY, new BigDecimal("-1"), List.of(1L), TODAY)))
                .containsExactly("hours");
    }

    private static ReadingForm form(String audience, String hours, LocalDate due, String link) {
        return new ReadingForm(2010, "党章", null, "01", audience, new BigDecimal(hours), due, link, null);
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }
}
