package org.jiceng.assessment.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.shared.RuleViolationException;

/**
 * Scores one subject against a scheme (DOMAIN decision 3). Rules, in order:
 * <ol>
 * <li>Each leaf indicator earns points by its {@link ScoringMethod}, rounded by {@link Points} (2 decimals, half up).
 * A leaf without input earns 0 and is listed as missing; a veto item without input does not apply.</li>
 * <li>A group earns the sum of its children's points, kept within [0, its max]; a weighted group keeps the sum
 * within [0, the children's full marks] and scales it to its max (children out of 100, max 40: 85 → 34). The base
 * total is the sum of the dimensions (top-level base nodes).</li>
 * <li>The bonus is the sum of the bonus items, at most the scheme's bonus cap; deductions are the sum of the
 * top-level deduction items.</li>
 * <li>total = max(0, base + bonus + deductions), so it never exceeds base max + bonus cap nor goes below 0.</li>
 * <li>The grade follows {@link Grading}.</li>
 * </ol>
 * Invalid inputs (a score above its maximum, a fractional count …) are refused with one message per indicator,
 * keyed by the indicator's code; nothing is scored.
 */
public final class ScoringEngine {

    private ScoringEngine() {
    }

    public static ScoreSheet evaluate(Scheme scheme, Map<String, BigDecimal> inputs) {
        check(scheme, inputs);
        List<ScoreLine> lines = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Map<String, BigDecimal> dimensions = new LinkedHashMap<>();
        BigDecimal base = BigDecimal.ZERO;
        BigDecimal bonus = BigDecimal.ZERO;
        BigDecimal deductions = BigDecimal.ZERO;
        List<Indicator> vetoes = new ArrayList<>();
        for (Indicator top : scheme.indicators()) {
            BigDecimal points = score(top, 0, inputs, lines, missing);
            switch (top.section()) {
                case BASE -> {
                    dimensions.put(top.code(), points);
                    base = base.add(points);
                }
                case BONUS -> bonus = bonus.add(points);
                case DEDUCTION -> deductions = deductions.add(points);
                case VETO -> {
                    BigDecimal input = inputs.get(top.code());
                    if (input != null && input.signum() > 0) {
                        vetoes.add(top);
                    }
                }
            }
        }
        BigDecimal cappedBonus = bonus.min(scheme.bonusCap());
        BigDecimal total = base.add(cappedBonus).add(deductions).max(BigDecimal.ZERO).setScale(Points.SCALE);
        Grading.Outcome grade = Grading.grade(scheme, total, inputs, vetoes);
        return new ScoreSheet(lines, dimensions, base.setScale(Points.SCALE), bonus.setScale(Points.SCALE),
                cappedBonus.setScale(Points.SCALE), deductions.setScale(Points.SCALE), total,
                vetoes.stream().map(Indicator::name).toList(), grade.grade(), grade.reason(), missing);
    }

    private static BigDecimal score(Indicator indicator, int depth, Map<String, BigDecimal> inputs,
                                    List<ScoreLine> lines, List<String> missing) {
        int at = lines.size();
        BigDecimal input = inputs.get(indicator.code());
        BigDecimal points;
        if (indicator.method().isGroup()) {
            lines.add(null);
            BigDecimal sum = BigDecimal.ZERO;
            for (Indicator child : indicator.children()) {
                sum = sum.add(score(child, depth + 1, inputs, lines, missing));
            }
            points = indicator.method() == ScoringMethod.WEIGHTED ? IndicatorScoring.weighted(indicator, sum)
                    : Points.clamp(sum, BigDecimal.ZERO, indicator.max()).setScale(Points.SCALE);
            input = null;
        } else if (input == null) {
            missing.add(indicator.code());
            points = BigDecimal.ZERO.setScale(Points.SCALE);
        } else {
            points = IndicatorScoring.points(indicator, input);
        }
        ScoreLine line = new ScoreLine(indicator.code(), indicator.name(), depth, indicator.section(),
                indicator.method(), indicator.max(), input,
                indicator.method().isGroup() ? "" : IndicatorScoring.inputText(indicator, input),
                IndicatorScoring.rule(indicator), points);
        if (indicator.method().isGroup()) {
            lines.set(at, line);
        } else {
            lines.add(line);
        }
        return points;
    }

    private static void check(Scheme scheme, Map<String, BigDecimal> inputs) {
        List<RuleViolationException.FieldError> errors = new ArrayList<>();
        for (Indicator indicator : scheme.allIndicators()) {
            BigDecimal input = inputs.get(indicator.code());
            if (input != null) {
                IndicatorScoring.problem(indicator, input)
                        .ifPresent(p -> errors.add(new RuleViolationException.FieldError(indicator.code(), p)));
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException("有" + errors.size() + "项指标的填报不符合要求", errors);
        }
    }
}
