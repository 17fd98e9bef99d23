package org.jiceng.assessment.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jiceng.assessment.engine.SchemeFixtures.d;

import java.util.Map;

import org.jiceng.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class ScoringEngineTests {

    @Test
    void explainsEveryIndicatorAndAddsUpDimensionsBonusAndTotal() {
        ScoreSheet sheet = ScoringEngine.evaluate(SchemeFixtures.classification(), SchemeFixtures.goodInputs());
        assertThat(sheet.dimensions()).containsEntry("D1", d("35.00")).containsEntry("D2", d("59.00"));
        assertThat(sheet.baseTotal()).isEqualByComparingTo("94");
        assertThat(sheet.bonus()).isEqualByComparingTo("3");
        assertThat(sheet.deductions()).isEqualByComparingTo("0");
        assertThat(sheet.total()).isEqualByComparingTo("97");
        assertThat(sheet.grade()).isEqualTo("好");
        ScoreLine growth = sheet.lines().stream().filter(l -> l.code().equals("D2.1")).findFirst().orElseThrow();
        assertThat(growth.inputText()).isEqualTo("12.5");
        assertThat(growth.rule()).isEqualTo("得分＝4×数值，最高40分，最低0分");
        assertThat(growth.points()).isEqualByComparingTo("40");
        assertThat(growth.depth()).isEqualTo(1);
        assertThat(sheet.lines().get(0).code()).as("a dimension comes before its indicators").isEqualTo("D1");
        assertThat(sheet.complete()).isTrue();
    }

    @Test
    void bonusIsCappedOutsideTheBaseTotal() {
        var inputs = SchemeFixtures.goodInputs();
        inputs.put("B1", d("3"));
        ScoreSheet sheet = ScoringEngine.evaluate(SchemeFixtures.classification(), inputs);
        assertThat(sheet.bonusUncapped()).isEqualByComparingTo("9");
        assertThat(sheet.bonus()).isEqualByComparingTo("5");
        assertThat(sheet.total()).isEqualByComparingTo("99");
    }

    @Test
    void deductionsComeOffTheTotalButNeverBelowZero() {
        var inputs = SchemeFixtures.goodInputs();
        inputs.put("X1", d("2"));
        assertThat(ScoringEngine.evaluate(SchemeFixtures.classification(), inputs).total()).isEqualByComparingTo("93");
        ScoreSheet empty = ScoringEngine.evaluate(SchemeFixtures.classification(), Map.of("X1", d("5")));
        assertThat(empty.deductions()).isEqualByComparingTo("-10");
        assertThat(empty.total()).isEqualByComparingTo("0");
    }

    @Test
    void aGroupNeverGoesBelowZeroThroughItsDeductions() {
        ScoreSheet sheet = ScoringEngine.evaluate(SchemeFixtures.classification(), Map.of("D1.4", d("4")));
        assertThat(sheet.dimensions().get("D1")).isEqualByComparingTo("0");
    }

    @Test
    void missingInputsScoreNothingAndAreListed() {
        ScoreSheet sheet = ScoringEngine.evaluate(SchemeFixtures.classification(), Map.of("D1.1", d("10")));
        assertThat(sheet.total()).isEqualByComparingTo("10");
        assertThat(sheet.missing()).contains("D1.2", "D2.2", "V1").doesNotContain("D1.1", "D1");
        assertThat(sheet.complete()).isFalse();
        assertThat(sheet.lines().stream().filter(l -> l.code().equals("D1.2")).findFirst().orElseThrow().inputText())
                .isEqualTo("未填写");
    }

    @Test
    void refusesInvalidInputsWithOneMessagePerIndicator() {
        var inputs = SchemeFixtures.goodInputs();
        inputs.put("D1.1", d("25"));
        inputs.put("D1.3", d("1.5"));
        assertThatThrownBy(() -> ScoringEngine.evaluate(SchemeFixtures.classification(), inputs))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors())
                        .extracting(RuleViolationException.FieldError::field).containsExactlyInAnyOrder("D1.1", "D1.3"));
    }
}
