package org.jiceng.organization;

/** 政治面貌 as the register keeps it: full member, probationary member, or a villager who is not a member. */
public enum PoliticalStatus {
    FULL("正式党员"),
    PROBATIONARY("预备党员"),
    NONE("群众");

    private final String label;

    PoliticalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isMember() {
        return this != NONE;
    }

    /** Accepts the code or the Chinese label (spreadsheets carry labels). */
    public static PoliticalStatus parse(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim();
        for (PoliticalStatus status : values()) {
            if (status.name().equalsIgnoreCase(v) || status.label.equals(v)) {
                return status;
            }
        }
        return null;
    }
}
