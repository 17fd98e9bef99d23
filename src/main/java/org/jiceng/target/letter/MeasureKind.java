package org.jiceng.target.letter;

/** How a target letter item is measured (research §2.10: 完成 / 按比例 / 每超一个加x / 每推迟一天扣y). */
public enum MeasureKind {
    /** 完成/未完成: the base points when done, nothing otherwise. */
    DONE("完成得分"),
    /** 按比例: base points × done ÷ target quantity, at most the base. */
    PROPORTIONAL("按比例计分"),
    /** 每超一个单位加 x 分: proportional up to the target, then x points per whole unit over it, up to the bonus cap. */
    BONUS_PER_UNIT("超额加分"),
    /** 每推迟一天扣 y 分: the base when done by the deadline, y points off per day late, never below zero. */
    LATE_DEDUCTION("逾期扣分");

    private final String label;

    MeasureKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the measure counts a quantity against a target (按比例, 超额加分). */
    public boolean quantified() {
        return this == PROPORTIONAL || this == BONUS_PER_UNIT;
    }
}
