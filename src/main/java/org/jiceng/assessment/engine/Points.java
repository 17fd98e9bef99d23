package org.jiceng.assessment.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one rounding rule of the engine: <b>each indicator's points are rounded to 2 decimals, half up
 * (四舍五入到0.01分), as soon as they are computed; every total (group, dimension, base, bonus, deductions, total) is
 * the exact sum of already rounded points, then clamped to its bounds.</b> Totals therefore never need rounding and a
 * score sheet always adds up as printed.
 */
public final class Points {

    public static final int SCALE = 2;

    private Points() {
    }

    public static BigDecimal round(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** The value kept within [low, high]. */
    public static BigDecimal clamp(BigDecimal value, BigDecimal low, BigDecimal high) {
        return value.max(low).min(high);
    }

    /** For messages and rule texts: 60, 4, 0.57 — no trailing zeros. */
    public static String text(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
