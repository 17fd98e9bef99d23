package org.jiceng.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Storage of personal access tokens: only each token's SHA-256 is kept, never the token. */
@Repository
class ApiTokenRepository {

    /** A token as its holder and the security administrator see it (without any secret). */
    record ApiToken(long id, long accountId, String name, boolean readOnly, LocalDate expiresOn,
                    LocalDateTime createdAt, String createdBy, LocalDateTime lastUsedAt, LocalDateTime revokedAt,
                    String revokedBy) {

        public boolean active(LocalDate today) {
            return revokedAt == null && !expiresOn.isBefore(today);
        }
    }

    /** An unrevoked token found by its hash, with its account as it is now. */
    record Presented(long tokenId, boolean readOnly, LocalDate expiresOn, LocalDateTime lastUsedAt, Account account) {
    }

    private static final String COLUMNS = """
            id, account_id, name, read_only, expires_on, created_at, created_by, last_used_at, revoked_at, revoked_by""";

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long accountId, String name, String hash, boolean readOnly, LocalDate expiresOn, String createdBy,
                LocalDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO api_tokens (account_id, name, token_hash, read_only, expires_on, created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(accountId, name, hash, readOnly, expiresOn, now, createdBy).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<ApiToken> find(long accountId, long tokenId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_tokens WHERE id = ? AND account_id = ?")
                .params(tokenId, accountId).query((rs, i) -> map(rs)).optional();
    }

    /** The account's tokens, newest first (revoked ones stay listed as a record). */
    List<ApiToken> list(long accountId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_tokens WHERE account_id = ? ORDER BY id DESC")
                .param(accountId).query((rs, i) -> map(rs)).list();
    }

    /** The one statement a call with a token runs: the token and its account, skipping accounts awaiting confirmation. */
    Optional<Presented> presented(String hash) {
        return jdbc.sql("SELECT t.id AS token_id, t.read_only, t.expires_on, t.last_used_at AS token_used_at, "
                        + AccountRepository.COLUMNS.replaceAll("(\\w+)", "a.$1") + """
                         FROM api_tokens t JOIN accounts a ON a.id = t.account_id
                        WHERE t.token_hash = ? AND t.revoked_at IS NULL AND a.pending_action IS NULL""")
                .param(hash)
                .query((rs, i) -> new Presented(rs.getLong("token_id"), rs.getBoolean("read_only"),
                        rs.getObject("expires_on", LocalDate.class),
                        rs.getObject("token_used_at", LocalDateTime.class), AccountRepository.map(rs)))
                .optional();
    }

    void touch(long tokenId, LocalDateTime now) {
        jdbc.sql("UPDATE api_tokens SET last_used_at = ? WHERE id = ?").params(now, tokenId).update();
    }

    /** Revokes one token; false when it was already revoked. */
    boolean revoke(long tokenId, String by, LocalDateTime now) {
        return jdbc.sql("UPDATE api_tokens SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL")
                .params(now, by, tokenId).update() == 1;
    }

    /** The account's tokens not yet revoked (to revoke them all when its access changes). */
    List<ApiToken> unrevoked(long accountId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_tokens WHERE account_id = ? AND revoked_at IS NULL")
                .param(accountId).query((rs, i) -> map(rs)).list();
    }

    private static ApiToken map(ResultSet rs) throws SQLException {
        return new ApiToken(rs.getLong("id"), rs.getLong("account_id"), rs.getString("name"),
                rs.getBoolean("read_only"), rs.getObject("expires_on", LocalDate.class),
                rs.getObject("created_at", LocalDateTime.class), rs.getString("created_by"),
                rs.getObject("last_used_at", LocalDateTime.class), rs.getObject("revoked_at", LocalDateTime.class),
                rs.getString("revoked_by"));
    }
}
