package org.jiceng.training;

import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.ScopedObjectResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the data-scope guard that {@code sessionId} names a training session and {@code meetingId} a meeting record, {@code readingId} a required reading (edited by its county),
 * each owned by the org that held it.
 */
@Component
class TrainingScopes implements ScopedObjectResolver {

    private final JdbcClient jdbc;

    TrainingScopes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, LongFunction<Optional<ObjectOwner>>> owners() {
        return Map.of("sessionId", id -> ownedBy("training_sessions", id), "meetingId", id -> ownedBy("org_meetings", id),
                "siteId", id -> ownedBy("distance_sites", id), "readingId", id -> ownedBy("training_readings", id));
    }

    private Optional<ObjectOwner> ownedBy(String table, long id) {
        return jdbc.sql("SELECT org_id FROM " + table + " WHERE id = ?").param(id).query(Long.class).optional()
                .map(orgId -> new ObjectOwner(ScopeKind.REGISTER, orgId, null));
    }
}
