package org.jiceng.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jiceng.shared.StaleEditException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Storage of processes, items, transitions and objections; every item update names the version it read. */
@Repository
class ReviewRepository {

    private static final String ITEM_COLUMNS = """
            i.id, i.process_id, i.org_id, i.reviewer_org_id, i.label, i.stage, i.returned_reason, i.publicity_from,
            i.publicity_until, i.stage_since, i.version,
            (SELECT COUNT(*) FROM review_objections o WHERE o.item_id = i.id AND o.status = 'OPEN') AS open_objections""";

    private final JdbcClient jdbc;
    private final Clock clock;

    ReviewRepository(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    long insertProcess(NewProcess p, String code, String username) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO review_processes (kind, title, owner_org_id, submit_due, review_due, approve_due,
                    publicity_days, public_code, created_by, created_at, owner_decides)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(p.kind(), p.title(), p.ownerOrgId(), p.submitDue(), p.reviewDue(), p.approveDue(),
                        p.publicityDays(), code, username, LocalDateTime.now(clock), p.ownerDecides())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    long insertItem(long processId, NewItem item, ReviewStage stage) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO review_items (process_id, org_id, reviewer_org_id, label, stage, stage_since)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(processId, item.orgId(), item.reviewerOrgId(), item.label(), stage.name(), LocalDateTime.now(clock))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void delete(long itemId) {
        jdbc.sql("DELETE FROM review_items WHERE id = ?").param(itemId).update();
    }

    Optional<ReviewProcess> process(long id) {
        return jdbc.sql("SELECT * FROM review_processes WHERE id = ?").param(id).query(ReviewRepository::process).optional();
    }

    List<ReviewProcess> processes(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM review_processes WHERE id IN (:ids)").param("ids", ids)
                .query(ReviewRepository::process).list();
    }

    Optional<ReviewProcess> processByCode(String code) {
        return jdbc.sql("SELECT * FROM review_processes WHERE public_code = ?").param(code)
                .query(ReviewRepository::process).optional();
    }

    Optional<ReviewItem> item(long id) {
        return jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM review_items i WHERE i.id = ?").param(id)
                .query(ReviewRepository::item).optional();
    }

    List<ReviewItem> items(long processId) {
        return jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM review_items i WHERE i.process_id = ? ORDER BY i.reviewer_org_id, i.id")
                .param(processId).query(ReviewRepository::item).list();
    }

    List<ReviewItem> itemsOfProcesses(Collection<Long> processIds) {
        if (processIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM review_items i WHERE i.process_id IN (:ids)"
                        + " ORDER BY i.reviewer_org_id, i.id")
                .param("ids", processIds).query(ReviewRepository::item).list();
    }

    List<ReviewItem> items(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM review_items i WHERE i.id IN (:ids) ORDER BY i.id")
                .param("ids", ids).query(ReviewRepository::item).list();
    }

    void move(ReviewItem item, ReviewAction action, ReviewStage to, String reason, String actor, String role,
              LocalDate publicityFrom, LocalDate publicityUntil) {
        LocalDateTime now = LocalDateTime.now(clock);
        String returned = action == ReviewAction.RETURN || action == ReviewAction.UPHOLD ? reason
                : (to == ReviewStage.DRAFT || to == ReviewStage.SUBMITTED ? item.returnedReason() : null);
        if (action == ReviewAction.SUBMIT || action == ReviewAction.REVIEW) {
            returned = null;
        }
        check(jdbc.sql("""
                UPDATE review_items SET stage = ?, returned_reason = ?, publicity_from = ?, publicity_until = ?,
                    stage_since = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(to.name(), returned, publicityFrom, publicityUntil, now, item.id(), item.version()).update(),
                item.label());
        jdbc.sql("""
                INSERT INTO review_transitions (item_id, action, from_stage, to_stage, reason, actor, actor_role, at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(item.id(), action.name(), item.stage().name(), to.name(), reason, actor, role, now).update();
    }

    List<ReviewTransition> history(long itemId) {
        return jdbc.sql("SELECT * FROM review_transitions WHERE item_id = ? ORDER BY at, id").param(itemId)
                .query((rs, n) -> new ReviewTransition(rs.getLong("item_id"), ReviewAction.valueOf(rs.getString("action")),
                        ReviewStage.valueOf(rs.getString("from_stage")), ReviewStage.valueOf(rs.getString("to_stage")),
                        rs.getString("reason"), rs.getString("actor"), rs.getString("actor_role"),
                        rs.getTimestamp("at").toLocalDateTime()))
                .list();
    }

    long insertObjection(long itemId, String lodgedBy, String contact, String content, String source) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO review_objections (item_id, lodged_by, contact, content, lodged_at, status, source_address,
                    received_at)
                VALUES (?, ?, ?, ?, ?, 'OPEN', ?, ?)""")
                .params(itemId, lodgedBy, contact, content, LocalDateTime.now(clock), source, LocalDateTime.now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void resolveObjection(long id, Objection.Status status, String resolution, String username, long version) {
        check(jdbc.sql("""
                UPDATE review_objections SET status = ?, resolution = ?, resolved_by = ?, resolved_at = ?,
                    version = version + 1
                WHERE id = ? AND version = ? AND status = 'OPEN'""")
                .params(status.name(), resolution, username, LocalDateTime.now(clock), id, version).update(), "该异议");
    }

    Optional<Objection> objection(long id) {
        return jdbc.sql(OBJECTIONS + " WHERE o.id = ?").param(id).query(ReviewRepository::objection).optional();
    }

    List<Objection> objections(long processId) {
        return jdbc.sql(OBJECTIONS + " WHERE i.process_id = ? ORDER BY o.lodged_at DESC, o.id DESC").param(processId)
                .query(ReviewRepository::objection).list();
    }

    Optional<Long> orgOfObjection(long id) {
        return jdbc.sql("SELECT i.org_id FROM review_objections o JOIN review_items i ON i.id = o.item_id WHERE o.id = ?")
                .param(id).query(Long.class).optional();
    }

    private static final String OBJECTIONS = """
            SELECT o.*, i.label AS item_label, i.org_id FROM review_objections o JOIN review_items i ON i.id = o.item_id""";

    private static Objection objection(ResultSet rs, int n) throws SQLException {
        Timestamp resolved = rs.getTimestamp("resolved_at");
        return new Objection(rs.getLong("id"), rs.getLong("item_id"), rs.getString("item_label"), rs.getLong("org_id"),
                rs.getString("lodged_by"), rs.getString("contact"), rs.getString("content"),
                rs.getTimestamp("lodged_at").toLocalDateTime(), Objection.Status.valueOf(rs.getString("status")),
                rs.getString("resolution"), rs.getString("resolved_by"),
                resolved == null ? null : resolved.toLocalDateTime(), rs.getLong("version"));
    }

    private static ReviewProcess process(ResultSet rs, int n) throws SQLException {
        return new ReviewProcess(rs.getLong("id"), rs.getString("kind"), rs.getString("title"),
                rs.getLong("owner_org_id"), date(rs, "submit_due"), date(rs, "review_due"), date(rs, "approve_due"),
                rs.getInt("publicity_days"), rs.getString("public_code"), rs.getLong("version"),
                rs.getBoolean("owner_decides"));
    }

    private static ReviewItem item(ResultSet rs, int n) throws SQLException {
        return new ReviewItem(rs.getLong("id"), rs.getLong("process_id"), rs.getLong("org_id"),
                rs.getLong("reviewer_org_id"), rs.getString("label"), ReviewStage.valueOf(rs.getString("stage")),
                rs.getString("returned_reason"), date(rs, "publicity_from"), date(rs, "publicity_until"),
                rs.getTimestamp("stage_since").toLocalDateTime(), rs.getLong("version"), rs.getInt("open_objections"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static void check(int updated, String what) {
        if (updated != 1) {
            throw new StaleEditException(what);
        }
    }
}
