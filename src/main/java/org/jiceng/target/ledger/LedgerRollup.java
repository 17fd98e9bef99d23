package org.jiceng.target.ledger;

import java.math.BigDecimal;
import java.util.List;

/**
 * The ledger of an org summed by unit: all of it ({@code totals}), its own entries and each org directly below
 * ({@code rows}: a township's villages, a county's townships), and each central task against its targets.
 */
public record LedgerRollup(long orgId, String orgName, int year, long entries, List<UnitTotal> totals,
                           List<Row> rows, List<TaskProgress> tasks) {

    /**
     * One org's share of the rollup; {@code own} marks the entries of the org itself (镇/乡直), {@code demonstration}
     * the kinds of demonstration village (示范村) it is that year.
     */
    public record Row(long orgId, String orgName, boolean own, long entries, List<UnitTotal> totals,
                      List<String> demonstration) {

        /** The sum in a unit, zero when none (for the table's cells). */
        public BigDecimal in(String unit) {
            return totals.stream().filter(t -> t.unit().equals(unit)).map(UnitTotal::quantity).findFirst()
                    .orElse(null);
        }
    }

    /** A task's target and done amount per unit (done includes the villages' shares). */
    public record TaskProgress(long taskId, String orgName, String title, boolean share, List<Progress> units) {
    }

    /** {@code percent}: of the target done, to a whole percent (rounded down), null without a target. */
    public record Progress(String unit, String unitLabel, BigDecimal target, BigDecimal done, Integer percent) {

        static Progress of(String unit, String unitLabel, BigDecimal target, BigDecimal done) {
            Integer percent = target == null || target.signum() == 0 ? null
                    : done.multiply(BigDecimal.valueOf(100)).divide(target, 0, java.math.RoundingMode.DOWN).intValue();
            return new Progress(unit, unitLabel, target, done, percent);
        }
    }
}
