package org.jiceng.incentive.pay.run;

/** What a pay run pays: a month's basic pay (with the township's top-up), or a year's performance pay. */
public enum RunKind {
    MONTHLY("基本报酬"),
    PERFORMANCE("绩效报酬");

    private final String label;

    RunKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
