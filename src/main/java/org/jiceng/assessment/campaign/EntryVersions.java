package org.jiceng.assessment.campaign;

import org.jiceng.review.ItemMoved;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An entry's version moves with its review item: every step of the chain (one entry, a township's batch, an
 * objection upheld during 公示) bumps the entry's version in the transaction of the move, so a form opened before the
 * step is refused as stale. Pages and the API carry only the entry's version.
 */
@Component
class EntryVersions {

    private final CampaignRepository repository;

    EntryVersions(CampaignRepository repository) {
        this.repository = repository;
    }

    @EventListener
    void on(ItemMoved moved) {
        if (CampaignService.KIND.equals(moved.kind())) {
            repository.bumpByItem(moved.itemId());
        }
    }
}
