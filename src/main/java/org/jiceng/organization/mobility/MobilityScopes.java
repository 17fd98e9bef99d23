package org.jiceng.organization.mobility;

import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.ScopedObjectResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Resolves {@code mobilityId} for the data-scope guard: a registration belongs to its member's branch. */
@Component
class MobilityScopes implements ScopedObjectResolver {

    private final JdbcClient jdbc;

    MobilityScopes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, LongFunction<Optional<ObjectOwner>>> owners() {
        return Map.of("mobilityId", id -> jdbc.sql("""
                SELECT p.org_id, p.id FROM member_mobility m JOIN people p ON p.id = m.person_id WHERE m.id = ?""")
                .param(id).query((rs, i) -> new ObjectOwner(ScopeKind.REGISTER, rs.getLong(1), rs.getLong(2)))
                .optional());
    }
}
