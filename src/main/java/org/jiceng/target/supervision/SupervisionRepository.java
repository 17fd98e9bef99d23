package org.jiceng.target.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jiceng.organization.ScopedSql;
import org.jiceng.shared.StaleEditException;
import org.jiceng.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Storage of supervision items, their co-units, history and reports; every change names the version seen. */
@Repository
class SupervisionRepository {

    static final Map<String, String> EVENT_LABELS = Map.ofEntries(Map.entry("REGISTER", "立项"),
            Map.entry("ASSIGN", "交办"), Map.entry("REMIND", "催办"), Map.entry("REPORT", "反馈"),
            Map.entry("ACCEPT", "审结办结"), Map.entry("RETURN", "退回重办"), Map.entry("STRIKE", "撤销"),
            Map.entry("REQUEST_EXTENSION", "申请延期"), Map.entry("GRANT_EXTENSION", "批准延期"),
            Map.entry("REFUSE_EXTENSION", "不批准延期"));

    private static final String SELECT = """
            SELECT s.*, (SELECT MAX(r.reported_on) FROM supervision_reports r WHERE r.item_id = s.id) AS last_reported
            FROM supervision_items s""";

    private final JdbcClient jdbc;
    private final Clock clock;

    SupervisionRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What registration writes beside the form: the registering org, the lead's names and township, the number. */
    record NewItem(long orgId, String orgName, int year, String number, Integer serial, String leadName,
                   Long townshipId, List<SupervisionItem.CoUnit> coUnits) {
    }

