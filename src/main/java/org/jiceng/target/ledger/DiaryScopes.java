package org.jiceng.target.ledger;

import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.ScopedObjectResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the data-scope guard that {@code diaryId} names a ledger diary entry and {@code diaryFileId} one of its
 * evidence files, both owned by the org the entry is recorded for.
 */
@Component
class DiaryScopes implements ScopedObjectResolver {

    private final JdbcClient jdbc;

    DiaryScopes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, LongFunction<Optional<ObjectOwner>>> owners() {
        return Map.of(
                "diaryId", id -> owner("SELECT org_id FROM ledger_diary_entries WHERE id = ?", id),
                "diaryFileId", id -> owner("""
                        SELECT e.org_id FROM ledger_diary_files f JOIN ledger_diary_entries e ON e.id = f.entry_id
                        WHERE f.id = ?""", id));
    }

    private Optional<ObjectOwner> owner(String sql, long id) {
        return jdbc.sql(sql).param(id).query(Long.class).optional()
                .map(org -> new ObjectOwner(ScopeKind.REGISTER, org, null));
    }
}
