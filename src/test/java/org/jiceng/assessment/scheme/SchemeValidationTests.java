package org.jiceng.assessment.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.jiceng.assessment.engine.GradeBand;
import org.jiceng.assessment.engine.Indicator;
import org.jiceng.assessment.engine.Scheme;
import org.jiceng.assessment.engine.SchemeFixtures;
import org.jiceng.assessment.engine.ScoringMethod;
import org.junit.jupiter.api.Test;

class SchemeValidationTests {

    static Scheme with(UnaryOperator<List<Indicator>> indicators, UnaryOperator<List<GradeBand>> bands) {
        Scheme s = SchemeFixtures.classification();
        return new Scheme(s.name(), s.year(), s.subject(), s.baseMax(), s.bonusCap(),
                indicators.apply(new ArrayList<>(s.indicators())), bands.apply(new ArrayList<>(s.bands())));
    }

    static List<SchemeError> errors(Scheme scheme) {
        return SchemeValidation.problems(scheme).stream().map(SchemeProblem::error).toList();
    }

    @Test
    void theFixtureSchemeIsValid() {
        assertThat(SchemeValidation.problems(SchemeFixtures.classification())).isEmpty();
    }

    @Test
    void overlappingBandsAreNamedWithTheScoresInBoth() {
        Scheme s = with(i -> i, b -> {
            b.set(2, GradeBand.of("一般", "60", "85"));
            return b;
        });
        List<SchemeProblem> problems = SchemeValidation.problems(s);
        assertThat(problems).extracting(SchemeProblem::error).containsExactly(SchemeError.BAND_OVERLAP);
        assertThat(problems.get(0).field()).isEqualTo("bands[2].max");
        assertThat(problems.get(0).message()).isEqualTo("“一般”与“较好”的分数段重叠：80至85分同属两个等次");
    }

    @Test
    void bandsLeavingAGapAreNamed() {
        Scheme s = with(i -> i, b -> {
            b.set(2, GradeBand.of("一般", "60", "79"));
            return b;
        });
        assertThat(errors(s)).containsExactly(SchemeError.BAND_GAP);
    }

    @Test
    void bandsMustRunFromZeroToTheTotalMaximum() {
        Scheme s = with(i -> i, b -> {
            b.set(0, GradeBand.of("好", "90", "100"));
            b.set(3, GradeBand.of("较差", "10", "60"));
            return b;
        });
        assertThat(errors(s)).containsExactlyInAnyOrder(SchemeError.BANDS_NOT_TO_TOTAL_MAX, SchemeError.BANDS_NOT_FROM_ZERO);
    }

    @Test
    void emptyDuplicateOrMissingBandsAreNamed() {
        assertThat(errors(with(i -> i, b -> List.of()))).containsExactly(SchemeError.NO_BANDS);
        assertThat(errors(with(i -> i, b -> {
            b.set(1, GradeBand.of("好", "80", "90"));
            return b;
        }))).contains(SchemeError.DUPLICATE_BAND_NAME);
        assertThat(errors(with(i -> i, b -> {
            b.set(1, GradeBand.of("较好", "90", "80"));
            return b;
        }))).contains(SchemeError.BAND_EMPTY);
    }

    @Test
    void aConditionMustNameAnIndicatorAndAVetoAGrade() {
        Scheme s = with(i -> {
            i.set(5, Indicator.veto("V2", "班子不团结", "三类"));
            return i;
        }, b -> {
            b.set(0, GradeBand.of("好", "90", "105").withCondition("NOPE", "90"));
            return b;
        });
        assertThat(errors(s)).containsExactlyInAnyOrder(SchemeError.CONDITION_INDICATOR_UNKNOWN,
                SchemeError.VETO_GRADE_UNKNOWN);
    }

    @Test
    void dimensionsMustAddUpToTheBaseMaximum() {
        Scheme s = SchemeFixtures.classification();
        Scheme wrong = new Scheme(s.name(), s.year(), s.subject(), new BigDecimal("90"), BigDecimal.ZERO,
                s.indicators().stream().filter(i -> !i.bonus()).toList(),
                List.of(GradeBand.of("合格", "60", "90"), GradeBand.of("一般", "0", "60")));
        List<SchemeProblem> problems = SchemeValidation.problems(wrong);
        assertThat(problems).extracting(SchemeProblem::error).containsExactly(SchemeError.DIMENSIONS_NOT_BASE_MAX);
        assertThat(problems.get(0).message()).isEqualTo("各维度满分合计100分，与基本分满分90分不一致");
    }

