package org.jiceng.incentive.care;

import java.math.BigDecimal;

/** A case in the year's list: the case, how many supports it received that year and their net amount. */
public record CaseRow(HardshipCase hardship, long supportsInYear, BigDecimal amountInYear) {

    public boolean helped() {
        return supportsInYear > 0;
    }
}
