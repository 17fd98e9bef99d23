package org.jiceng.assessment;

import java.math.BigDecimal;

/**
 * One indicator as a row of the editor and of the API payload: the tree is the ordered list of rows, each hanging
 * under the row whose code is its {@code parentCode} (blank for a dimension or top-level item).
 */
public record IndicatorRow(String code, String parentCode, String name, ScoringMethod method, BigDecimal max,
                           BigDecimal unit, String vetoGrade, boolean bonus, String note) {

    static IndicatorRow blank(String parentCode) {
        return new IndicatorRow("", parentCode, "", ScoringMethod.MANUAL, null, null, null, false, null);
    }
}
