package org.jiceng.incentive.talk;

/** Where a talk record stands: held and waiting for its follow-up check, checked, or withdrawn as recorded by mistake. */
public enum TalkStatus {
    RECORDED("待回访"),
    CHECKED("已回访"),
    WITHDRAWN("已撤销");

    private final String label;

    TalkStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
