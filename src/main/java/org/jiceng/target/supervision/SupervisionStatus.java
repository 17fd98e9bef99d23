package org.jiceng.target.supervision;

/** Where a supervision item stands (research §3.8: 立项 → 交办 → 反馈 → 审结 → 办结/销号, or 撤销). */
public enum SupervisionStatus {
    REGISTERED("已立项"),
    ASSIGNED("已交办"),
    REPORTED("已反馈待审"),
    RETURNED("已退回重办"),
    CLOSED("已办结"),
    STRUCK("已撤销");

    private final String label;

    SupervisionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the item is finished (closed or struck off): nothing more happens to it and it is never overdue. */
    public boolean finished() {
        return this == CLOSED || this == STRUCK;
    }
}
