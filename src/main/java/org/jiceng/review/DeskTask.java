package org.jiceng.review;

import java.time.LocalDate;
import java.util.List;

/**
 * Items of one process waiting at an org's desk in one stage: a village's drafts and returns, a township's
 * submissions to review, a county's items to approve, finalize or whose objections to resolve.
 *
 * @param kind      what waits: {@link Kind}
 * @param itemIds   the items (a workflow turns them into links to its own subjects)
 * @param due       the stage's deadline, or null
 * @param returned  how many of the items came back with a reason
 */
public record DeskTask(long processId, String processKind, String title, Kind kind, List<Long> itemIds,
                       LocalDate due, int returned) {

    /** What the desk has to do. */
    public enum Kind {
        /** Fill in and submit (the village). */
        FILL,
        /** Drafts of the villages below that are past the submission deadline (the township chases them). */
        CHASE,
        /** Review what was submitted (the township). */
        REVIEW,
        /** Approve what the townships passed, or publish the 公示 (the county). */
        APPROVE,
        /** Resolve objections lodged during the 公示 (the county). */
        OBJECTIONS,
        /** The 公示 has ended without open objections: make the results final (the county). */
        FINALIZE
    }

    public int count() {
        return itemIds.size();
    }
}
