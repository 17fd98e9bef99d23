package org.jiceng.assessment.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jiceng.assessment.scheme.SchemeProblem;
import org.jiceng.assessment.scheme.SchemeValidation;
import org.junit.jupiter.api.Test;

/**
 * The year-end target assessment's composite (research.md §3.3, 西宋集镇 2017): annual × 40% + (sum of the monthly
 * scores ÷ 12) × 60% ± bonus, and prizes with places: 一等奖 90 or more, 2 places; 二等奖 80 or more, 4 places; 三等奖
 * 70 or more, 6 places; 达标奖 60 or more.
 */
class BlendAndPlacesTests {

    /** Annual items out of 100 weighted to 40, the monthly mean (0–100) × 0.6 up to 60, a bonus capped at 10. */
    static Scheme blend() {
        Indicator annual = new Indicator("A", "年度考核（占40%）", ScoringMethod.WEIGHTED, new BigDecimal("40"), null,
                null, false, null, List.of(
                        Indicator.leaf("A1", "台账计分项目", ScoringMethod.MANUAL, "60", null),
                        Indicator.leaf("A2", "党建工作", ScoringMethod.MANUAL, "40", null)));
        return new Scheme("年终目标责任考核", 2010, SubjectKind.VILLAGE_BRANCH, new BigDecimal("100"),
                new BigDecimal("10"), List.of(annual,
                Indicator.leaf("M", "月度考核平均分（占60%）", ScoringMethod.VALUE_FACTOR, "60", "0.6"),
                Indicator.bonusItem("B", "引进投资200万元以上项目", ScoringMethod.COUNT, "10", "5")),
                List.of(GradeBand.of("一等奖", "90", "110").withPlaces(2), GradeBand.of("二等奖", "80", "90").withPlaces(4),
                        GradeBand.of("三等奖", "70", "80").withPlaces(6), GradeBand.of("达标奖", "60", "70"),
                        GradeBand.of("未达标", "0", "60")));
    }

    @Test
    void compositeIsAnnualTimesFortyPercentPlusMonthlyMeanTimesSixtyPercentPlusBonus() {
        ScoreSheet sheet = ScoringEngine.evaluate(blend(), Map.of("A1", d("51"), "A2", d("34"),
                "M", d("87.5"), "B", d("1")));
        // annual 85 × 40% = 34; monthly 87.5 × 60% = 52.5; bonus 5
        assertThat(sheet.dimensions()).containsEntry("A", d("34.00")).containsEntry("M", d("52.50"));
        assertThat(sheet.total()).isEqualByComparingTo("91.5");
        assertThat(sheet.grade()).isEqualTo("一等奖");
        ScoreLine annual = sheet.lines().get(0);
        assertThat(annual.rule()).isEqualTo("下级指标得分之和（满分100分）折算为40分，即×40%");
    }

    @Test
    void weightedGroupRoundsLikeEveryOtherPointAndNeverExceedsItsMax() {
        Scheme scheme = blend();
        assertThat(ScoringEngine.evaluate(scheme, Map.of("A1", d("33.33"), "A2", d("0"), "M", d("0")))
                .dimensions().get("A")).isEqualByComparingTo("13.33");
        assertThat(ScoringEngine.evaluate(scheme, Map.of("A1", d("60"), "A2", d("40"), "M", d("100")))
                .total()).isEqualByComparingTo("100");
    }

    @Test
    void weightedGroupValidatesWithChildrenOfAnyFullMarks() {
        assertThat(SchemeValidation.problems(blend())).isEmpty();
    }

    @Test
    void placesLetTheBestTwoHoldFirstPrizeAndTheThirdFallsToSecond() {
        List<Places.Candidate> entries = List.of(c(1, "95", "一等奖"), c(2, "93", "一等奖"), c(3, "91", "一等奖"),
                c(4, "85", "二等奖"), c(5, "55", "未达标"));
        Map<Long, Places.Placed> moved = Places.apply(blend(), entries);
        assertThat(moved).containsOnlyKeys(3L);
        assertThat(moved.get(3L).grade()).isEqualTo("二等奖");
        assertThat(moved.get(3L).note()).isEqualTo("得分可评一等奖，一等奖限2名，排第3名，评为二等奖");
    }

    @Test
    void fallingEntriesTakePlacesBelowAndPushOthersFurtherDown() {
        List<Places.Candidate> entries = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            entries.add(c(i, String.valueOf(100 - i), "一等奖"));  // 99 … 93: seven first-prize scores
        }
        Map<Long, Places.Placed> moved = Places.apply(blend(), entries);
        assertThat(moved.keySet()).containsExactlyInAnyOrder(3L, 4L, 5L, 6L, 7L);
        assertThat(moved.get(6L).grade()).isEqualTo("二等奖");
        assertThat(moved.get(7L).grade()).as("2 first, 4 second, the seventh third").isEqualTo("三等奖");
    }

    @Test
    void tiesAtTheLastPlaceShareIt() {
        Map<Long, Places.Placed> moved = Places.apply(blend(), List.of(c(1, "95", "一等奖"), c(2, "92", "一等奖"),
                c(3, "92", "一等奖"), c(4, "91", "一等奖")));
        assertThat(moved).containsOnlyKeys(4L);
        assertThat(moved.get(4L).note()).contains("排第4名");
    }

    @Test
    void unscoredAndUngradedEntriesTakeNoPlaceAndUnlimitedSchemesMoveNothing() {
        Map<Long, Places.Placed> moved = Places.apply(blend(), List.of(c(1, null, null), c(2, "99", null),
                c(3, "95", "一等奖"), c(4, "94", "一等奖")));
        assertThat(moved).isEmpty();
        assertThat(Places.apply(SchemeFixtures.classification(), List.of(c(1, "99", "好"), c(2, "98", "好"))))
                .isEmpty();
    }

    @Test
    void placesAreAtLeastOneAndNeverOnTheWorstBand() {
        Scheme scheme = blend();
        List<GradeBand> bands = new ArrayList<>(scheme.bands());
        bands.set(0, bands.get(0).withPlaces(0));
        bands.set(4, bands.get(4).withPlaces(3));
        Scheme bad = new Scheme(scheme.name(), 2010, scheme.subject(), scheme.baseMax(), scheme.bonusCap(),
                scheme.indicators(), bands);
        assertThat(SchemeValidation.problems(bad)).extracting(SchemeProblem::field)
                .containsExactly("bands[0].places", "bands[4].places");
    }

    private static Places.Candidate c(long id, String total, String grade) {
        return new Places.Candidate(id, total == null ? null : new BigDecimal(total), grade);
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
