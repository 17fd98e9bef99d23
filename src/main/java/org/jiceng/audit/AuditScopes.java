package org.jiceng.audit;

import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.ScopedObjectResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@code auditId} names an audit entry, owned by the org of the object it records (the auditor's scope). */
@Component
class AuditScopes implements ScopedObjectResolver {

    private final JdbcClient jdbc;

    AuditScopes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, LongFunction<Optional<ObjectOwner>>> owners() {
        return Map.of("auditId", id -> jdbc.sql("SELECT id, org_id FROM audit_entries WHERE id = ?").param(id)
                .query((rs, i) -> new ObjectOwner(ScopeKind.AUDIT, rs.getObject("org_id", Long.class), null))
                .optional());
    }
}
