package org.jiceng.target.summary;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jiceng.review.ReviewStage;

/**
 * One org's summary of a period: its text and/or document, when it was first submitted and whether that was late,
 * the reviewer's points, and where it stands in the review chain (its item, stage, last return reason and the
 * item's version, which every step names).
 */
public record PeriodicSummary(long id, long periodId, long orgId, String orgName, long reviewerOrgId, long itemId,
                              String text, String fileName, String contentType, Long sizeBytes,
                              LocalDate submittedOn, Boolean late, BigDecimal points, String scoredBy, long version,
                              ReviewStage stage, String returnedReason, long itemVersion) {

    /** Settled: 县级审定 is the last step of a summary (no 公示). */
    public boolean approved() {
        return stage != null && stage.approved();
    }

    public String stageLabel() {
        return stage == null ? "未提交" : stage == ReviewStage.APPROVED ? "已审定" : stage.label();
    }

    PeriodicSummary withItem(ReviewStage stage, String returnedReason, long itemVersion) {
        return new PeriodicSummary(id, periodId, orgId, orgName, reviewerOrgId, itemId, text, fileName, contentType,
                sizeBytes, submittedOn, late, points, scoredBy, version, stage, returnedReason, itemVersion);
    }
}
