package org.jiceng.target.letter;

/** Where a target letter stands: drafted by the township (its items may change) or issued to the villages. */
public enum LetterStatus {
    DRAFT("草拟中"),
    ISSUED("已下达");

    private final String label;

    LetterStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
