package org.jiceng.target.letter;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An item of a target letter: its area (TARGET_AREA), what is to be done, its measure with base points, the target
 * quantity and unit (LEDGER_UNIT) of the letter — each village's copy may set its own quantity — the office that
 * checks it, the evidence asked for, its quarterly or monthly milestones in words, and the central task whose ledger
 * entries are its progress.
 */
public record LetterItem(long id, int lineNo, String area, String areaLabel, String content, MeasureKind kind,
                         BigDecimal basePoints, BigDecimal targetQuantity, String unit, String unitLabel,
                         BigDecimal pointsPerUnitOver, BigDecimal bonusCap, LocalDate deadline,
                         BigDecimal pointsPerDayLate, String checkingOffice, String evidence, String milestones,
                         Long taskId, String taskTitle) {

    /** Whether the item measures a quantity (按比例, 超额加分), so each village has a target quantity. */
    public boolean quantified() {
        return kind.quantified();
    }

    /** The item's measure for a village's target quantity. */
    public Measure measure(BigDecimal target) {
        return new Measure(kind, basePoints, target, unitLabel, pointsPerUnitOver, bonusCap, deadline,
                pointsPerDayLate);
    }

    /** How the item is scored, in the words printed on the letter. */
    public String rule() {
        String base = plain(basePoints) + "分";
        return switch (kind) {
            case DONE -> "完成得" + base + "，未完成不得分";
            case PROPORTIONAL -> "完成目标得" + base + "，未完成按比例计分";
            case BONUS_PER_UNIT -> "完成目标得" + base + "，每超1" + unitLabel + "加" + plain(pointsPerUnitOver) + "分"
                    + (bonusCap == null ? "" : "，最多加" + plain(bonusCap) + "分");
            case LATE_DEDUCTION -> "按期完成得" + base + "，每推迟1天扣" + plain(pointsPerDayLate) + "分";
        };
    }

    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
