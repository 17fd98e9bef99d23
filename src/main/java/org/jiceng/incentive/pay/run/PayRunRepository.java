package org.jiceng.incentive.pay.run;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jiceng.organization.ScopedSql;
import org.jiceng.shared.Scope;
import org.jiceng.shared.StaleEditException;
import org.jiceng.shared.RequestMemo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * SQL for pay runs and their lines. What stands paid of a line is summed from the ledger on every read (payments
 * minus their reversals), with the date of the last payment not reversed.
 */
@Repository
class PayRunRepository {

    private static final String RUN = "SELECT * FROM pay_runs";

    /** Lines with what stands paid, from the entries linked to them. */
    static final String PAID = """
            SELECT e.line_id, SUM(-e.amount) AS paid,
                   MAX(CASE WHEN e.kind = 'PAY_OUT' AND r.id IS NULL THEN e.entry_date END) AS last_paid,
                   MAX(CASE WHEN e.kind = 'PAY_OUT' AND r.id IS NULL THEN e.method END) AS method
            FROM pay_entries e LEFT JOIN pay_entries r ON r.reversed_id = e.id""";

    private final JdbcClient jdbc;
    private final Clock clock;

    PayRunRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long insertRun(long townshipId, RunKind kind, int year, int month, long standardId, LocalDate dueDate, String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO pay_runs (township_id, kind, run_year, run_month, standard_id, due_date, computed_by,
                    computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(townshipId, kind.name(), year, month, standardId, dueDate, by, LocalDateTime.now(clock))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void insertLines(long runId, List<RunCalculator.Plan> plans) {
        int order = 0;
        for (RunCalculator.Plan p : plans) {
            jdbc.sql("""
                    INSERT INTO pay_lines (run_id, village_id, person_id, person_name, post_code, post_label, months,
                        grade, percent, basic, topup, due, excluded_reason, sort_order)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(runId, p.villageId(), p.personId(), p.personName(), p.post(), p.postLabel(), p.months(),
                            p.grade(), p.percent(), p.basic(), p.topup(), p.due(), p.excludedReason(), order++)
                    .update();
        }
    }

    /** Replaces a run's lines (only while nothing has been paid on it) and marks the run recomputed. */
    void recompute(long runId, long version, long standardId, LocalDate dueDate, List<RunCalculator.Plan> plans,
                   String by) {
        int updated = jdbc.sql("""
                UPDATE pay_runs SET standard_id = ?, due_date = ?, computed_by = ?, computed_at = ?,
                    version = version + 1 WHERE id = ? AND version = ?""")
                .params(standardId, dueDate, by, LocalDateTime.now(clock), runId, version).update();
        if (updated == 0) {
            throw new StaleEditException("该次报酬计算");
        }
        jdbc.sql("DELETE FROM pay_lines WHERE run_id = ?").param(runId).update();
        insertLines(runId, plans);
    }

    boolean hasEntries(long runId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM pay_entries e JOIN pay_lines l ON l.id = e.line_id WHERE l.run_id = ?""")
                .param(runId).query(Long.class).single() > 0;
    }

    Optional<PayRun> run(long id) {
        return jdbc.sql(RUN + " WHERE id = ?").param(id).query((rs, i) -> run(rs)).optional();
    }

    Optional<PayRun> run(long townshipId, RunKind kind, int year, int month) {
        return jdbc.sql(RUN + " WHERE township_id = ? AND kind = ? AND run_year = ? AND run_month = ?")
                .params(townshipId, kind.name(), year, month).query((rs, i) -> run(rs)).optional();
    }

    List<PayRun> runs(long townshipId, int year) {
        return jdbc.sql(RUN + " WHERE township_id = ? AND run_year = ? ORDER BY kind, run_month")
                .params(townshipId, year).query((rs, i) -> run(rs)).list();
    }

    Optional<Long> townshipOfRun(long runId) {
        return jdbc.sql("SELECT township_id FROM pay_runs WHERE id = ?").param(runId).query(Long.class).optional();
    }

    Optional<Long> villageOfLine(long lineId) {
        return jdbc.sql("SELECT village_id FROM pay_lines WHERE id = ?").param(lineId).query(Long.class).optional();
    }

    /** The run's lines of the villages within the scope. */
    List<PayLine> lines(PayRun run, LocalDate today, Scope scope) {
        ScopedSql scoped = ScopedSql.of(scope, "l.village_id", null);
        return jdbc.sql("SELECT l.*, p.paid, p.last_paid, p.method FROM pay_lines l LEFT JOIN (" + PAID
                        + " WHERE e.line_id IN (SELECT x.id FROM pay_lines x WHERE x.run_id = :run) GROUP BY e.line_id)"
                        + " p ON p.line_id = l.id WHERE l.run_id = :run AND " + scoped.predicate()
                        + " ORDER BY l.sort_order, l.id")
                .param("run", run.id()).params(scoped.params()).query((rs, i) -> line(rs, run.dueDate(), today)).list();
    }

    Optional<PayLine> line(long lineId, LocalDate dueDate, LocalDate today) {
        return jdbc.sql("SELECT l.*, p.paid, p.last_paid, p.method FROM pay_lines l LEFT JOIN (" + PAID
                        + " WHERE e.line_id = :line GROUP BY e.line_id) p ON p.line_id = l.id WHERE l.id = :line")
                .param("line", lineId).query((rs, i) -> line(rs, dueDate, today)).optional();
    }

    Optional<Long> runOfLine(long lineId) {
        return jdbc.sql("SELECT run_id FROM pay_lines WHERE id = ?").param(lineId).query(Long.class).optional();
    }

    /** Every line of the townships' runs of a year (monthly and performance) with its status today. */
    List<RunLine> linesOfYear(Collection<Long> townshipIds, int year, LocalDate today) {
        // Read once per read-only request: the workbench's pay work and its pay figures read the same lines.
        return RequestMemo.once("payLines:" + townshipIds + ":" + year + ":" + today, () -> jdbc.sql("""
                SELECT r.township_id, r.kind, r.run_month, r.due_date, l.*, p.paid, p.last_paid, p.method
                FROM pay_runs r JOIN pay_lines l ON l.run_id = r.id
                LEFT JOIN (""" + PAID + """
                 JOIN pay_lines pl ON pl.id = e.line_id JOIN pay_runs pr ON pr.id = pl.run_id
                 WHERE pr.run_year = :year AND pr.township_id IN (:townships) GROUP BY e.line_id) p ON p.line_id = l.id
                WHERE r.run_year = :year AND r.township_id IN (:townships)
                ORDER BY r.township_id, r.kind, r.run_month, l.sort_order""")
                .param("year", year).param("townships", townshipIds)
                .query((rs, i) -> new RunLine(rs.getLong("township_id"), RunKind.valueOf(rs.getString("kind")),
                        rs.getInt("run_month"), line(rs, rs.getObject("due_date", LocalDate.class), today)))
                .list());
    }

    /** Every line of the year's runs of these townships, or for these villages (metrics read both at once). */
    List<RunLine> linesOfYearFor(Collection<Long> orgIds, int year, LocalDate today) {
        return jdbc.sql("""
                SELECT r.township_id, r.kind, r.run_month, r.due_date, l.*, p.paid, p.last_paid, p.method
                FROM pay_runs r JOIN pay_lines l ON l.run_id = r.id
                LEFT JOIN (""" + PAID + """
                 JOIN pay_lines pl ON pl.id = e.line_id JOIN pay_runs pr ON pr.id = pl.run_id
                 WHERE pr.run_year = :year AND (pr.township_id IN (:ids) OR pl.village_id IN (:ids))
                 GROUP BY e.line_id) p ON p.line_id = l.id
                WHERE r.run_year = :year AND (r.township_id IN (:ids) OR l.village_id IN (:ids))""")
                .param("year", year).param("ids", orgIds)
                .query((rs, i) -> new RunLine(rs.getLong("township_id"), RunKind.valueOf(rs.getString("kind")),
                        rs.getInt("run_month"), line(rs, rs.getObject("due_date", LocalDate.class), today)))
                .list();
    }

    /** A line with its run's township and period, for dashboards and metrics. */
    record RunLine(long townshipId, RunKind kind, int month, PayLine line) {
    }

    private static PayRun run(ResultSet rs) throws SQLException {
        return new PayRun(rs.getLong("id"), rs.getLong("township_id"), null, RunKind.valueOf(rs.getString("kind")),
                rs.getInt("run_year"), rs.getInt("run_month"), rs.getLong("standard_id"),
                rs.getObject("due_date", LocalDate.class), rs.getString("computed_by"),
                rs.getTimestamp("computed_at").toLocalDateTime(), rs.getLong("version"));
    }

    private static PayLine line(ResultSet rs, LocalDate dueDate, LocalDate today) throws SQLException {
        BigDecimal due = rs.getBigDecimal("due");
        BigDecimal paid = rs.getBigDecimal("paid") == null ? BigDecimal.ZERO.setScale(2) : rs.getBigDecimal("paid").setScale(2);
        LocalDate last = rs.getObject("last_paid", LocalDate.class);
        String method = rs.getString("method");
        return new PayLine(rs.getLong("id"), rs.getLong("run_id"), rs.getLong("village_id"), null,
                rs.getLong("person_id"), rs.getString("person_name"), rs.getString("post_code"),
                rs.getString("post_label"), rs.getInt("months"), rs.getString("grade"), rs.getBigDecimal("percent"),
                rs.getBigDecimal("basic"), rs.getBigDecimal("topup"), due, rs.getString("excluded_reason"), paid, last,
                method == null ? null : org.jiceng.incentive.pay.account.PayMethod.valueOf(method).label(),
                LineStatus.of(due, paid, last, dueDate, today));
    }
}
