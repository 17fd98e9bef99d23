package org.jiceng.training.meeting;

/** Where a meeting record stands in the township's review: waiting, approved, or returned to the branch to correct. */
public enum MeetingStatus {
    SUBMITTED("待审核"),
    APPROVED("已审核"),
    RETURNED("已退回");

    private final String label;

    MeetingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
