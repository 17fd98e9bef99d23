package org.jiceng.assessment.target;

import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.ScopedObjectResolver;
import org.springframework.stereotype.Component;

/** Resolves {@code targetId} for the data-scope guard: a township target belongs to its township. */
@Component
class TargetScopes implements ScopedObjectResolver {

    private final TargetRepository targets;

    TargetScopes(TargetRepository targets) {
        this.targets = targets;
    }

    @Override
    public Map<String, LongFunction<Optional<ObjectOwner>>> owners() {
        return Map.of("targetId", id -> targets.orgOf(id).map(org -> new ObjectOwner(ScopeKind.REGISTER, org, null)));
    }
}
