package org.jiceng.target.letter;

import org.jiceng.shared.Text;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.jiceng.configuration.CodeLists;
import org.jiceng.organization.ScopedSql;
import org.jiceng.shared.StaleEditException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Storage of target letters and their items; every change of a letter names the version seen. */
@Repository
class LetterRepository {

    static final String AREAS = "TARGET_AREA";
    static final String UNITS = "LEDGER_UNIT";

    private static final String SELECT = """
            SELECT l.*, o.short_name AS org_name FROM target_letters l JOIN orgs o ON o.id = l.org_id""";

    private final JdbcClient jdbc;
    private final CodeLists codes;
    private final Clock clock;

    LetterRepository(JdbcClient jdbc, CodeLists codes, Clock clock) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.clock = clock;
    }

    long insert(long orgId, LetterForm form, String username) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO target_letters (org_id, letter_year, title, issuer, status, created_by, created_at, version)
                VALUES (?, ?, ?, ?, 'DRAFT', ?, ?, 0)""")
                .params(orgId, form.year(), form.title().strip(), form.issuer().strip(), username,
                        LocalDateTime.now(clock))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean titleTaken(long orgId, int year, String title) {
        return jdbc.sql("SELECT COUNT(*) FROM target_letters WHERE org_id = ? AND letter_year = ? AND title = ?")
                .params(orgId, year, title.strip()).query(Long.class).single() > 0;
    }

    Optional<TargetLetter> find(long id) {
        return jdbc.sql(SELECT + " WHERE l.id = ?").param(id).query((rs, i) -> letter(rs, List.of())).optional()
                .map(l -> new TargetLetter(l.id(), l.orgId(), l.orgName(), l.year(), l.title(), l.issuer(), l.status(),
                        l.issuedOn(), l.createdBy(), l.createdAt(), l.version(), items(id)));
    }

    /** Letters of orgs under {@code orgId} in a year, the user's scope applied, without their items. */
    List<TargetLetter> under(ScopedSql scoped, long orgId, int year) {
        return jdbc.sql(SELECT + ScopedSql.joinUnder("l.org_id", "orgId") + " WHERE l.letter_year = :year AND "
                        + scoped.predicate() + " ORDER BY o.sort_order, l.id")
                .params(scoped.params()).param("orgId", orgId).param("year", year)
                .query((rs, i) -> letter(rs, List.of())).list();
    }

    /** An org's own letters of a year with their number of items and of copies not yet signed (for the workbench). */
    List<Pending> pendingOf(long orgId, int year) {
        return jdbc.sql("""
                SELECT l.id, l.title, l.status,
                    (SELECT COUNT(*) FROM target_letter_items i WHERE i.letter_id = l.id) AS items,
                    (SELECT COUNT(*) FROM target_letter_copies c WHERE c.letter_id = l.id AND c.status = 'ISSUED') AS unsigned
                FROM target_letters l WHERE l.org_id = ? AND l.letter_year = ? ORDER BY l.id""")
                .params(orgId, year).query((rs, i) -> new Pending(rs.getLong("id"), rs.getString("title"),
                        LetterStatus.valueOf(rs.getString("status")), rs.getLong("items"), rs.getLong("unsigned"), null))
                .list();
    }

    /** A village's copies of a year awaiting signature (for the workbench). */
    List<Pending> unsignedCopiesOf(long villageId, int year) {
        return jdbc.sql("""
                SELECT c.id, l.title, l.issuer FROM target_letter_copies c JOIN target_letters l ON l.id = c.letter_id
                WHERE c.village_id = ? AND l.letter_year = ? AND c.status = 'ISSUED' ORDER BY c.id""")
                .params(villageId, year).query((rs, i) -> new Pending(rs.getLong("id"), rs.getString("title"),
                        LetterStatus.ISSUED, 0, 1, rs.getString("issuer"))).list();
    }

    /** A letter (or a village's copy) still waiting for a step. */
    record Pending(long id, String title, LetterStatus status, long items, long unsigned, String issuer) {
    }

    /** Stores the letter's status as the aggregate left it, if nobody changed it since {@code version}. */
    void save(TargetLetter after, long version) {
        int changed = jdbc.sql("""
                UPDATE target_letters SET status = ?, issued_on = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(after.status().name(), after.issuedOn(), after.id(), version).update();
        if (changed == 0) {
            throw new StaleEditException("该目标责任书");
        }
    }

    long insertItem(long letterId, ItemForm f) {
        int lineNo = jdbc.sql("SELECT COALESCE(MAX(line_no), 0) + 1 FROM target_letter_items WHERE letter_id = ?")
                .param(letterId).query(Integer.class).single();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO target_letter_items (letter_id, line_no, area, content, measure_kind, base_points,
                    target_quantity, unit, points_per_unit_over, bonus_cap, deadline, points_per_day_late,
                    checking_office, evidence, milestones, task_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(letterId, lineNo, f.area(), f.content().strip(), f.kind().name(), f.basePoints(),
                        f.targetQuantity(), Text.clean(f.unit()), f.pointsPerUnitOver(), f.bonusCap(), f.deadline(),
                        f.pointsPerDayLate(), f.checkingOffice().strip(), Text.clean(f.evidence()),
                        Text.clean(f.milestones()), f.taskId())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Marks the letter changed (an item added or removed), if nobody changed it since {@code version}. */
    void touch(long letterId, long version) {
        if (jdbc.sql("UPDATE target_letters SET version = version + 1 WHERE id = ? AND version = ?")
                .params(letterId, version).update() == 0) {
            throw new StaleEditException("该目标责任书");
        }
    }

    void deleteItem(long itemId) {
        jdbc.sql("DELETE FROM target_letter_items WHERE id = ?").param(itemId).update();
    }

    private List<LetterItem> items(long letterId) {
        return jdbc.sql("""
                SELECT i.*, t.title AS task_title FROM target_letter_items i
                LEFT JOIN central_tasks t ON t.id = i.task_id WHERE i.letter_id = ? ORDER BY i.line_no""")
                .param(letterId).query((rs, n) -> item(rs)).list();
    }

    private LetterItem item(ResultSet rs) throws SQLException {
        String unit = rs.getString("unit");
        return new LetterItem(rs.getLong("id"), rs.getInt("line_no"), rs.getString("area"),
                codes.label(AREAS, rs.getString("area")), rs.getString("content"),
                MeasureKind.valueOf(rs.getString("measure_kind")), rs.getBigDecimal("base_points"),
                rs.getBigDecimal("target_quantity"), unit, unit == null ? null : codes.label(UNITS, unit),
                rs.getBigDecimal("points_per_unit_over"), rs.getBigDecimal("bonus_cap"),
                rs.getObject("deadline", LocalDate.class), rs.getBigDecimal("points_per_day_late"),
                rs.getString("checking_office"), rs.getString("evidence"), rs.getString("milestones"),
                rs.getObject("task_id", Long.class), rs.getString("task_title"));
    }

    private static TargetLetter letter(ResultSet rs, List<LetterItem> items) throws SQLException {
        return new TargetLetter(rs.getLong("id"), rs.getLong("org_id"), rs.getString("org_name"),
                rs.getInt("letter_year"), rs.getString("title"), rs.getString("issuer"),
                LetterStatus.valueOf(rs.getString("status")), rs.getObject("issued_on", LocalDate.class),
                rs.getString("created_by"), rs.getObject("created_at", LocalDateTime.class), rs.getLong("version"),
                items);
    }

}
