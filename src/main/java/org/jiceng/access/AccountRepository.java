package org.jiceng.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Optional;

import org.jiceng.shared.Role;
import org.jiceng.shared.StaleEditException;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Storage of accounts, including the sign-in failure count and lock kept in the database (not in memory). */
@Repository
class AccountRepository {

    static final String COLUMNS = """
            id, username, display_name, role, org_id, person_id, enabled, failed_attempts, locked_until,
            last_login_at, password_changed_at, version""";

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Account> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM accounts WHERE id = ?").param(id).query((rs, i) -> map(rs)).optional();
    }

    Optional<Account> findByUsername(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM accounts WHERE username = ?").param(username)
                .query((rs, i) -> map(rs)).optional();
    }

    Optional<String> passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM accounts WHERE username = ?").param(username)
                .query(String.class).optional();
    }

    boolean mustChangePassword(long id) {
        return jdbc.sql("SELECT must_change_password FROM accounts WHERE id = ?").param(id).query(Boolean.class)
                .optional().orElse(false);
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM accounts").query(Long.class).single();
    }

    long insert(String username, String passwordHash, String displayName, Role role, long orgId, Long personId,
                LocalDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO accounts (username, password_hash, display_name, role, org_id, person_id, enabled,
                                      failed_attempts, password_changed_at, version, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, TRUE, 0, ?, 0, ?, ?)""")
                .params(username, passwordHash, displayName, role.name(), orgId, personId, now, now, now)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    @CacheEvict(cacheNames = PasswordChangeFlags.CACHE, key = "#id")
    void markOneTime(long id) {
        jdbc.sql("UPDATE accounts SET must_change_password = TRUE WHERE id = ?").param(id).update();
    }

    void recordFailure(long id, int failedAttempts, LocalDateTime lockedUntil) {
        jdbc.sql("UPDATE accounts SET failed_attempts = ?, locked_until = ? WHERE id = ?")
                .params(failedAttempts, lockedUntil, id).update();
    }

    void recordSuccess(long id, LocalDateTime now) {
        jdbc.sql("UPDATE accounts SET failed_attempts = 0, locked_until = NULL, last_login_at = ? WHERE id = ?")
                .params(now, id).update();
    }

    /** Sets a new password; {@code oneTime} marks a password the user must change at next sign-in. */
    @CacheEvict(cacheNames = PasswordChangeFlags.CACHE, key = "#id")
    void updatePassword(long id, String hash, boolean oneTime, long expectedVersion, LocalDateTime now) {
        int rows = jdbc.sql("""
                UPDATE accounts SET password_hash = ?, must_change_password = ?, password_changed_at = ?,
                                    version = version + 1, updated_at = ?
                WHERE id = ? AND version = ?""").params(hash, oneTime, now, now, id, expectedVersion).update();
        if (rows == 0) {
            throw new StaleEditException("该账户");
        }
    }

    void update(long id, String displayName, Role role, long orgId, Long personId, boolean enabled,
                long expectedVersion, LocalDateTime now) {
        int rows = jdbc.sql("""
                UPDATE accounts SET display_name = ?, role = ?, org_id = ?, person_id = ?, enabled = ?,
                                    version = version + 1, updated_at = ?
                WHERE id = ? AND version = ?""")
                .params(displayName, role.name(), orgId, personId, enabled, now, id, expectedVersion).update();
        if (rows == 0) {
            throw new StaleEditException("该账户");
        }
    }

    void unlock(long id, long expectedVersion, LocalDateTime now) {
        int rows = jdbc.sql("""
                UPDATE accounts SET failed_attempts = 0, locked_until = NULL, version = version + 1, updated_at = ?
                WHERE id = ? AND version = ?""").params(now, id, expectedVersion).update();
        if (rows == 0) {
            throw new StaleEditException("该账户");
        }
    }

    /** The change waiting for a second person's confirmation (CREATE, CHANGE, RESET), and who proposed it. */
    record Pending(String action, String proposedBy) {
    }

    Optional<Pending> pending(long id) {
        return jdbc.sql("SELECT pending_action, proposed_by FROM accounts WHERE id = ? AND pending_action IS NOT NULL")
                .param(id).query((rs, i) -> new Pending(rs.getString(1), rs.getString(2))).optional();
    }

    /** Marks the account as waiting for confirmation; until then it cannot sign in. */
    void propose(long id, String action, String proposedBy) {
        jdbc.sql("UPDATE accounts SET pending_action = ?, proposed_by = ?, confirmed_by = NULL WHERE id = ?")
                .params(action, proposedBy, id).update();
    }

    void confirm(long id, String confirmedBy, long expectedVersion, LocalDateTime now) {
        int rows = jdbc.sql("""
                UPDATE accounts SET pending_action = NULL, confirmed_by = ?, version = version + 1, updated_at = ?
                WHERE id = ? AND version = ? AND pending_action IS NOT NULL""")
                .params(confirmedBy, now, id, expectedVersion).update();
        if (rows == 0) {
            throw new StaleEditException("该账户");
        }
    }

    /** Hashes of the account's last {@code count} replaced passwords, newest first. */
    java.util.List<String> previousHashes(long id, int count) {
        return jdbc.sql("SELECT password_hash FROM password_history WHERE account_id = ? ORDER BY id DESC "
                + "FETCH FIRST " + count + " ROWS ONLY").param(id).query(String.class).list();
    }

    void rememberReplaced(long id, String hash, LocalDateTime now) {
        jdbc.sql("INSERT INTO password_history (account_id, password_hash, replaced_at) VALUES (?, ?, ?)")
                .params(id, hash, now).update();
    }

    static Account map(ResultSet rs) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getLong("org_id"), rs.getObject("person_id", Long.class),
                rs.getBoolean("enabled"), rs.getInt("failed_attempts"),
                rs.getObject("locked_until", LocalDateTime.class), rs.getObject("last_login_at", LocalDateTime.class),
                rs.getObject("password_changed_at", LocalDateTime.class), rs.getLong("version"));
    }
}
