package org.jiceng.assessment.engine;

import java.math.BigDecimal;

/**
 * One indicator on a score sheet: what was entered, the rule applied in words, and the points it earned.
 *
 * @param depth  0 for a dimension or top-level item, 1 for its indicators, 2 for sub-indicators
 * @param input  the input as entered, or null when none was entered
 * @param points the indicator's points (negative for deductions, 0 for veto items)
 */
public record ScoreLine(String code, String name, int depth, Indicator.Section section, ScoringMethod method,
                        BigDecimal max, BigDecimal input, String inputText, String rule, BigDecimal points) {
}
