package org.jiceng.target.summary;

import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

import org.jiceng.organization.OrgTree;
import org.jiceng.shared.Actor;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.ScopedObjectResolver;
import org.springframework.stereotype.Component;

/**
 * Tells the data-scope guard what {@code summaryId} and {@code periodId} name: a summary belongs to the org that
 * wrote it; a period is read by the org that set it, everyone above it, and the orgs below it (placed at the user's
 * own org when the user is below it, otherwise at the setting org, so another township or county gets 404).
 */
@Component
class SummaryScopes implements ScopedObjectResolver {

    private final SummaryRepository repository;
    private final OrgTree tree;
    private final DataScope scope;

    SummaryScopes(SummaryRepository repository, OrgTree tree, DataScope scope) {
        this.repository = repository;
        this.tree = tree;
        this.scope = scope;
    }

    @Override
    public Map<String, LongFunction<Optional<ObjectOwner>>> owners() {
        return Map.of("summaryId", id -> repository.orgOfSummary(id)
                        .map(org -> new ObjectOwner(ScopeKind.REGISTER, org, null)),
                "periodId", id -> repository.ownerOfPeriod(id)
                        .map(owner -> new ObjectOwner(ScopeKind.REGISTER, readerOrg(owner), null)));
    }

    private long readerOrg(long owner) {
        return scope.actor().filter(a -> a.role().keepsRegister() && tree.contains(owner, a.orgId()))
                .map(Actor::orgId).orElse(owner);
    }
}
