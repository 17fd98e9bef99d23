package org.jiceng.assessment.commendation;

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
 * Resolves {@code callId} and {@code nominationId} for the data-scope guard. A call is read down the tree like a
 * campaign (for a user under the county it is placed at the user's org); a nomination belongs to its member's org.
 */
@Component
class CommendationScopes implements ScopedObjectResolver {

    private final CommendationRepository repository;
    private final DataScope scope;
    private final OrgTree tree;

    CommendationScopes(CommendationRepository repository, DataScope scope, OrgTree tree) {
        this.repository = repository;
        this.scope = scope;
        this.tree = tree;
    }

    @Override
    public Map<String, LongFunction<Optional<ObjectOwner>>> owners() {
        return Map.of(
                "callId", id -> repository.ownerOf(id).map(owner -> register(readerOrg(owner))),
                "nominationId", id -> repository.orgOfNomination(id).map(CommendationScopes::register));
    }

    private static ObjectOwner register(long org) {
        return new ObjectOwner(ScopeKind.REGISTER, org, null);
    }

    private long readerOrg(long owner) {
        return scope.actor().filter(a -> a.role().keepsRegister() && tree.contains(owner, a.orgId()))
                .map(a -> a.orgId()).orElse(owner);
    }
}
