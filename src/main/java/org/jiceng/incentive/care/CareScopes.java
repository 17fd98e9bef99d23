package org.jiceng.incentive.care;

import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.ScopedObjectResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the data-scope guard that {@code caseId} names a hardship case and {@code supportId} a support entry, both
 * owned by the branch the case was opened in.
 */
@Component
class CareScopes implements ScopedObjectResolver {

    private final JdbcClient jdbc;

    CareScopes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, LongFunction<Optional<ObjectOwner>>> owners() {
        return Map.of(
                "caseId", id -> owner("SELECT org_id FROM hardship_cases WHERE id = ?", id),
                "supportId", id -> owner("""
                        SELECT c.org_id FROM support_entries e JOIN hardship_cases c ON c.id = e.case_id
                        WHERE e.id = ?""", id));
    }

    private Optional<ObjectOwner> owner(String sql, long id) {
        return jdbc.sql(sql).param(id).query(Long.class).optional()
                .map(org -> new ObjectOwner(ScopeKind.REGISTER, org, null));
    }
}
