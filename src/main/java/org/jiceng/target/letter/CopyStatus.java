package org.jiceng.target.letter;

/** Where a village's copy of a letter stands: issued and awaiting signature, or signed by both parties. */
public enum CopyStatus {
    ISSUED("待签订"),
    SIGNED("已签订");

    private final String label;

    CopyStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
