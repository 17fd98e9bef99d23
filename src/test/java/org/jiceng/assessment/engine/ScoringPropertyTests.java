package org.jiceng.assessment.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.jiceng.assessment.scheme.SchemeValidation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the engine over randomly shaped schemes and inputs: 500 cases from fixed seeds, so a failure names
 * its seed and reproduces exactly (rerun {@code generate(new Random(seed))}).
 */
class ScoringPropertyTests {

    private static final int CASES = 500;

    record Case(long seed, Scheme scheme, Map<String, BigDecimal> inputs) {
        @Override
        public String toString() {
            return "seed " + seed;
        }
    }

    static Stream<Case> cases() {
        return LongStream.range(0, CASES).mapToObj(seed -> generate(seed, new Random(seed)));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void totalNeverExceedsBaseMaxPlusBonusCapNorGoesBelowZero(Case c) {
        ScoreSheet sheet = ScoringEngine.evaluate(c.scheme(), c.inputs());
        assertThat(sheet.total()).isBetween(BigDecimal.ZERO, c.scheme().totalMax());
        assertThat(sheet.baseTotal()).isBetween(BigDecimal.ZERO, c.scheme().baseMax());
        assertThat(sheet.bonus()).isLessThanOrEqualTo(c.scheme().bonusCap());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void generatedSchemesAreValid(Case c) {
        assertThat(SchemeValidation.problems(c.scheme())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void gradeIsMonotonicInTheTotalWithoutConditionsOrVeto(Case c) {
        Random random = new Random(~c.seed());
        Scheme scheme = c.scheme();
        BigDecimal max = scheme.totalMax();
        BigDecimal a = max.multiply(BigDecimal.valueOf(random.nextDouble())).setScale(2, java.math.RoundingMode.DOWN);
        BigDecimal b = max.multiply(BigDecimal.valueOf(random.nextDouble())).setScale(2, java.math.RoundingMode.DOWN);
        BigDecimal low = a.min(b);
        BigDecimal high = a.max(b);
        int lowBand = scheme.bandIndex(Grading.grade(scheme, low, Map.of(), List.of()).grade());
        int highBand = scheme.bandIndex(Grading.grade(scheme, high, Map.of(), List.of()).grade());
        assertThat(lowBand).as("a higher total never gets a worse grade").isGreaterThanOrEqualTo(highBand);
        assertThat(highBand).isNotNegative();
    }

    static Case generate(long seed, Random random) {
        List<Indicator> top = new ArrayList<>();
        Map<String, BigDecimal> inputs = new HashMap<>();
        BigDecimal base = BigDecimal.ZERO;
        int dimensions = 1 + random.nextInt(4);
        for (int d = 0; d < dimensions; d++) {
            List<Indicator> leaves = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
                // The first indicator of each dimension scores points, so no scheme has a maximum of 0.
                Indicator leaf = i == 0
                        ? Indicator.leaf("D" + d + ".0", "直接评分", ScoringMethod.MANUAL, String.valueOf(1 + random.nextInt(40)), null)
                        : leaf(random, "D" + d + "." + i, false);
                leaves.add(leaf);
                if (leaf.method() != ScoringMethod.DEDUCTION) {
                    sum = sum.add(leaf.max());
                }
                input(random, leaf, inputs);
            }
            top.add(new Indicator("D" + d, "维度" + d, ScoringMethod.GROUP, sum, null, null, false, null, leaves));
            base = base.add(sum);
        }
        BigDecimal bonusCap = BigDecimal.valueOf(random.nextInt(3) * 5L);
        for (int i = 0, n = bonusCap.signum() > 0 ? random.nextInt(3) : 0; i < n; i++) {
            Indicator bonus = leaf(random, "B" + i, true);
            top.add(bonus);
            input(random, bonus, inputs);
        }
        for (int i = 0, n = random.nextInt(3); i < n; i++) {
            Indicator deduction = new Indicator("X" + i, "扣分" + i, ScoringMethod.DEDUCTION, points(random),
                    BigDecimal.valueOf(1 + random.nextInt(5)), null, false, null, List.of());
            top.add(deduction);
            input(random, deduction, inputs);
        }
        return new Case(seed, new Scheme("随机方案", 2010, SubjectKind.VILLAGE_BRANCH, base, bonusCap, top,
                bands(random, base.add(bonusCap))), inputs);
    }

    static Indicator leaf(Random random, String code, boolean bonus) {
        ScoringMethod[] methods = bonus
                ? new ScoringMethod[] {ScoringMethod.MANUAL, ScoringMethod.PASS_FAIL, ScoringMethod.COUNT, ScoringMethod.VALUE_FACTOR}
                : new ScoringMethod[] {ScoringMethod.MANUAL, ScoringMethod.PASS_FAIL, ScoringMethod.COUNT,
                        ScoringMethod.VALUE_FACTOR, ScoringMethod.DEDUCTION};
        ScoringMethod method = methods[random.nextInt(methods.length)];
        BigDecimal unit = method.needsUnit() ? BigDecimal.valueOf(1 + random.nextInt(100), 1) : null;
        return new Indicator(code, "指标" + code, method, points(random), unit, null, bonus, null, List.of());
    }

    static BigDecimal points(Random random) {
        return BigDecimal.valueOf(random.nextInt(500), 1);
    }

    static void input(Random random, Indicator indicator, Map<String, BigDecimal> inputs) {
        if (random.nextInt(10) == 0) {
            return;
        }
        BigDecimal value = switch (indicator.method()) {
            case MANUAL -> indicator.max().multiply(BigDecimal.valueOf(random.nextInt(1001), 3));
            case PASS_FAIL, VETO -> BigDecimal.valueOf(random.nextInt(2));
            case COUNT, DEDUCTION -> BigDecimal.valueOf(random.nextInt(20));
            case VALUE_FACTOR -> BigDecimal.valueOf(random.nextInt(20001) - 5000, 2);
            case GROUP, WEIGHTED -> null;
        };
        inputs.put(indicator.code(), value);
    }

    /** 1 to 5 contiguous bands, best first, from the total maximum down to 0. */
    static List<GradeBand> bands(Random random, BigDecimal totalMax) {
        int count = 1 + random.nextInt(5);
        List<BigDecimal> cuts = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            cuts.add(totalMax.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(count), 2,
                    java.math.RoundingMode.DOWN));
        }
        List<GradeBand> bands = new ArrayList<>();
        BigDecimal upper = totalMax;
        for (int i = count - 1; i >= 0; i--) {
            BigDecimal lower = i == 0 ? BigDecimal.ZERO : cuts.get(i - 1);
            if (lower.compareTo(upper) >= 0) {
                continue;
            }
            bands.add(new GradeBand("等次" + (count - i), lower, upper, null, null));
            upper = lower;
        }
        return bands;
    }
}