    @Test
    void childrenMustAddUpToTheirGroupDeductionsAside() {
        Scheme s = with(i -> {
            i.set(0, Indicator.group("D1", "带头人", "40",
                    Indicator.leaf("D1.1", "书记能力", ScoringMethod.MANUAL, "25", null),
                    Indicator.leaf("D1.2", "两委健全", ScoringMethod.PASS_FAIL, "10", null)));
            return i;
        }, b -> b);
        List<SchemeProblem> problems = SchemeValidation.problems(s);
        assertThat(problems).extracting(SchemeProblem::error).containsExactly(SchemeError.CHILDREN_NOT_PARENT_MAX);
        assertThat(problems.get(0).field()).isEqualTo("indicators[D1].max");
    }

    @Test
    void negativeMaximaCapsAndMissingUnitsAreNamed() {
        Scheme s = with(i -> {
            i.set(2, Indicator.bonusItem("B1", "市级表彰", ScoringMethod.COUNT, "-1", null));
            i.set(3, Indicator.leaf("X1", "党费收缴不规范", ScoringMethod.DEDUCTION, "10", null));
            return i;
        }, b -> b);
        assertThat(errors(s)).containsExactlyInAnyOrder(SchemeError.NEGATIVE_MAX, SchemeError.MISSING_UNIT);
        Scheme f = SchemeFixtures.classification();
        Scheme negativeCap = new Scheme(f.name(), f.year(), f.subject(), f.baseMax(), new BigDecimal("-5"),
                f.indicators(), f.bands());
        assertThat(errors(negativeCap)).contains(SchemeError.NEGATIVE_BONUS_CAP);
        Scheme negativeBase = new Scheme(f.name(), f.year(), f.subject(), new BigDecimal("-1"), f.bonusCap(),
                f.indicators(), f.bands());
        assertThat(errors(negativeBase)).containsExactly(SchemeError.NEGATIVE_BASE_MAX);
    }

    @Test
    void duplicateAndBlankCodesAndNamesAreNamed() {
        Scheme s = with(i -> {
            i.add(Indicator.veto("V1", "重复编号", null));
            i.add(Indicator.veto(" ", "无编号", null));
            return i;
        }, b -> b);
        assertThat(errors(s)).containsExactlyInAnyOrder(SchemeError.DUPLICATE_CODE, SchemeError.BLANK_CODE);
        Scheme f = SchemeFixtures.classification();
        assertThat(errors(new Scheme(" ", 2010, f.subject(), f.baseMax(), f.bonusCap(), f.indicators(), f.bands())))
                .containsExactly(SchemeError.BLANK_NAME);
    }

    @Test
    void treeShapeRulesAreNamed() {
        Indicator nestedBonus = new Indicator("D2.3", "嵌套加分", ScoringMethod.PASS_FAIL, BigDecimal.ZERO, null, null,
                true, null, List.of());
        Indicator nestedVeto = Indicator.veto("D2.4", "嵌套否决", null);
        Scheme s = with(i -> {
            i.set(1, Indicator.group("D2", "工作业绩", "60",
                    Indicator.leaf("D2.1", "收入增长", ScoringMethod.VALUE_FACTOR, "40", "4"),
                    Indicator.leaf("D2.2", "群众满意度", ScoringMethod.VALUE_FACTOR, "20", "0.2"), nestedBonus, nestedVeto));
            i.add(new Indicator("E", "空组", ScoringMethod.GROUP, BigDecimal.ZERO, null, null, false, null, List.of()));
            i.add(new Indicator("F", "叶子有下级", ScoringMethod.MANUAL, BigDecimal.ZERO, null, null, false, null,
                    List.of(Indicator.leaf("F.1", "下级", ScoringMethod.MANUAL, "0", null))));
            return i;
        }, b -> b);
        assertThat(errors(s)).containsExactlyInAnyOrder(SchemeError.BONUS_NOT_TOP_LEVEL, SchemeError.VETO_NOT_TOP_LEVEL,
                SchemeError.GROUP_WITHOUT_CHILDREN, SchemeError.CHILDREN_ON_LEAF);
    }

    @Test
    void bonusItemsNeedABonusCap() {
        Scheme f = SchemeFixtures.classification();
        Scheme s = new Scheme(f.name(), f.year(), f.subject(), f.baseMax(), BigDecimal.ZERO, f.indicators(),
                List.of(GradeBand.of("好", "90", "100"), GradeBand.of("一般", "0", "90")));
        assertThat(errors(s)).containsExactly(SchemeError.BONUS_WITHOUT_CAP);
    }
}
