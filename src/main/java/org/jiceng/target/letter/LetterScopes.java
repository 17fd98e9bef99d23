package org.jiceng.target.letter;

import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.ScopedObjectResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the data-scope guard that {@code letterId} names a target letter, owned by the township that issues it, and
 * {@code letterItemId} an item of one, {@code copyId} a village's copy, owned by the village (the township covers it too).
 */
@Component
class LetterScopes implements ScopedObjectResolver {

    private final JdbcClient jdbc;

    LetterScopes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, LongFunction<Optional<ObjectOwner>>> owners() {
        return Map.of("letterId", id -> owner("SELECT org_id FROM target_letters WHERE id = ?", id),
                "letterItemId", id -> owner("""
                        SELECT l.org_id FROM target_letter_items i JOIN target_letters l ON l.id = i.letter_id
                        WHERE i.id = ?""", id),
                "copyId", id -> owner("SELECT village_id FROM target_letter_copies WHERE id = ?", id));
    }

    private Optional<ObjectOwner> owner(String sql, long id) {
        return jdbc.sql(sql).param(id).query(Long.class).optional()
                .map(org -> new ObjectOwner(ScopeKind.REGISTER, org, null));
    }
}
