package org.jiceng.target.letter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The scoring rule of a target letter item: its base points and how they are earned ({@link MeasureKind}), with the
 * target quantity and unit (按比例, 超额加分), the points per unit over target and their cap (超额加分), the deadline
 * and points per day late (逾期扣分). Points are rounded to two decimals half up, like every indicator of the
 * assessment engine; a score explains itself in words a township officer reads.
 */
public record Measure(MeasureKind kind, BigDecimal basePoints, BigDecimal targetQuantity, String unit,
                      BigDecimal pointsPerUnitOver, BigDecimal bonusCap, LocalDate deadline,
                      BigDecimal pointsPerDayLate) {

    /** What a village achieved: whether the item is done, when, and the quantity done in the item's unit. */
    public record Achievement(boolean done, LocalDate doneOn, BigDecimal quantity) {
    }

    /** Points earned and how. */
    public record Score(BigDecimal points, String explanation) {
    }

    public Score score(Achievement a) {
        return switch (kind) {
            case DONE -> a.done() ? new Score(round(basePoints), "已完成，得基本分" + plain(basePoints))
                    : new Score(round(BigDecimal.ZERO), "未完成，不得分");
            case PROPORTIONAL -> proportional(quantity(a));
            case BONUS_PER_UNIT -> bonus(quantity(a));
            case LATE_DEDUCTION -> late(a);
        };
    }

    private Score proportional(BigDecimal done) {
        if (done.compareTo(targetQuantity) >= 0) {
            return new Score(round(basePoints), "完成" + plain(done) + unit + "，达到目标" + plain(targetQuantity) + unit
                    + "，得基本分" + plain(basePoints));
        }
        BigDecimal points = basePoints.multiply(done).divide(targetQuantity, 2, RoundingMode.HALF_UP);
        return new Score(points, "完成" + plain(done) + unit + "，为目标" + plain(targetQuantity) + unit + "的"
                + done.multiply(BigDecimal.valueOf(100)).divide(targetQuantity, 1, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString() + "%，按比例得" + plain(points) + "分");
    }

    private Score bonus(BigDecimal done) {
        BigDecimal over = done.subtract(targetQuantity).setScale(0, RoundingMode.DOWN);
        if (over.signum() <= 0) {
            return proportional(done);
        }
        BigDecimal extra = pointsPerUnitOver.multiply(over);
        boolean capped = bonusCap != null && extra.compareTo(bonusCap) > 0;
        if (capped) {
            extra = bonusCap;
        }
        return new Score(round(basePoints.add(extra)), "完成" + plain(done) + unit + "，超出目标" + plain(over) + unit
                + "，基本分" + plain(basePoints) + "加" + plain(extra) + "分" + (capped ? "（已达加分上限）" : ""));
    }

    private Score late(Achievement a) {
        if (!a.done() || a.doneOn() == null) {
            return new Score(round(BigDecimal.ZERO), "未完成，不得分");
        }
        long days = deadline == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(deadline, a.doneOn()));
        if (days == 0) {
            return new Score(round(basePoints), "按期完成，得基本分" + plain(basePoints));
        }
        BigDecimal points = basePoints.subtract(pointsPerDayLate.multiply(BigDecimal.valueOf(days))).max(BigDecimal.ZERO);
        return new Score(round(points), "逾期" + days + "天完成，每天扣" + plain(pointsPerDayLate) + "分，得" + plain(points)
                + "分");
    }

    private static BigDecimal quantity(Achievement a) {
        return a.quantity() == null ? BigDecimal.ZERO : a.quantity();
    }

    private static BigDecimal round(BigDecimal points) {
        return points.setScale(2, RoundingMode.HALF_UP);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
