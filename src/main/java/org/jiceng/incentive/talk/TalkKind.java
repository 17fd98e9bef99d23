package org.jiceng.incentive.talk;

/**
 * The two kinds of talk of 党内监督条例 (2016) art. 21 (research §2.14): 提醒谈话 for early-warning (苗头性、倾向性)
 * problems, 诫勉谈话 for minor violations. Only an admonishment flags its subject, for the county's influence period.
 */
public enum TalkKind {
    ADMONITION("诫勉谈话"),
    REMINDER("提醒谈话");

    private final String label;

    TalkKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** 诫勉谈话 writes the person flag 诫勉谈话 for its influence period; 提醒谈话 writes none. */
    public boolean flagsSubject() {
        return this == ADMONITION;
    }
}
