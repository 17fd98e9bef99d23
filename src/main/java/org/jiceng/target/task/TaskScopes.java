package org.jiceng.target.task;

import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.ScopedObjectResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells the data-scope guard that {@code taskId} names a central task, owned by the org it is assigned to. */
@Component
class TaskScopes implements ScopedObjectResolver {

    private final JdbcClient jdbc;

    TaskScopes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, LongFunction<Optional<ObjectOwner>>> owners() {
        return Map.of("taskId", id -> jdbc.sql("SELECT org_id FROM central_tasks WHERE id = ?").param(id)
                .query(Long.class).optional().map(org -> new ObjectOwner(ScopeKind.REGISTER, org, null)));
    }
}
