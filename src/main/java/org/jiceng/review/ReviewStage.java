package org.jiceng.review;

/** Where an item stands in the chain, in order. */
public enum ReviewStage {
    DRAFT("填报中"),
    SUBMITTED("待乡镇审核"),
    REVIEWED("待县级审定"),
    APPROVED("已审定待公示"),
    PUBLICIZING("公示中"),
    FINAL("已确定");

    private final String label;

    ReviewStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the item's content is settled beyond the township (approved, in 公示 or final). */
    public boolean approved() {
        return ordinal() >= APPROVED.ordinal();
    }
}
