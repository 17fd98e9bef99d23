package org.jiceng.assessment;

import java.time.LocalDateTime;

/**
 * A scheme as stored: owned by the org that wrote it (a county), one edition of its family for a year, with its
 * status and the optimistic-lock {@code version}. {@code example} marks weights taken from an example template.
 */
public record StoredScheme(long id, long ownerOrgId, String ownerName, String family, int edition,
                           SchemeStatus status, boolean example, String note, Long copiedFromId,
                           LocalDateTime publishedAt, long version, Scheme scheme) {

    /** e.g. 升级晋档考核方案（2010年 第2版） */
    public String label() {
        return scheme.name() + "（" + scheme.year() + "年 第" + edition + "版）";
    }

    public boolean isDraft() {
        return status == SchemeStatus.DRAFT;
    }
}
