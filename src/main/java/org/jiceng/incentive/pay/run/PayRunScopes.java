package org.jiceng.incentive.pay.run;

import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.ScopedObjectResolver;
import org.springframework.stereotype.Component;

/** Tells the data-scope guard that {@code payRunId} belongs to the run's township and {@code payLineId} to the line's village. */
@Component
class PayRunScopes implements ScopedObjectResolver {

    private final PayRunRepository repository;

    PayRunScopes(PayRunRepository repository) {
        this.repository = repository;
    }

    @Override
    public Map<String, LongFunction<Optional<ObjectOwner>>> owners() {
        return Map.of("payRunId", id -> repository.townshipOfRun(id).map(PayRunScopes::owner),
                "payLineId", id -> repository.villageOfLine(id).map(PayRunScopes::owner));
    }

    private static ObjectOwner owner(long orgId) {
        return new ObjectOwner(ScopeKind.REGISTER, orgId, null);
    }
}
