package org.jiceng.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HexFormat;

/**
 * The hash of one audit entry: SHA-256 over the previous entry's hash and the entry's canonical content (every column
 * as stored, each length-prefixed so that no two different entries read the same). Changing, inserting or deleting an
 * entry changes every hash after it.
 */
final class AuditHash {

    /** The "previous hash" of the first entry. */
    static final String GENESIS = "0".repeat(64);
    static final String COLUMNS = """
            id, chain_seq, occurred_at, actor, action, object_type, object_id, object_label, org_id, before_value,
            after_value, remote_address, entry_hash""";

    private AuditHash() {
    }

    /** An entry as read back from the database, its content and the hash stored beside it. */
    record Entry(long id, Long seq, String content, String storedHash) {

        static Entry of(ResultSet rs) throws SQLException {
            StringBuilder content = new StringBuilder();
            field(content, rs.getString("id"));
            field(content, rs.getString("chain_seq"));
            LocalDateTime at = rs.getObject("occurred_at", LocalDateTime.class);
            field(content, at == null ? null : at.toString());
            for (String column : new String[] {"actor", "action", "object_type", "object_id", "object_label", "org_id",
                    "before_value", "after_value", "remote_address"}) {
                field(content, rs.getString(column));
            }
            return new Entry(rs.getLong("id"), rs.getObject("chain_seq", Long.class), content.toString(),
                    rs.getString("entry_hash"));
        }

        String hashAfter(String previousHash) {
            return AuditHash.of(previousHash, content);
        }
    }

    static String of(String previousHash, String content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            digest.update(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void field(StringBuilder content, String value) {
        content.append(value == null ? "-" : value.length() + ":" + value).append('|');
    }
}