    long insert(SupervisionForm f, NewItem n, String username) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO supervision_items (org_id, org_name, item_year, item_number, serial, title, source,
                    requirement, lead_org_id, lead_name, township_id, registered_on, deadline, first_due, status,
                    created_by, created_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'REGISTERED', ?, ?, 0)""")
                .params(n.orgId(), n.orgName(), n.year(), n.number(), n.serial(), f.title().strip(), Text.clean(f.source()),
                        f.requirement().strip(), f.leadOrgId(), n.leadName(), n.townshipId(), f.registeredOn(),
                        f.deadline(), f.deadline(), username, LocalDateTime.now(clock))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (SupervisionItem.CoUnit co : n.coUnits()) {
            jdbc.sql("INSERT INTO supervision_co_units (item_id, org_id, org_name) VALUES (?, ?, ?)")
                    .params(id, co.orgId(), co.name()).update();
        }
        return id;
    }

    boolean numberTaken(long orgId, int year, String number) {
        return jdbc.sql("SELECT COUNT(*) FROM supervision_items WHERE org_id = ? AND item_year = ? AND item_number = ?")
                .params(orgId, year, number).query(Long.class).single() > 0;
    }

    int lastSerial(long orgId, int year) {
        return jdbc.sql("SELECT COALESCE(MAX(serial), 0) FROM supervision_items WHERE org_id = ? AND item_year = ?")
                .params(orgId, year).query(Integer.class).single();
    }

    Optional<SupervisionItem> find(long id) {
        return load(SELECT + " WHERE s.id = :id", Map.of("id", id)).stream().findFirst();
    }

    Optional<Long> leadOf(long id) {
        return jdbc.sql("SELECT lead_org_id FROM supervision_items WHERE id = ?").param(id).query(Long.class).optional();
    }

    /** Items whose lead lies under {@code orgId}, in the user's scope, of a year, newest number first. */
    List<SupervisionItem> list(ScopedSql scoped, long orgId, int year) {
        Map<String, Object> params = new HashMap<>(scoped.params());
        params.put("org", orgId);
        params.put("year", year);
        return load(SELECT + " WHERE " + scoped.predicate() + " AND " + ScopedSql.underOrg("s.lead_org_id", "org")
                + " AND s.item_year = :year ORDER BY s.registered_on DESC, s.id DESC", params);
    }

    /** Unfinished items the org registered or leads: what waits at its desk. */
    List<SupervisionItem> openAt(long orgId) {
        return load(SELECT + " WHERE (s.org_id = :org OR s.lead_org_id = :org) AND s.status NOT IN ('CLOSED', 'STRUCK')"
                + " ORDER BY s.deadline, s.id", Map.of("org", orgId));
    }

    /** Stores the item as the aggregate left it, if nobody changed it since {@code version}. */
    void save(SupervisionItem after, long version) {
        int rows = jdbc.sql("""
                UPDATE supervision_items SET status = ?, deadline = ?, extension_until = ?, extension_reason = ?,
                    returned_reason = ?, struck_reason = ?, closed_on = ?, closed_on_time = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(after.status().name(), after.deadline(), after.extensionUntil(), after.extensionReason(),
                        after.returnedReason(), after.struckReason(), after.closedOn(), after.closedOnTime(),
                        after.id(), version).update();
        if (rows == 0) {
            throw new StaleEditException("该督办事项");
        }
    }

    void event(long itemId, String kind, LocalDate on, String note, LocalDate until, String actor, long actorOrg) {
        jdbc.sql("""
                INSERT INTO supervision_events (item_id, kind, occurred_on, note, requested_until, actor, actor_org_id,
                    recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(itemId, kind, on, Text.clean(note), until, actor, actorOrg, LocalDateTime.now(clock)).update();
    }

    List<SupervisionEvent> events(long itemId) {
        return jdbc.sql("SELECT * FROM supervision_events WHERE item_id = ? ORDER BY id").param(itemId)
                .query((rs, i) -> new SupervisionEvent(rs.getLong("id"), rs.getString("kind"),
                        EVENT_LABELS.getOrDefault(rs.getString("kind"), rs.getString("kind")),
                        rs.getObject("occurred_on", LocalDate.class), rs.getString("note"),
                        rs.getObject("requested_until", LocalDate.class), rs.getString("actor"),
                        rs.getObject("recorded_at", LocalDateTime.class))).list();
    }

    long insertReport(long itemId, LocalDate on, String text, String fileName, String type, byte[] content,
                      String username) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO supervision_reports (item_id, reported_on, report_text, file_name, content_type, size_bytes,
                    content, reported_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(itemId, on, text.strip(), fileName, type, content == null ? null : (long) content.length,
                        content, username, LocalDateTime.now(clock)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    List<SupervisionReport> reports(long itemId) {
        return jdbc.sql("""
                SELECT id, item_id, reported_on, report_text, file_name, content_type, size_bytes, reported_by
                FROM supervision_reports WHERE item_id = ? ORDER BY id""").param(itemId)
                .query((rs, i) -> new SupervisionReport(rs.getLong("id"), rs.getLong("item_id"),
                        rs.getObject("reported_on", LocalDate.class), rs.getString("report_text"),
                        rs.getString("file_name"), rs.getString("content_type"), rs.getObject("size_bytes", Long.class),
                        rs.getString("reported_by"))).list();
    }

    Optional<byte[]> reportContent(long itemId, long reportId) {
        return jdbc.sql("SELECT content FROM supervision_reports WHERE id = ? AND item_id = ? AND content IS NOT NULL")
                .params(reportId, itemId).query((rs, i) -> rs.getBytes(1)).optional();
    }

    private List<SupervisionItem> load(String sql, Map<String, Object> params) {
        Map<Long, List<SupervisionItem.CoUnit>> coUnits = new HashMap<>();
        List<SupervisionItem> items = jdbc.sql(sql).params(params).query((rs, i) -> new SupervisionItem(
                rs.getLong("id"), rs.getLong("org_id"), rs.getString("org_name"), rs.getInt("item_year"),
                rs.getString("item_number"), rs.getString("title"), rs.getString("source"),
                rs.getString("requirement"), rs.getLong("lead_org_id"), rs.getString("lead_name"),
                rs.getObject("township_id", Long.class), List.of(),
                rs.getObject("registered_on", LocalDate.class), rs.getObject("deadline", LocalDate.class),
                rs.getObject("first_due", LocalDate.class), SupervisionStatus.valueOf(rs.getString("status")),
                rs.getObject("extension_until", LocalDate.class), rs.getString("extension_reason"),
                rs.getString("returned_reason"), rs.getString("struck_reason"),
                rs.getObject("closed_on", LocalDate.class), (Boolean) rs.getObject("closed_on_time"),
                rs.getObject("last_reported", LocalDate.class), rs.getString("created_by"),
                rs.getObject("created_at", LocalDateTime.class), rs.getLong("version"))).list();
        if (items.isEmpty()) {
            return items;
        }
        List<Long> ids = items.stream().map(SupervisionItem::id).toList();
        for (List<Long> chunk : org.jiceng.shared.metrics.OrgBatches.chunks(ids)) {
            jdbc.sql("SELECT item_id, org_id, org_name FROM supervision_co_units WHERE item_id IN (:ids) ORDER BY org_id")
                    .param("ids", chunk).query(rs -> {
                        coUnits.computeIfAbsent(rs.getLong("item_id"), k -> new ArrayList<>())
                                .add(new SupervisionItem.CoUnit(rs.getLong("org_id"), rs.getString("org_name")));
                    });
        }
        return items.stream().map(s -> new SupervisionItem(s.id(), s.orgId(), s.orgName(), s.year(), s.number(),
                s.title(), s.source(), s.requirement(), s.leadOrgId(), s.leadName(), s.townshipId(),
                List.copyOf(coUnits.getOrDefault(s.id(), List.of())), s.registeredOn(), s.deadline(), s.firstDue(),
                s.status(), s.extensionUntil(), s.extensionReason(), s.returnedReason(), s.struckReason(),
                s.closedOn(), s.closedOnTime(), s.lastReportedOn(), s.createdBy(), s.createdAt(), s.version())).toList();
    }

}
