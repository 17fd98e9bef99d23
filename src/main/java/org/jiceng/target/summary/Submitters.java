package org.jiceng.target.summary;

/** Who owes a period's summary under the org that set it: village branches, townships, or both. */
public enum Submitters {
    VILLAGES("村党组织"),
    TOWNSHIPS("乡镇党委"),
    BOTH("乡镇党委和村党组织");

    private final String label;

    Submitters(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean villages() {
        return this != TOWNSHIPS;
    }

    public boolean townships() {
        return this != VILLAGES;
    }
}
