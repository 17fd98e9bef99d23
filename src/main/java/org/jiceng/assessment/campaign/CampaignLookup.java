package org.jiceng.assessment.campaign;

import java.util.Optional;

import org.jiceng.assessment.engine.Scheme;
import org.jiceng.assessment.scheme.SchemeAccess;
import org.jiceng.assessment.scheme.SchemeRepository;
import org.jiceng.assessment.scheme.StoredScheme;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.ScopeKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A campaign or an entry as the signed-in user may see it: a campaign that judges the user's org or runs inside the
 * user's subtree, an entry inside the subtree; anything else is not found (404). Who may run a campaign: its county.
 */
@Component
@Transactional(readOnly = true)
class CampaignLookup {

    private final CampaignRepository repository;
    private final SchemeRepository schemes;
    private final SchemeAccess access;
    private final DataScope scope;

    CampaignLookup(CampaignRepository repository, SchemeRepository schemes, SchemeAccess access, DataScope scope) {
        this.repository = repository;
        this.schemes = schemes;
        this.access = access;
        this.scope = scope;
    }

    Campaign campaign(long campaignId) {
        return repository.find(campaignId)
                .filter(c -> access.canRead(c.ownerOrgId()) || covers(c.ownerOrgId()))
                .orElseThrow(() -> NotFoundException.of("考核评定", campaignId));
    }

    CampaignEntry entry(long entryId) {
        return repository.entry(entryId).filter(e -> covers(e.orgId()))
                .orElseThrow(() -> NotFoundException.of("评定对象", entryId));
    }

    /** The campaign of an entry already read in scope (its county may be above the user). */
    Campaign campaignOf(CampaignEntry entry) {
        return repository.find(entry.campaignId()).orElseThrow();
    }

    boolean canRun(Campaign campaign) {
        return canWrite(campaign.ownerOrgId());
    }

    /** Whether the user may run campaigns of an org: a county officer of it. */
    boolean canWrite(long orgId) {
        return access.canWrite(orgId);
    }

    /** A stored scheme by id, whoever owns it (the caller checks the owner). */
    Optional<StoredScheme> storedSchemeOf(long schemeId) {
        return schemes.find(schemeId);
    }

    Scheme scheme(Campaign campaign) {
        return schemes.find(campaign.schemeId()).orElseThrow().scheme();
    }

    StoredScheme storedScheme(Campaign campaign) {
        return schemes.find(campaign.schemeId()).orElseThrow();
    }

    private boolean covers(long orgId) {
        return scope.covers(new ObjectOwner(ScopeKind.REGISTER, orgId, null));
    }
}
