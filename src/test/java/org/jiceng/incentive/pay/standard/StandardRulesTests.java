package org.jiceng.incentive.pay.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.jiceng.incentive.pay.standard.PayStandardForm.CapRow;
import org.jiceng.incentive.pay.standard.PayStandardForm.GradeRow;
import org.jiceng.incentive.pay.standard.PayStandardForm.PostRow;
import org.junit.jupiter.api.Test;

/** A pay standard's checks, its paid-post bands and its payment calendar. */
class StandardRulesTests {

    static final Map<String, String> POSTS = Map.of("01", "村党组织书记", "03", "村委会主任", "07", "文书");

    @Test
    void aCompleteStandardPasses() {
        assertThat(StandardRules.check(form(List.of(new PostRow("01", new BigDecimal("400"), new BigDecimal("1200"))),
                List.of(new CapRow(0, 3), new CapRow(1500, 5)), List.of(new GradeRow("优秀", new BigDecimal("100")))),
                POSTS)).isEmpty();
    }

    @Test
    void eachBadValueIsNamedNextToItsField() {
        var errors = StandardRules.check(form(
                List.of(new PostRow("01", new BigDecimal("-1"), new BigDecimal("1200")),
                        new PostRow("03", new BigDecimal("360.005"), new BigDecimal("1080")),
                        new PostRow("99", new BigDecimal("1"), new BigDecimal("1"))),
                List.of(new CapRow(1500, 5), new CapRow(1500, 40)),
                List.of(new GradeRow("优秀", new BigDecimal("120")), new GradeRow("优秀", new BigDecimal("80")))), POSTS);
        assertThat(errors).extracting(e -> e.field()).containsExactlyInAnyOrder("posts[0].basicMonthly",
                "posts[1].basicMonthly", "posts[2].post", "caps[1].minPopulation", "caps[1].maxPaid", "caps",
                "grades[0].percent", "grades[1].grade");
        assertThat(errors).filteredOn(e -> e.field().equals("caps")).extracting(e -> e.message())
                .containsExactly("职数档次须有一档从0人起（人口最少的村也有职数）");
    }

    @Test
    void aStandardWithoutAnyPaidPostOrGradeIsRefused() {
        assertThat(StandardRules.check(form(List.of(new PostRow("01", null, null)), List.of(new CapRow(0, 3)),
                List.of()), POSTS)).extracting(e -> e.field()).containsExactly("posts", "grades");
    }

    @Test
    void theBandWithTheLargestMinimumNotAboveThePopulationDecides() {
        PayStandard s = StandardRules.toStandard(1L, 1, 2010, form(
                List.of(new PostRow("01", new BigDecimal("400"), new BigDecimal("1200"))),
                List.of(new CapRow(3000, 7), new CapRow(0, 3), new CapRow(1500, 5)),
                List.of(new GradeRow("优秀", new BigDecimal("100")))), POSTS, 0);
        assertThat(s.maxPaid(0)).isEqualTo(3);
        assertThat(s.maxPaid(1499)).isEqualTo(3);
        assertThat(s.maxPaid(1500)).isEqualTo(5);
        assertThat(s.maxPaid(10000)).isEqualTo(7);
    }

    @Test
    void payIsDueByTheDueDayOfTheNextMonthAndPerformancePayInTheChosenMonthOfTheNextYear() {
        PayStandard s = StandardRules.toStandard(1L, 1, 2010, form(
                List.of(new PostRow("01", new BigDecimal("400"), new BigDecimal("1200"))), List.of(new CapRow(0, 3)),
                List.of(new GradeRow("优秀", new BigDecimal("100")))), POSTS, 0);
        assertThat(s.dueDate(YearMonth.of(2010, 1))).hasToString("2010-02-10");
        assertThat(s.dueDate(YearMonth.of(2009, 12))).hasToString("2010-01-10");
        assertThat(s.countedOn(YearMonth.of(2010, 2))).hasToString("2010-02-15");
        assertThat(s.performanceDueDate(2009)).hasToString("2010-01-10");
    }

    private static PayStandardForm form(List<PostRow> posts, List<CapRow> caps, List<GradeRow> grades) {
        return new PayStandardForm(10, 15, 1, false, new BigDecimal("50"), new BigDecimal("100"), null, posts, caps,
                grades, null);
    }
}
