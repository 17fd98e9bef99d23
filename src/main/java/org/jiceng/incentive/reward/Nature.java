package org.jiceng.incentive.reward;

/** Whether a rule (and a record made under it) rewards or penalizes. */
public enum Nature {
    REWARD("奖励"),
    PENALTY("惩处");

    private final String label;

    Nature(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
