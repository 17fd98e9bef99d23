package org.jiceng.target.summary;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jiceng.organization.ScopedSql;
import org.jiceng.review.ReviewStage;
import org.jiceng.shared.StaleEditException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Storage of summary periods and summaries; the chain's stage is filled in by the service from the review module. */
@Repository
class SummaryRepository {

    static final RowMapper<SummaryPeriod> PERIOD = (rs, i) -> new SummaryPeriod(rs.getLong("id"),
            rs.getLong("owner_org_id"), rs.getString("owner_name"), rs.getInt("period_year"),
            SummaryKind.valueOf(rs.getString("kind")), rs.getString("title"),
            rs.getObject("period_end", LocalDate.class), rs.getObject("submit_due", LocalDate.class),
            rs.getBigDecimal("max_points"), Submitters.valueOf(rs.getString("submitters")), rs.getLong("process_id"),
            rs.getLong("version"));

    private static final RowMapper<PeriodicSummary> SUMMARY = (rs, i) -> new PeriodicSummary(rs.getLong("id"),
            rs.getLong("period_id"), rs.getLong("org_id"), rs.getString("org_name"), rs.getLong("reviewer_org_id"),
            rs.getLong("item_id"), rs.getString("summary_text"), rs.getString("file_name"),
            rs.getString("content_type"), rs.getObject("size_bytes", Long.class),
            rs.getObject("submitted_on", LocalDate.class), (Boolean) rs.getObject("late"),
            rs.getBigDecimal("points"), rs.getString("scored_by"), rs.getLong("version"), ReviewStage.DRAFT, null, 0);

    private static final String SUMMARY_COLUMNS = """
            s.id, s.period_id, s.org_id, s.org_name, s.reviewer_org_id, s.item_id, s.summary_text, s.file_name,
            s.content_type, s.size_bytes, s.submitted_on, s.late, s.points, s.scored_by, s.version""";

    private final JdbcClient jdbc;
    private final Clock clock;

    SummaryRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean titleTaken(long owner, int year, String title) {
        return jdbc.sql("SELECT COUNT(*) FROM summary_periods WHERE owner_org_id = ? AND period_year = ? AND title = ?")
                .params(owner, year, title).query(Long.class).single() > 0;
    }

    long insertPeriod(long owner, String ownerName, PeriodForm f, long processId, String username) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO summary_periods (owner_org_id, owner_name, period_year, kind, title, period_end, submit_due,
                    max_points, submitters, process_id, version, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
                .params(owner, ownerName, f.year(), f.kind().name(), f.title().strip(), f.periodEnd(), f.submitDue(),
                        f.maxPoints(), f.submitters().name(), processId, username, LocalDateTime.now(clock))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<SummaryPeriod> period(long id) {
        return jdbc.sql("SELECT * FROM summary_periods WHERE id = ?").param(id).query(PERIOD).optional();
    }

    Optional<Long> ownerOfPeriod(long id) {
        return jdbc.sql("SELECT owner_org_id FROM summary_periods WHERE id = ?").param(id).query(Long.class).optional();
    }

    /** Periods of a year set by orgs the user reads (their subtree or above them), by deadline. */
    List<SummaryPeriod> periods(ScopedSql readable, int year) {
        Map<String, Object> params = new HashMap<>(readable.params());
        params.put("year", year);
        return jdbc.sql("SELECT p.* FROM summary_periods p WHERE " + readable.predicate()
                        + " AND p.period_year = :year ORDER BY p.submit_due, p.id")
                .params(params).query(PERIOD).list();
    }

    long insertSummary(long periodId, long orgId, String orgName, long reviewerOrgId, long itemId, String text,
                       String username) {
        var keys = new GeneratedKeyHolder();
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.sql("""
                INSERT INTO period_summaries (period_id, org_id, org_name, reviewer_org_id, item_id, summary_text,
                    version, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?)""")
                .params(periodId, orgId, orgName, reviewerOrgId, itemId, text, username, now, now)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void updateText(long id, String text, long version) {
        changed(jdbc.sql("""
                UPDATE period_summaries SET summary_text = ?, updated_at = ?, version = version + 1
                WHERE id = ? AND version = ?""").params(text, LocalDateTime.now(clock), id, version).update());
    }

    void attach(long id, String fileName, String type, byte[] content) {
        jdbc.sql("UPDATE period_summaries SET file_name = ?, content_type = ?, size_bytes = ?, content = ? WHERE id = ?")
                .params(fileName, type, (long) content.length, content, id).update();
    }

    void submitted(long id, LocalDate on, boolean late) {
        jdbc.sql("UPDATE period_summaries SET submitted_on = ?, late = ? WHERE id = ? AND submitted_on IS NULL")
                .params(on, late, id).update();
    }

    void score(long id, BigDecimal points, String username) {
        jdbc.sql("UPDATE period_summaries SET points = ?, scored_by = ?, version = version + 1 WHERE id = ?")
                .params(points, username, id).update();
    }

    Optional<PeriodicSummary> summary(long id) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM period_summaries s WHERE s.id = ?").param(id)
                .query(SUMMARY).optional();
    }

    Optional<PeriodicSummary> summaryOf(long periodId, long orgId) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM period_summaries s WHERE s.period_id = ? AND s.org_id = ?")
                .params(periodId, orgId).query(SUMMARY).optional();
    }

    Optional<Long> orgOfSummary(long id) {
        return jdbc.sql("SELECT org_id FROM period_summaries WHERE id = ?").param(id).query(Long.class).optional();
    }

    List<PeriodicSummary> summaries(long periodId) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM period_summaries s WHERE s.period_id = ? ORDER BY s.id")
                .param(periodId).query(SUMMARY).list();
    }

    /** Summaries of an org in periods of a year: its own work list. */
    List<PeriodicSummary> summariesOf(long orgId, int year) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM period_summaries s JOIN summary_periods p ON p.id = s.period_id"
                        + " WHERE s.org_id = ? AND p.period_year = ?").params(orgId, year).query(SUMMARY).list();
    }

    Optional<byte[]> content(long id) {
        return jdbc.sql("SELECT content FROM period_summaries WHERE id = ? AND content IS NOT NULL").param(id)
                .query((rs, i) -> rs.getBytes(1)).optional();
    }

    private static void changed(int rows) {
        if (rows == 0) {
            throw new StaleEditException("该总结");
        }
    }
}
