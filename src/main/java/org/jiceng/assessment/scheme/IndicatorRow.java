package org.jiceng.assessment.scheme;

import java.math.BigDecimal;

import org.jiceng.assessment.engine.ScoringMethod;

/**
 * One indicator as a row of the editor and of the API payload: the tree is the ordered list of rows, each hanging
 * under the row whose code is its {@code parentCode} (blank for a dimension or top-level item). {@code metric} is the
 * code of the metric the indicator takes its input from (取自), or blank when the input is entered by hand.
 */
public record IndicatorRow(String code, String parentCode, String name, ScoringMethod method, BigDecimal max,
                           BigDecimal unit, String vetoGrade, boolean bonus, String note, String metric) {

    public IndicatorRow(String code, String parentCode, String name, ScoringMethod method, BigDecimal max,
                        BigDecimal unit, String vetoGrade, boolean bonus, String note) {
        this(code, parentCode, name, method, max, unit, vetoGrade, bonus, note, null);
    }

    static IndicatorRow blank(String parentCode) {
        return new IndicatorRow("", parentCode, "", ScoringMethod.MANUAL, null, null, null, false, null);
    }

    public IndicatorRow withMetric(String metricCode) {
        return new IndicatorRow(code, parentCode, name, method, max, unit, vetoGrade, bonus, note, metricCode);
    }
}
