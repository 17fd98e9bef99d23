package org.jiceng.target.task;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jiceng.configuration.CodeLists;
import org.jiceng.organization.RegisterSql;
import org.jiceng.organization.ScopedSql;
import org.jiceng.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Storage of central tasks and their target amounts. */
@Repository
class TaskRepository {

    static final String CATEGORIES = "LEDGER_CATEGORY";
    static final String UNITS = "LEDGER_UNIT";

    private static final String SELECT = """
            SELECT t.*, o.short_name AS org_name FROM central_tasks t JOIN orgs o ON o.id = t.org_id""";

    private final JdbcClient jdbc;
    private final CodeLists codes;
    private final Clock clock;

    TaskRepository(JdbcClient jdbc, CodeLists codes, Clock clock) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.clock = clock;
    }

    long insert(long orgId, Long parentId, int year, String title, String category, String leadUnit, String coUnits,
                LocalDate deadline, String description, List<Quantity> targets, String username) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO central_tasks (org_id, parent_id, task_year, title, category, lead_unit, co_units, deadline,
                    description, created_by, created_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(orgId, parentId, year, title.strip(), category, leadUnit.strip(), Text.clean(coUnits), deadline,
                        Text.clean(description), username, LocalDateTime.now(clock))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (Quantity q : targets) {
            jdbc.sql("INSERT INTO central_task_targets (task_id, unit, quantity) VALUES (?, ?, ?)")
                    .params(id, q.unit(), q.quantity()).update();
        }
        return id;
    }

    boolean hasShare(long parentId, long orgId) {
        return jdbc.sql("SELECT COUNT(*) FROM central_tasks WHERE parent_id = ? AND org_id = ?")
                .params(parentId, orgId).query(Long.class).single() > 0;
    }

    Optional<CentralTask> find(long id) {
        return list(jdbc.sql(SELECT + " WHERE t.id = ?").param(id).query((rs, i) -> row(rs)).list()).stream()
                .findFirst();
    }

    /** Tasks of orgs under {@code orgId} in a year, the user's scope applied: townships' first, then shares. */
    List<CentralTask> under(ScopedSql scoped, long orgId, int year) {
        return list(jdbc.sql(SELECT + ScopedSql.joinUnder("t.org_id", "orgId") + " WHERE t.task_year = :year AND "
                        + scoped.predicate() + " ORDER BY o.depth, t.category, t.id")
                .params(scoped.params()).param("orgId", orgId).param("year", year)
                .query((rs, i) -> row(rs)).list());
    }

    List<CentralTask> shares(long parentId) {
        return list(jdbc.sql(SELECT + " WHERE t.parent_id = ? ORDER BY o.sort_order, t.id").param(parentId)
                .query((rs, i) -> row(rs)).list());
    }

    /** Tasks whose org is the given org or above it in a year: what an entry of that org may be linked to. */
    List<CentralTask> forOrg(long orgId, int year) {
        return list(jdbc.sql(SELECT + " WHERE t.task_year = ? AND " + RegisterSql.atOrAbove("t.org_id", "?")
                        + " ORDER BY o.depth DESC, t.id").params(year, orgId).query((rs, i) -> row(rs)).list());
    }

    private record Row(CentralTask task) {
    }

    private Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(new CentralTask(rs.getLong("id"), rs.getLong("org_id"), rs.getString("org_name"),
                rs.getObject("parent_id", Long.class), rs.getInt("task_year"), rs.getString("title"),
                rs.getString("category"), codes.label(CATEGORIES, rs.getString("category")),
                rs.getString("lead_unit"), rs.getString("co_units"), rs.getObject("deadline", LocalDate.class),
                rs.getString("description"), rs.getString("created_by"),
                rs.getObject("created_at", LocalDateTime.class), rs.getLong("version"), List.of()));
    }

    /** The rows with their targets, read in one query. */
    private List<CentralTask> list(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<CentralTask.Target>> targets = new HashMap<>();
        Map<String, String> labels = codes.labels(UNITS);
        jdbc.sql("SELECT task_id, unit, quantity FROM central_task_targets WHERE task_id IN (:ids) ORDER BY id")
                .param("ids", rows.stream().map(r -> r.task().id()).toList())
                .query(rs -> {
                    targets.computeIfAbsent(rs.getLong("task_id"), k -> new ArrayList<>()).add(new CentralTask.Target(
                            rs.getString("unit"), labels.getOrDefault(rs.getString("unit"), rs.getString("unit")),
                            rs.getBigDecimal("quantity")));
                });
        return rows.stream().map(r -> {
            CentralTask t = r.task();
            return new CentralTask(t.id(), t.orgId(), t.orgName(), t.parentId(), t.year(), t.title(), t.category(),
                    t.categoryLabel(), t.leadUnit(), t.coUnits(), t.deadline(), t.description(), t.createdBy(),
                    t.createdAt(), t.version(), targets.getOrDefault(t.id(), List.of()));
        }).toList();
    }

}
