package org.jiceng.assessment.scheme;

/**
 * A scheme is written as a 草稿, then published; a published scheme never changes (campaigns score against it), a
 * change is made in a new version. A retired scheme is kept for history.
 */
public enum SchemeStatus {
    DRAFT("草稿"),
    PUBLISHED("已发布"),
    RETIRED("已停用");

    private final String label;

    SchemeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
