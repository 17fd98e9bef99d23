package org.jiceng.training.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jiceng.shared.RuleViolationException.FieldError;
import org.junit.jupiter.api.Test;

class CourseRulesTests {

    static final LocalDate START = LocalDate.of(2010, 4, 8);

    @Test
    void aGoodCoursePassesAndMayLieInTheFuture() {
        assertThat(CourseRules.checkCourse(new CourseForm("书记班", START.plusYears(20), START.plusYears(20).plusDays(6),
                null, new BigDecimal("56"), 60, Map.of(1L, 8, 2L, 10), null))).isEmpty();
    }

    @Test
    void aCourseEndsAfterItStartsCountsPositiveHoursHasSeatsAndQuotasWithinThem() {
        assertThat(fields(CourseRules.checkCourse(new CourseForm("班", START, START.minusDays(1), null, BigDecimal.ZERO,
                0, Map.of(1L, -1), null)))).containsExactly("endDate", "hours", "seats", "quotas");
        assertThat(CourseRules.checkCourse(new CourseForm("班", START, START, null, new BigDecimal("25"), 5,
                Map.of(1L, 3, 2L, 3), null))).extracting(FieldError::message)
                .containsExactly("学时不能超过天数×24", "各乡镇名额合计不能超过总名额5人");
    }

    @Test
    void selectionStaysWithinSeatsAndTheTownshipsQuota() {
        assertThat(CourseRules.checkSelection(50, 10, 60, null, 0, "县委")).isEmpty();
        assertThat(CourseRules.checkSelection(55, 10, 60, null, 0, "县委")).extracting(FieldError::message)
                .containsExactly("超过名额：共60人，已选55人，本次10人");
        assertThat(CourseRules.checkSelection(10, 3, 60, 8, 6, "汉封乡")).extracting(FieldError::message)
                .containsExactly("汉封乡名额为8人，已选6人，本次3人");
    }

    @Test
    void completionWaitsForTheEndAndANonCompletionNeedsItsReason() {
        Course course = new Course(1, 1, "书记班", START, START.plusDays(6), null, new BigDecimal("56"), 60, 8, 0, 0, 0);
        assertThat(CourseRules.checkCompletion(course, true, null, START.plusDays(6))).isEmpty();
        assertThat(fields(CourseRules.checkCompletion(course, false, " ", START.plusDays(5))))
                .containsExactly("completed", "reason");
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aCorrectionKeepsSeatsAndQuotasForThoseSelectedAndARecordedCourseInThePast() {
        Course planned = new Course(1, 1, "书记班", START, START.plusDays(6), null, new BigDecimal("56"), 60, 8, 2, 3, 4);
        CourseForm fewer = new CourseForm("书记班", START, START.plusDays(6), null, new BigDecimal("56"), 7,
                Map.of(5L, 2), 4L);
        assertThat(CourseRules.checkChange(planned, fewer, Map.of(5L, 3), Map.of(5L, "汉封乡"), START.plusDays(30)))
                .extracting(FieldError::message)
                .containsExactly("已选调8人，名额不能少于此数", "汉封乡已选调3人，名额不能少于此数");
        CourseForm later = new CourseForm("书记班", START, START.plusDays(40), null, new BigDecimal("56"), 60, Map.of(), 4L);
        assertThat(CourseRules.checkChange(planned, later, Map.of(), Map.of(), START.plusDays(30)))
                .extracting(FieldError::field).containsExactly("endDate");
        assertThat(CourseRules.checkChange(planned, later, Map.of(), Map.of(), START.plusDays(40))).isEmpty();
    }
}
