package org.jiceng.assessment.campaign;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Storage of the evidence files (佐证材料) attached to a campaign entry's indicators. */
@Repository
class EvidenceRepository {

    private final JdbcClient jdbc;
    private final Clock clock;

    EvidenceRepository(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    long insertEvidence(long entryId, String code, String fileName, String contentType, byte[] content, String username) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO campaign_evidence (entry_id, indicator_code, file_name, content_type, size_bytes, content,
                    uploaded_by, uploaded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(entryId, code, fileName, contentType, content.length, content, username, LocalDateTime.now(clock))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Evidence of an entry without the file contents. */
    List<Evidence> evidence(long entryId) {
        return jdbc.sql("""
                SELECT id, entry_id, indicator_code, file_name, content_type, size_bytes, uploaded_by, uploaded_at
                FROM campaign_evidence WHERE entry_id = ? ORDER BY id""").param(entryId)
                .query((rs, n) -> new Evidence(rs.getLong("id"), rs.getLong("entry_id"), rs.getString("indicator_code"),
                        rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                        rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toLocalDateTime()))
                .list();
    }

    Optional<byte[]> evidenceContent(long evidenceId) {
        return jdbc.sql("SELECT content FROM campaign_evidence WHERE id = ?").param(evidenceId)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    Optional<Evidence> evidenceFile(long evidenceId) {
        return jdbc.sql("""
                SELECT id, entry_id, indicator_code, file_name, content_type, size_bytes, uploaded_by, uploaded_at
                FROM campaign_evidence WHERE id = ?""").param(evidenceId)
                .query((rs, n) -> new Evidence(rs.getLong("id"), rs.getLong("entry_id"), rs.getString("indicator_code"),
                        rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                        rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toLocalDateTime()))
                .optional();
    }

    void deleteEvidence(long evidenceId) {
        jdbc.sql("DELETE FROM campaign_evidence WHERE id = ?").param(evidenceId).update();
    }

    Optional<Long> orgOfEvidence(long evidenceId) {
        return jdbc.sql("SELECT e.org_id FROM campaign_evidence v JOIN campaign_entries e ON e.id = v.entry_id WHERE v.id = ?")
                .param(evidenceId).query(Long.class).optional();
    }}
