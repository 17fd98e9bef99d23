package org.jiceng.incentive.reward;

/** Whom a rule concerns: a village branch (e.g. a “五个好” branch's subsidy) or a person (a cadre or member). */
public enum Subject {
    BRANCH("村党组织"),
    PERSON("个人");

    private final String label;

    Subject(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
