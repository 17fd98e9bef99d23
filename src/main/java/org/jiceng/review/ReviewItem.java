package org.jiceng.review;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One subject in a process (a village branch's assessment, a nominee): the org it belongs to, the org that reviews it
 * (its township), its stage, the reason it was last returned, its 公示 period and the number of open objections.
 */
public record ReviewItem(long id, long processId, long orgId, long reviewerOrgId, String label, ReviewStage stage,
                         String returnedReason, LocalDate publicityFrom, LocalDate publicityUntil,
                         LocalDateTime stageSince, long version, int openObjections) {

    public boolean editableBySubmitter() {
        return stage == ReviewStage.DRAFT;
    }

    public boolean editableByReviewer() {
        return stage == ReviewStage.SUBMITTED;
    }
}
