package org.jiceng.assessment.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiceng.assessment.engine.SchemeFixtures.d;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class GradingTests {

    final Scheme scheme = SchemeFixtures.classification();

    @Test
    void totalFindsItsBandWithLowerBoundInclusive() {
        assertThat(Grading.grade(scheme, d("80"), Map.of("D2.2", d("95")), List.of()).grade()).isEqualTo("较好");
        assertThat(Grading.grade(scheme, d("79.99"), Map.of(), List.of()).grade()).isEqualTo("一般");
        assertThat(Grading.grade(scheme, d("0"), Map.of(), List.of()).grade()).isEqualTo("较差");
        assertThat(Grading.grade(scheme, d("105"), Map.of("D2.2", d("90")), List.of()).grade()).isEqualTo("好");
    }

    @Test
    void satisfactionBelowNinetyRulesOutTheTopTwoGrades() {
        Grading.Outcome outcome = Grading.grade(scheme, d("95"), Map.of("D2.2", d("85")), List.of());
        assertThat(outcome.grade()).isEqualTo("一般");
        assertThat(outcome.reason()).contains("未满足“好”的条件（群众满意度不低于90）").endsWith("评为一般");
    }

    @Test
    void vetoNamingAGradeCapsTheGradeThere() {
        Indicator cap = scheme.indicator("V2").orElseThrow();
        Grading.Outcome outcome = Grading.grade(scheme, d("97"), Map.of("D2.2", d("95")), List.of(cap));
        assertThat(outcome.grade()).isEqualTo("一般");
        assertThat(outcome.reason()).contains("触发一票否决项“班子不团结”，最高评为一般");
    }

    @Test
    void vetoCapLeavesAWorseGradeAsItIs() {
        Indicator cap = scheme.indicator("V2").orElseThrow();
        assertThat(Grading.grade(scheme, d("40"), Map.of(), List.of(cap)).grade()).isEqualTo("较差");
    }

    @Test
    void vetoNamingNoGradeRemovesTheGradeWhateverTheScore() {
        Indicator remove = scheme.indicator("V1").orElseThrow();
        Grading.Outcome outcome = Grading.grade(scheme, d("100"), Map.of("D2.2", d("99")), List.of(remove));
        assertThat(outcome.grade()).isNull();
        assertThat(outcome.reason()).isEqualTo("触发一票否决项“发生重大违纪”，不评定等次");
    }

    @Test
    void vetoAppliesThroughTheWholeEvaluation() {
        var inputs = SchemeFixtures.goodInputs();
        inputs.put("V2", d("1"));
        ScoreSheet sheet = ScoringEngine.evaluate(scheme, inputs);
        assertThat(sheet.total()).isEqualByComparingTo("97");
        assertThat(sheet.vetoes()).containsExactly("班子不团结");
        assertThat(sheet.grade()).isEqualTo("一般");
    }

    @Test
    void aTotalOutsideEveryBandGetsNoGrade() {
        assertThat(Grading.grade(scheme, d("106"), Map.of(), List.of()).grade()).isNull();
    }
}
