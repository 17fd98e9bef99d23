package org.jiceng.incentive.pay.account;

import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.ScopedObjectResolver;
import org.springframework.stereotype.Component;

/** Tells the data-scope guard that {@code payAccountId} and {@code ledgerEntryId} belong to the account's village. */
@Component
class PayAccountScopes implements ScopedObjectResolver {

    private final PayAccountRepository repository;

    PayAccountScopes(PayAccountRepository repository) {
        this.repository = repository;
    }

    @Override
    public Map<String, LongFunction<Optional<ObjectOwner>>> owners() {
        return Map.of("payAccountId", id -> repository.villageOf(id).map(PayAccountScopes::village),
                "ledgerEntryId", id -> repository.villageOfEntry(id).map(PayAccountScopes::village));
    }

    private static ObjectOwner village(long orgId) {
        return new ObjectOwner(ScopeKind.REGISTER, orgId, null);
    }
}
