package org.jiceng.assessment.campaign;

import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

import org.jiceng.organization.OrgTree;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.ScopedObjectResolver;
import org.springframework.stereotype.Component;

/**
 * Resolves {@code campaignId}, {@code entryId} and {@code evidenceId} for the data-scope guard. A campaign is read
 * down the tree like its scheme (a county's campaign judges its townships and villages: for a user under the owner it
 * is placed at the user's org); an entry and its evidence belong to the entry's village.
 */
@Component
class CampaignScopes implements ScopedObjectResolver {

    private final CampaignRepository campaigns;
    private final DataScope scope;
    private final OrgTree tree;

    private final EvidenceRepository evidence;

    CampaignScopes(CampaignRepository campaigns, EvidenceRepository evidence, DataScope scope, OrgTree tree) {
        this.campaigns = campaigns;
        this.evidence = evidence;
        this.scope = scope;
        this.tree = tree;
    }

    @Override
    public Map<String, LongFunction<Optional<ObjectOwner>>> owners() {
        return Map.of(
                "campaignId", id -> campaigns.ownerOf(id).map(owner -> register(readerOrg(owner))),
                "entryId", id -> campaigns.orgOfEntry(id).map(CampaignScopes::register),
                "evidenceId", id -> evidence.orgOfEvidence(id).map(CampaignScopes::register));
    }

    private static ObjectOwner register(long org) {
        return new ObjectOwner(ScopeKind.REGISTER, org, null);
    }

    private long readerOrg(long owner) {
        return scope.actor().filter(a -> a.role().keepsRegister() && tree.contains(owner, a.orgId()))
                .map(a -> a.orgId()).orElse(owner);
    }
}
