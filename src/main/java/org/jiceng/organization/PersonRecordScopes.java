package org.jiceng.organization;

import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.ScopedObjectResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Resolves {@code flagId} for the data-scope guard: a flag belongs to its person's org. */
@Component
class PersonRecordScopes implements ScopedObjectResolver {

    private final JdbcClient jdbc;

    PersonRecordScopes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, LongFunction<Optional<ObjectOwner>>> owners() {
        return Map.of("flagId", id -> jdbc.sql("""
                SELECT p.org_id FROM person_flags f JOIN people p ON p.id = f.person_id WHERE f.id = ?""")
                .param(id).query(Long.class).optional().map(org -> new ObjectOwner(ScopeKind.REGISTER, org, null)));
    }
}
