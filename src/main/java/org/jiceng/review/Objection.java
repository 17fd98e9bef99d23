package org.jiceng.review;

import java.time.LocalDateTime;

/** An objection (异议) lodged during 公示 against one item, and how the county resolved it. */
public record Objection(long id, long itemId, String itemLabel, long orgId, String lodgedBy, String contact,
                        String content, LocalDateTime lodgedAt, Status status, String resolution, String resolvedBy,
                        LocalDateTime resolvedAt, long version) {

    static final String IDENTITY_HIDDEN = "（异议人信息仅审核层级可见）";

    /** The same objection without who lodged it and how to reach them. */
    Objection withoutIdentity() {
        return new Objection(id, itemId, itemLabel, orgId, IDENTITY_HIDDEN, null, content, lodgedAt, status, resolution,
                resolvedBy, resolvedAt, version);
    }

    public enum Status {
        OPEN("待处理"), UPHELD("异议成立"), DISMISSED("不予采纳");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
