package org.jiceng.assessment.engine;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The scoring rule of one leaf indicator (research.md §4): points from an input, rounded by {@link Points}, and the
 * rule in words for the score sheet. Inputs are checked first: a score outside [0, max], a count that is not a
 * non-negative whole number, or a yes/no that is not 0 or 1 is refused with a message.
 */
public final class IndicatorScoring {

    private IndicatorScoring() {
    }

    /** Why the input cannot be scored by this indicator, or empty when it can. */
    static Optional<String> problem(Indicator indicator, BigDecimal input) {
        return switch (indicator.method()) {
            case GROUP, WEIGHTED, VALUE_FACTOR -> Optional.empty();
            case MANUAL -> input.signum() < 0 || input.compareTo(indicator.max()) > 0
                    ? Optional.of(indicator.name() + "的得分应在0到" + Points.text(indicator.max()) + "分之间")
                    : Optional.empty();
            case PASS_FAIL, VETO -> input.compareTo(BigDecimal.ZERO) == 0 || input.compareTo(BigDecimal.ONE) == 0
                    ? Optional.empty() : Optional.of(indicator.name() + "只能填“是”或“否”");
            case COUNT, DEDUCTION -> input.signum() < 0 || input.stripTrailingZeros().scale() > 0
                    ? Optional.of(indicator.name() + "应填不小于0的整数（次数或个数）") : Optional.empty();
        };
    }

    /** The points a valid input earns. Veto items earn no points; their effect is on the grade. */
    static BigDecimal points(Indicator indicator, BigDecimal input) {
        BigDecimal max = indicator.max();
        return switch (indicator.method()) {
            case MANUAL -> Points.round(input);
            case PASS_FAIL -> input.signum() > 0 ? Points.round(max) : Points.round(BigDecimal.ZERO);
            case COUNT -> Points.round(input.multiply(indicator.unit()).min(max));
            case VALUE_FACTOR -> Points.round(Points.clamp(input.multiply(indicator.unit()), BigDecimal.ZERO, max));
            case DEDUCTION -> Points.round(input.multiply(indicator.unit()).min(max).negate());
            case VETO -> Points.round(BigDecimal.ZERO);
            case GROUP, WEIGHTED -> throw new IllegalArgumentException("a group adds up its children");
        };
    }

    /** The children's full marks: the sum of their maxima (deduction items aside). */
    public static BigDecimal fullMarks(Indicator group) {
        return group.children().stream().filter(c -> c.method() != ScoringMethod.DEDUCTION && c.max() != null)
                .map(Indicator::max).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A weighted group's share of its children's full marks, as a percentage (40 for 100 scaled to 40). */
    static BigDecimal weight(Indicator group) {
        BigDecimal full = fullMarks(group);
        return full.signum() == 0 ? BigDecimal.ZERO
                : group.max().multiply(BigDecimal.valueOf(100)).divide(full, 2, java.math.RoundingMode.HALF_UP);
    }

    /** A weighted group's points: its children's sum within [0, full marks], times max ÷ full marks. */
    static BigDecimal weighted(Indicator group, BigDecimal childrenSum) {
        BigDecimal full = fullMarks(group);
        if (full.signum() == 0) {
            return Points.round(BigDecimal.ZERO);
        }
        BigDecimal kept = Points.clamp(childrenSum, BigDecimal.ZERO, full);
        return Points.round(kept.multiply(group.max()).divide(full, 6, java.math.RoundingMode.HALF_UP));
    }

    /** The rule in words, as printed on the score sheet. */
    public static String rule(Indicator indicator) {
        String max = Points.text(indicator.max());
        String unit = Points.text(indicator.unit());
        return switch (indicator.method()) {
            case GROUP -> "下级指标得分之和，最高" + max + "分";
            case WEIGHTED -> "下级指标得分之和（满分" + Points.text(fullMarks(indicator)) + "分）折算为" + max + "分，即×"
                    + Points.text(weight(indicator)) + "%";
            case MANUAL -> "直接评分，0至" + max + "分";
            case PASS_FAIL -> "达标得" + max + "分，不达标不得分";
            case COUNT -> "每项" + unit + "分，最高" + max + "分";
            case VALUE_FACTOR -> "得分＝" + unit + "×数值，最高" + max + "分，最低0分";
            case DEDUCTION -> "每次扣" + unit + "分，最多扣" + max + "分";
            case VETO -> indicator.vetoGrade() == null || indicator.vetoGrade().isBlank()
                    ? "一票否决：出现即取消评定等次" : "一票否决：出现则最高只能评为" + indicator.vetoGrade();
        };
    }

    /** The input in words: 是/否 for yes-no methods, the number otherwise. */
    static String inputText(Indicator indicator, BigDecimal input) {
        if (input == null) {
            return "未填写";
        }
        return switch (indicator.method()) {
            case PASS_FAIL -> input.signum() > 0 ? "达标" : "未达标";
            case VETO -> input.signum() > 0 ? "是（触发）" : "否";
            case COUNT -> Points.text(input) + "项";
            case DEDUCTION -> Points.text(input) + "次";
            default -> Points.text(input);
        };
    }
}
