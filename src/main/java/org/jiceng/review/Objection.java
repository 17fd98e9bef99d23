package org.jiceng.review;

import java.time.LocalDateTime;

/** An objection (异议) lodged during 公示 against one item, and how the county resolved it. */
public record Objection(long id, long itemId, String itemLabel, long orgId, String lodgedBy, String contact,
                        String content, LocalDateTime lodgedAt, Status status, String resolution, String resolvedBy,
                        LocalDateTime resolvedAt, long version) {

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
