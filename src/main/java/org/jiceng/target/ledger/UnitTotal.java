package org.jiceng.target.ledger;

import java.math.BigDecimal;

/** A sum of quantities in one unit (never across units). */
public record UnitTotal(String unit, String unitLabel, BigDecimal quantity) {
}
