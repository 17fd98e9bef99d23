package org.jiceng.target.demonstration;

import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.ScopedObjectResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells the data-scope guard that {@code designationId} names a demonstration village, owned by the village. */
@Component
class DemonstrationScopes implements ScopedObjectResolver {

    private final JdbcClient jdbc;

    DemonstrationScopes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, LongFunction<Optional<ObjectOwner>>> owners() {
        return Map.of("designationId", id -> jdbc.sql("SELECT village_id FROM demonstration_villages WHERE id = ?")
                .param(id).query(Long.class).optional().map(org -> new ObjectOwner(ScopeKind.REGISTER, org, null)));
    }
}
