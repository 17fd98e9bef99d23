package org.jiceng.assessment.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiceng.assessment.engine.SchemeFixtures.d;

import org.junit.jupiter.api.Test;

class IndicatorScoringTests {

    @Test
    void manualScoreIsTakenAsEnteredRoundedToCents() {
        Indicator i = Indicator.leaf("A", "书记能力", ScoringMethod.MANUAL, "20", null);
        assertThat(IndicatorScoring.points(i, d("17.255"))).isEqualByComparingTo("17.26");
        assertThat(IndicatorScoring.rule(i)).isEqualTo("直接评分，0至20分");
    }

    @Test
    void rejectsManualScoreAboveIndicatorMaximumOrBelowZero() {
        Indicator i = Indicator.leaf("A", "书记能力", ScoringMethod.MANUAL, "20", null);
        assertThat(IndicatorScoring.problem(i, d("20.01"))).contains("书记能力的得分应在0到20分之间");
        assertThat(IndicatorScoring.problem(i, d("-1"))).isPresent();
        assertThat(IndicatorScoring.problem(i, d("20"))).isEmpty();
    }

    @Test
    void passFailEarnsMaximumOrNothing() {
        Indicator i = Indicator.leaf("A", "两委健全", ScoringMethod.PASS_FAIL, "10", null);
        assertThat(IndicatorScoring.points(i, d("1"))).isEqualByComparingTo("10");
        assertThat(IndicatorScoring.points(i, d("0"))).isEqualByComparingTo("0");
        assertThat(IndicatorScoring.problem(i, d("2"))).contains("两委健全只能填“是”或“否”");
        assertThat(IndicatorScoring.inputText(i, d("1"))).isEqualTo("达标");
    }

    @Test
    void countEarnsPointsPerItemUpToTheCap() {
        Indicator i = Indicator.leaf("A", "培训次数", ScoringMethod.COUNT, "10", "2");
        assertThat(IndicatorScoring.points(i, d("3"))).isEqualByComparingTo("6");
        assertThat(IndicatorScoring.points(i, d("9"))).isEqualByComparingTo("10");
        assertThat(IndicatorScoring.problem(i, d("1.5"))).contains("培训次数应填不小于0的整数（次数或个数）");
        assertThat(IndicatorScoring.rule(i)).isEqualTo("每项2分，最高10分");
    }

    @Test
    void valueTimesFactorIsCappedLikeTheBaojiIncomeGrowthIndicator() {
        Indicator i = Indicator.leaf("A", "村经济总收入年增长", ScoringMethod.VALUE_FACTOR, "60", "4");
        assertThat(IndicatorScoring.points(i, d("12.5"))).isEqualByComparingTo("50");
        assertThat(IndicatorScoring.points(i, d("18"))).isEqualByComparingTo("60");
        assertThat(IndicatorScoring.points(i, d("-3"))).isEqualByComparingTo("0");
        assertThat(IndicatorScoring.rule(i)).isEqualTo("得分＝4×数值，最高60分，最低0分");
    }

    @Test
    void valueFactorRoundsHalfUpToTwoDecimals() {
        Indicator i = Indicator.leaf("A", "实用人才占劳力", ScoringMethod.VALUE_FACTOR, "20", "0.57");
        // 0.57 × 30.5 = 17.385 → 17.39
        assertThat(IndicatorScoring.points(i, d("30.5"))).isEqualByComparingTo("17.39");
    }

    @Test
    void deductionPerOccurrenceStopsAtItsFloor() {
        Indicator i = Indicator.leaf("A", "党务公开缺项", ScoringMethod.DEDUCTION, "4", "1");
        assertThat(IndicatorScoring.points(i, d("3"))).isEqualByComparingTo("-3");
        assertThat(IndicatorScoring.points(i, d("7"))).isEqualByComparingTo("-4");
        assertThat(IndicatorScoring.rule(i)).isEqualTo("每次扣1分，最多扣4分");
        assertThat(IndicatorScoring.inputText(i, d("3"))).isEqualTo("3次");
    }

    @Test
    void vetoEarnsNoPointsAndSaysWhatItDoes() {
        Indicator remove = Indicator.veto("V", "重大违纪", null);
        Indicator cap = Indicator.veto("V", "班子不团结", "三类");
        assertThat(IndicatorScoring.points(remove, d("1"))).isEqualByComparingTo("0");
        assertThat(IndicatorScoring.rule(remove)).isEqualTo("一票否决：出现即取消评定等次");
        assertThat(IndicatorScoring.rule(cap)).isEqualTo("一票否决：出现则最高只能评为三类");
        assertThat(IndicatorScoring.inputText(cap, null)).isEqualTo("未填写");
    }
}
