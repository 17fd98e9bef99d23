package org.jiceng.demo;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo accounts, all with the demo password (hashed once: every account stores the same bcrypt hash). The hash is
 * asked for only when the accounts are written, so a caller may compute it meanwhile on another thread.
 */
class DemoAccounts {

    private final JdbcTemplate jdbc;
    private final Supplier<String> passwordHash;
    private final LocalDateTime now;
    private final List<Object[]> rows = new ArrayList<>();

    DemoAccounts(JdbcTemplate jdbc, Supplier<String> passwordHash, LocalDateTime now) {
        this.jdbc = jdbc;
        this.passwordHash = passwordHash;
        this.now = now;
    }

    void pending(String username, String displayName, String role, long orgId, Long personId) {
        rows.add(new Object[] {username, null, displayName, role, orgId, personId, now, now, now});
    }

    void write() {
        String hash = passwordHash.get();
        rows.forEach(row -> row[1] = hash);
        jdbc.batchUpdate("""
                INSERT INTO accounts (username, password_hash, display_name, role, org_id, person_id, enabled,
                                      failed_attempts, password_changed_at, version, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, TRUE, 0, ?, 0, ?, ?)""", rows);
    }
}
