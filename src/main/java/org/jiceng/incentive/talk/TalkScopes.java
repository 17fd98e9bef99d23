package org.jiceng.incentive.talk;

import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.ScopedObjectResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells the data-scope guard that {@code talkId} names a talk record, owned by its subject's branch. */
@Component
class TalkScopes implements ScopedObjectResolver {

    private final JdbcClient jdbc;

    TalkScopes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, LongFunction<Optional<ObjectOwner>>> owners() {
        return Map.of("talkId", id -> jdbc.sql("SELECT org_id FROM talks WHERE id = ?").param(id).query(Long.class)
                .optional().map(org -> new ObjectOwner(ScopeKind.REGISTER, org, null)));
    }
}
