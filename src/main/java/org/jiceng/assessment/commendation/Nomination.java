package org.jiceng.assessment.commendation;

import org.jiceng.review.ReviewStage;

/** A member nominated in a call, with 事迹, and where the nomination stands in the review chain. */
public record Nomination(long id, long callId, long personId, String personName, long orgId, String orgName,
                         long townshipId, String townshipName, long itemId, String deeds, ReviewStage stage,
                         String returnedReason, long itemVersion, String createdBy) {

    public String stageLabel() {
        return stage.label();
    }

    /** The first 60 characters of the 事迹, for lists and the public notice. */
    public String shortDeeds() {
        return deeds.length() <= 60 ? deeds : deeds.substring(0, 60) + "…";
    }
}
