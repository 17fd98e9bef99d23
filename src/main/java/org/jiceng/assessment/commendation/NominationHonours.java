package org.jiceng.assessment.commendation;

import org.jiceng.organization.PersonRecords;
import org.jiceng.review.ItemMoved;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A nomination that becomes final (确定) adds the honour to the member's record: it follows the review chain's
 * {@link ItemMoved}, in the transaction of the move, whichever page, API call or batch made it final.
 */
@Component
class NominationHonours {

    private final CommendationRepository repository;
    private final CommendationService calls;
    private final PersonRecords records;

    NominationHonours(CommendationRepository repository, CommendationService calls, PersonRecords records) {
        this.repository = repository;
        this.calls = calls;
        this.records = records;
    }

    @EventListener
    void on(ItemMoved moved) {
        if (!moved.finalOf(CommendationService.KIND)) {
            return;
        }
        Nomination n = repository.nominationByItem(moved.itemId()).orElseThrow();
        CommendationCall call = calls.call(n.callId());
        records.addHonour(n.personId(), call.title(), call.year(), call.ownerOrgId(), call.id());
    }
}
