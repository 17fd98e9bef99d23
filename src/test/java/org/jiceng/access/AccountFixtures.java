package org.jiceng.access;

import java.time.LocalDateTime;

import org.jiceng.support.Fixtures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Throw-away accounts for tests that change passwords or accounts, so the demo accounts stay as they are. */
final class AccountFixtures {

    private AccountFixtures() {
    }

    static long account(JdbcClient jdbc, PasswordEncoder encoder, String username, String role, long orgId,
                        boolean mustChange) {
        var keys = new GeneratedKeyHolder();
        LocalDateTime now = LocalDateTime.now();
        jdbc.sql("""
                INSERT INTO accounts (username, password_hash, display_name, role, org_id, enabled, failed_attempts,
                                      password_changed_at, must_change_password, version, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, TRUE, 0, ?, ?, 0, ?, ?)""")
                .params(username, encoder.encode(Fixtures.PASSWORD), "测试" + username, role, orgId, now, mustChange,
                        now, now)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    static long countyId(JdbcClient jdbc) {
        return jdbc.sql("SELECT org_id FROM accounts WHERE username = 'county'").query(Long.class).single();
    }
}
