package org.jiceng.target.supervision;

import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.ScopedObjectResolver;
import org.springframework.stereotype.Component;

/**
 * Tells the data-scope guard that {@code supervisionId} names a supervision item, owned by its lead unit: the lead,
 * the org that registered it (always above the lead) and everyone above see it.
 */
@Component
class SupervisionScopes implements ScopedObjectResolver {

    private final SupervisionRepository repository;

    SupervisionScopes(SupervisionRepository repository) {
        this.repository = repository;
    }

    @Override
    public Map<String, LongFunction<Optional<ObjectOwner>>> owners() {
        return Map.of("supervisionId", id -> repository.leadOf(id)
                .map(org -> new ObjectOwner(ScopeKind.REGISTER, org, null)));
    }
}
