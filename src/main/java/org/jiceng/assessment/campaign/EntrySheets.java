package org.jiceng.assessment.campaign;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads an {@link EntrySheet} once per request: the entry in the user's scope (404 otherwise), its campaign, the
 * scheme (whose fixed contents come from the cache) and the scores entered.
 */
@Component
@Transactional(readOnly = true)
class EntrySheets {

    private final CampaignLookup lookup;
    private final ScoreRepository scores;

    EntrySheets(CampaignLookup lookup, ScoreRepository scores) {
        this.lookup = lookup;
        this.scores = scores;
    }

    EntrySheet load(long entryId) {
        CampaignEntry entry = lookup.entry(entryId);
        Campaign campaign = lookup.campaignOf(entry);
        return new EntrySheet(entry, campaign, lookup.storedScheme(campaign), scores.scores(entryId));
    }
}
