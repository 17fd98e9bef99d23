package org.jiceng.assessment.commendation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jiceng.organization.PersonFlagKind;
import org.jiceng.review.ReviewStage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for commendation calls, their quotas, nominations and evidence. */
@Repository
class CommendationRepository {

    private static final String CALL = """
            SELECT c.id, c.owner_org_id, o.short_name AS owner_name, c.call_year, c.title, c.process_id,
                   c.ineligible_flags, c.version
            FROM commendation_calls c JOIN orgs o ON o.id = c.owner_org_id""";

    private static final String NOMINATION = """
            SELECT n.id, n.call_id, n.person_id, p.name AS person_name, n.org_id, o.short_name AS org_name,
                   n.township_id, t.short_name AS township_name, n.item_id, n.deeds, i.stage, i.returned_reason,
                   i.version AS item_version, n.created_by
            FROM commendation_nominations n
            JOIN people p ON p.id = n.person_id
            JOIN orgs o ON o.id = n.org_id
            JOIN orgs t ON t.id = n.township_id
            JOIN review_items i ON i.id = n.item_id""";

    private final JdbcClient jdbc;
    private final Clock clock;

    CommendationRepository(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    long insertCall(long ownerOrgId, int year, String title, long processId, List<PersonFlagKind> flags, String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO commendation_calls (owner_org_id, call_year, title, process_id, ineligible_flags,
                    created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(ownerOrgId, year, title, processId,
                        String.join(",", flags.stream().map(Enum::name).toList()), by, LocalDateTime.now(clock))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void insertQuota(long callId, long townshipId, int quota) {
        jdbc.sql("INSERT INTO commendation_quotas (call_id, township_id, quota) VALUES (?, ?, ?)")
                .params(callId, townshipId, quota).update();
    }

    Optional<CommendationCall> find(long id) {
        return jdbc.sql(CALL + " WHERE c.id = ?").param(id).query((rs, n) -> call(rs)).optional();
    }

    Optional<CommendationCall> findByProcess(long processId) {
        return jdbc.sql(CALL + " WHERE c.process_id = ?").param(processId).query((rs, n) -> call(rs)).optional();
    }

    List<CommendationCall> calls() {
        return jdbc.sql(CALL + " ORDER BY c.call_year DESC, c.id DESC").query((rs, n) -> call(rs)).list();
    }

    Optional<Long> ownerOf(long callId) {
        return jdbc.sql("SELECT owner_org_id FROM commendation_calls WHERE id = ?").param(callId).query(Long.class)
                .optional();
    }

    Optional<Long> orgOfNomination(long nominationId) {
        return jdbc.sql("SELECT org_id FROM commendation_nominations WHERE id = ?").param(nominationId)
                .query(Long.class).optional();
    }

    long insertNomination(long callId, long personId, long orgId, long townshipId, long itemId, String deeds,
                          String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO commendation_nominations (call_id, person_id, org_id, township_id, item_id, deeds,
                    created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(callId, personId, orgId, townshipId, itemId, deeds, by, LocalDateTime.now(clock))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void updateDeeds(long nominationId, String deeds) {
        jdbc.sql("UPDATE commendation_nominations SET deeds = ?, version = version + 1 WHERE id = ?")
                .params(deeds, nominationId).update();
    }

    void deleteNomination(long nominationId) {
        jdbc.sql("DELETE FROM commendation_nominations WHERE id = ?").param(nominationId).update();
    }

    Optional<Nomination> nomination(long id) {
        return jdbc.sql(NOMINATION + " WHERE n.id = ?").param(id).query((rs, n) -> nomination(rs)).optional();
    }

    Optional<Nomination> nominationByItem(long itemId) {
        return jdbc.sql(NOMINATION + " WHERE n.item_id = ?").param(itemId).query((rs, n) -> nomination(rs)).optional();
    }

    List<Nomination> nominations(long callId) {
        return jdbc.sql(NOMINATION + " WHERE n.call_id = ? ORDER BY t.sort_order, t.id, o.sort_order, o.id, n.id")
                .param(callId).query((rs, n) -> nomination(rs)).list();
    }

    boolean nominated(long callId, long personId) {
        return jdbc.sql("SELECT COUNT(*) FROM commendation_nominations WHERE call_id = ? AND person_id = ?")
                .params(callId, personId).query(Long.class).single() > 0;
    }

    int nominatedIn(long callId, long townshipId) {
        return jdbc.sql("SELECT COUNT(*) FROM commendation_nominations WHERE call_id = ? AND township_id = ?")
                .params(callId, townshipId).query(Long.class).single().intValue();
    }

    long insertEvidence(long nominationId, String fileName, String contentType, byte[] content, String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO commendation_evidence (nomination_id, file_name, content_type, size_bytes, content,
                    uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(nominationId, fileName, contentType, content.length, content, by, LocalDateTime.now(clock))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    List<NominationEvidence> evidence(long nominationId) {
        return jdbc.sql("""
                SELECT id, nomination_id, file_name, content_type, size_bytes, uploaded_by, uploaded_at
                FROM commendation_evidence WHERE nomination_id = ? ORDER BY id""").param(nominationId)
                .query((rs, n) -> new NominationEvidence(rs.getLong("id"), rs.getLong("nomination_id"),
                        rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                        rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toLocalDateTime()))
                .list();
    }

    private CommendationCall call(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        String flags = rs.getString("ineligible_flags");
        List<PersonFlagKind> kinds = flags == null || flags.isBlank() ? List.of()
                : Arrays.stream(flags.split(",")).map(PersonFlagKind::valueOf).toList();
        Map<Long, Integer> quotas = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT q.township_id, q.quota FROM commendation_quotas q JOIN orgs o ON o.id = q.township_id
                WHERE q.call_id = ? ORDER BY o.sort_order, o.id""").param(id)
                .query((r, n) -> Map.entry(r.getLong(1), r.getInt(2))).list()
                .forEach(e -> quotas.put(e.getKey(), e.getValue()));
        return new CommendationCall(id, rs.getLong("owner_org_id"), rs.getString("owner_name"), rs.getInt("call_year"),
                rs.getString("title"), rs.getLong("process_id"), kinds, quotas, rs.getLong("version"));
    }

    private static Nomination nomination(ResultSet rs) throws SQLException {
        return new Nomination(rs.getLong("id"), rs.getLong("call_id"), rs.getLong("person_id"),
                rs.getString("person_name"), rs.getLong("org_id"), rs.getString("org_name"), rs.getLong("township_id"),
                rs.getString("township_name"), rs.getLong("item_id"), rs.getString("deeds"),
                ReviewStage.valueOf(rs.getString("stage")), rs.getString("returned_reason"),
                rs.getLong("item_version"), rs.getString("created_by"));
    }
}
