package org.jiceng.review;

import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.ScopedObjectResolver;
import org.springframework.stereotype.Component;

/** Resolves {@code objectionId} for the data-scope guard: an objection belongs to the org of the item it is about. */
@Component
class ReviewScopes implements ScopedObjectResolver {

    private final ReviewRepository repository;

    ReviewScopes(ReviewRepository repository) {
        this.repository = repository;
    }

    @Override
    public Map<String, LongFunction<Optional<ObjectOwner>>> owners() {
        return Map.of("objectionId", id -> repository.orgOfObjection(id)
                .map(org -> new ObjectOwner(ScopeKind.REGISTER, org, null)));
    }
}
