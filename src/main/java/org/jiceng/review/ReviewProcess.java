package org.jiceng.review;

import java.time.LocalDate;

/**
 * One run of the chain (a campaign, a call for nominations): the org that runs it, the deadline of each stage, the
 * length of its 公示 in days and the code of its public notice page.
 */
public record ReviewProcess(long id, String kind, String title, long ownerOrgId, LocalDate submitDue,
                            LocalDate reviewDue, LocalDate approveDue, int publicityDays, String publicCode,
                            long version, boolean ownerDecides) {

    /** The deadline of the stage an item waits in, or null when that stage has none. */
    public LocalDate dueFor(ReviewStage stage) {
        return switch (stage) {
            case DRAFT -> submitDue;
            case SUBMITTED -> reviewDue;
            case REVIEWED -> approveDue;
            default -> null;
        };
    }
}
