package org.jiceng.assessment.engine;

/**
 * How an indicator turns its input into points (research.md §4). {@code max} is the indicator's maximum points and
 * {@code unit} its points per item, factor or deduction per occurrence.
 */
public enum ScoringMethod {
    /** Sum of the sub-indicators' points, within [0, max]. */
    GROUP("下级指标合计", false),
    /**
     * The children's points, within [0, the sum of their maxima], scaled to this node's max: a configurable blend,
     * e.g. a year's items out of 100 weighted as 40 points (annual × 40%) beside a monthly mean weighted 60.
     */
    WEIGHTED("下级指标合计折算", false),
    /** A score entered by the assessor, within [0, max]. */
    MANUAL("直接评分", false),
    /** Passed (input 1) earns max, not passed (0) earns nothing. */
    PASS_FAIL("达标计分", false),
    /** min(max, count × unit): e.g. 2 points per training session, at most 10. */
    COUNT("按数量计分", true),
    /** min(max, value × unit), never below 0: e.g. 村经济总收入年增长 min(60, 4 × growth%). */
    VALUE_FACTOR("按数值折算", true),
    /** −min(max, occurrences × unit): e.g. −1 per missed quarter, at most −4 (the floor). */
    DEDUCTION("按次扣分", true),
    /** 一票否决: when it happens (input 1) the grade is capped at a named grade, or no grade is given. */
    VETO("一票否决", false);

    private final String label;
    private final boolean needsUnit;

    ScoringMethod(String label, boolean needsUnit) {
        this.label = label;
        this.needsUnit = needsUnit;
    }

    public String label() {
        return label;
    }

    /** Whether the node adds up its children (plainly or scaled) rather than scoring an input. */
    public boolean isGroup() {
        return this == GROUP || this == WEIGHTED;
    }

    /** Whether the method multiplies its input by the indicator's unit (points per item, factor, deduction). */
    public boolean needsUnit() {
        return needsUnit;
    }

    /** Whether the input is a yes or a no (1 or 0) rather than a number. */
    public boolean yesNo() {
        return this == PASS_FAIL || this == VETO;
    }

    /** The words for 1 and 0 of a yes/no item (达标 / 未达标, 发生 / 未发生). */
    public String yesText() {
        return valueText(java.math.BigDecimal.ONE);
    }

    public String noText() {
        return valueText(java.math.BigDecimal.ZERO);
    }

    /**
     * An entered value as a person reads it: 达标 / 未达标 for a pass-fail item, 发生 / 未发生 for a veto (stored as 1 and 0),
     * the number otherwise; empty when nothing was entered.
     */
    public String valueText(java.math.BigDecimal value) {
        if (value == null) {
            return "";
        }
        if (this == PASS_FAIL) {
            return value.signum() > 0 ? "达标" : "未达标";
        }
        if (this == VETO) {
            return value.signum() > 0 ? "发生" : "未发生";
        }
        return value.stripTrailingZeros().toPlainString();
    }

    /** Whether the assessor enters an input for this method (groups add up their children instead). */
    public boolean takesInput() {
        return !isGroup();
    }
}
