package org.jiceng.assessment.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.jiceng.assessment.engine.GradeBand;
import org.jiceng.assessment.engine.Indicator;
import org.jiceng.assessment.engine.Scheme;
import org.jiceng.assessment.engine.ScoringEngine;
import org.jiceng.assessment.engine.SubjectKind;
import org.junit.jupiter.api.Test;

class ReferenceSchemesTests {

    final ReferenceSchemes reference = new ReferenceSchemes();

    @Test
    void shipsTheSevenReferenceSchemesAllValid() {
        assertThat(reference.all()).extracting(SchemeTemplate::key).containsExactly("cadre-assessment", "classification",
                "five-good-township", "five-good-village", "star-rating", "target-assessment", "upgrade-grading");
        reference.all().forEach(t -> assertThat(SchemeValidation.problems(t.scheme())).as(t.key()).isEmpty());
    }

    @Test
    void fiveGoodHasItsFiveDimensionsForVillagesAndTownships() {
        List<String> dimensions = List.of("领导班子好", "党员干部队伍好", "工作机制好", "小康建设业绩好", "农民群众反映好");
        for (String key : List.of("five-good-village", "five-good-township")) {
            Scheme scheme = reference.find(key).orElseThrow().scheme();
            assertThat(scheme.indicators().stream().filter(i -> i.section() == Indicator.Section.BASE)
                    .map(Indicator::name)).as(key).containsExactlyElementsOf(dimensions);
        }
        assertThat(reference.find("five-good-township").orElseThrow().subject()).isEqualTo(SubjectKind.TOWNSHIP_COMMITTEE);
    }

    @Test
    void upgradeGradingHasFourClassesFiveDimensionsAndTheBaojiIncomeRule() {
        SchemeTemplate t = reference.find("upgrade-grading").orElseThrow();
        assertThat(t.scheme().bands()).extracting(GradeBand::name).containsExactly("一类", "二类", "三类", "四类");
        assertThat(t.scheme().indicators().stream().filter(i -> i.section() == Indicator.Section.BASE)
                .map(Indicator::name)).containsExactly("生产发展", "生活宽裕", "村容整洁", "乡风文明", "管理民主");
        assertThat(ScoringEngine.evaluate(t.scheme(), java.util.Map.of("D1.1", new java.math.BigDecimal("18")))
                .dimensions().get("D1")).isEqualByComparingTo("60");
        assertThat(t.example()).isTrue();
    }

    @Test
    void theYearEndTargetAssessmentBlendsTheYearAndTheMonthsTakesLedgerAndMonthlyChecksAsDataAndGivesPrizes() {
        SchemeTemplate t = reference.find("target-assessment").orElseThrow();
        assertThat(t.metrics()).containsEntry("T1", "target.letter_score").containsEntry("M", "target.month_mean");
        assertThat(t.scheme().bands()).extracting(GradeBand::name, GradeBand::places).containsExactly(
                tuple("一等奖", 2), tuple("二等奖", 4), tuple("三等奖", 6), tuple("达标奖", null), tuple("未达标", null));
        // The year: 47 from the ledger (capped at T1's 45), 36 of 40 for 党建, 12 of 15 for industry = 93 of 100,
        // × 40% = 37.2; the months: mean 90 × 60% = 54; one county commendation (+2): 93.2.
        var result = ScoringEngine.evaluate(t.scheme(), java.util.Map.of("T1", new java.math.BigDecimal("47"),
                "T2.1", new java.math.BigDecimal("18"), "T2.2", new java.math.BigDecimal("9"),
                "T2.3", new java.math.BigDecimal("9"), "T3", new java.math.BigDecimal("12"),
                "M", new java.math.BigDecimal("90"), "B1", java.math.BigDecimal.ONE, "V1", java.math.BigDecimal.ZERO));
        assertThat(result.dimensions()).containsEntry("A", new java.math.BigDecimal("37.20"))
                .containsEntry("M", new java.math.BigDecimal("54.00"));
        assertThat(result.total()).isEqualByComparingTo("93.2");
        assertThat(result.grade()).isEqualTo("一等奖");
    }

    @Test
    void starsAreBandsOfTenFromNinetyAndClassificationNeedsNinetyPercentSatisfaction() {
        Scheme stars = reference.find("star-rating").orElseThrow().scheme();
        assertThat(stars.bands()).extracting(b -> b.min().intValue()).containsExactly(90, 80, 70, 60, 0);
        Scheme classification = reference.find("classification").orElseThrow().scheme();
        assertThat(classification.bands()).extracting(GradeBand::name).containsExactly("好", "较好", "一般", "较差");
        assertThat(classification.bands().get(1).conditionMin()).isEqualByComparingTo("90");
    }
}
