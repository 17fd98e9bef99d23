package org.jiceng.assessment.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The explained result of scoring one subject against a scheme: every indicator's line, the points of each dimension,
 * the base total, the bonus (after its cap), the deductions, the total, the veto items that applied and the grade with
 * the reason it was given.
 *
 * @param dimensions     dimension code to points, in scheme order
 * @param bonusUncapped  the bonus items' points before the scheme's bonus cap
 * @param deductions     the sum of the top-level deduction items (zero or negative)
 * @param vetoes         names of the veto items that applied
 * @param grade          the grade given, or null when a veto removed it or no band matched
 * @param gradeReason    why this grade, in Chinese
 * @param missing        codes of indicators that take an input but got none (scored as 0, veto as not applying)
 */
public record ScoreSheet(List<ScoreLine> lines, Map<String, BigDecimal> dimensions, BigDecimal baseTotal,
                         BigDecimal bonusUncapped, BigDecimal bonus, BigDecimal deductions, BigDecimal total,
                         List<String> vetoes, String grade, String gradeReason, List<String> missing) {

    public boolean complete() {
        return missing.isEmpty();
    }
}
