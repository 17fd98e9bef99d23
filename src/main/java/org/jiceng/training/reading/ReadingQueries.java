package org.jiceng.training.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.jiceng.configuration.CodeSql;
import org.jiceng.organization.RegisterSql;
import org.jiceng.organization.ScopedSql;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.ScopeKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads required readings (规定篇目) and who studied them. A reading binds every org below the county that listed it;
 * people are always those of the register in the user's data scope, members in good standing only.
 */
@Component
@Transactional(readOnly = true)
class ReadingQueries {

    private static final String SELECT = """
            SELECT r.*, o.short_name AS org_name, ci.label AS category_label, d.file_name AS document_name
            FROM training_readings r JOIN orgs o ON o.id = r.org_id
            LEFT JOIN training_reading_documents d ON d.reading_id = r.id"""
            + CodeSql.leftJoinItem("ci", "TRAINING_CATEGORY", "r.category");
    private static final String COMMITTEE = "CASE WHEN " + RegisterSql.committeeMemberDuring("p.id", "from", "to")
            + " THEN 1 ELSE 0 END";

    private final JdbcClient jdbc;
    private final DataScope scope;

    ReadingQueries(JdbcClient jdbc, DataScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    Optional<Reading> reading(long id) {
        return jdbc.sql(SELECT + " WHERE r.id = ?").param(id).query((rs, i) -> reading(rs)).optional();
    }

    /** The year's readings that bind an org: listed by the org itself or one of its ancestors, by due date. */
    List<Reading> bindingOn(long orgId, int year) {
        return jdbc.sql(SELECT + "\n" + """
                 WHERE r.reading_year = :year AND\s""" + RegisterSql.atOrAbove("r.org_id", ":org")
                + " ORDER BY CASE WHEN r.due_date IS NULL THEN 1 ELSE 0 END, r.due_date, r.id")
                .param("year", year).param("org", orgId).query((rs, i) -> reading(rs)).list();
    }

    /** How many people in scope under an org studied each reading (reading id → count). */
    Map<Long, Integer> studiedCounts(long orgId, List<Long> readingIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (readingIds.isEmpty()) {
            return counts;
        }
        var scoped = ScopedSql.of(scope.scope(ScopeKind.REGISTER), "p.org_id", "p.id");
        jdbc.sql("SELECT st.reading_id, COUNT(*) AS n FROM reading_studies st JOIN people p ON p.id = st.person_id"
                        + " WHERE st.reading_id IN (:ids) AND " + scoped.predicate() + " AND "
                        + ScopedSql.peopleUnderOrg("p.org_id", "p.party_group_id", "org") + " GROUP BY st.reading_id")
                .params(scoped.params()).param("ids", readingIds).param("org", orgId)
                .query(rs -> {
                    counts.put(rs.getLong("reading_id"), rs.getInt("n"));
                });
        return counts;
    }

    /** A person in scope the reading may be recorded for, with whether they sit on a branch committee that year. */
    record Reader(long id, String name, String orgName, boolean committee, boolean studied) {
    }

    /** People in scope under an org (members in good standing) with their standing towards one reading. */
    List<Reader> readers(long orgId, Reading reading, List<Long> onlyIds) {
        var scoped = ScopedSql.of(scope.scope(ScopeKind.REGISTER), "p.org_id", "p.id");
        String only = onlyIds == null ? "" : " AND p.id IN (:ids)";
        var spec = jdbc.sql("SELECT p.id, p.name, o.short_name AS org_name, " + COMMITTEE + " AS committee,"
                        + " CASE WHEN EXISTS (SELECT 1 FROM reading_studies st WHERE st.person_id = p.id"
                        + " AND st.reading_id = :reading) THEN 1 ELSE 0 END AS studied"
                        + " FROM people p JOIN orgs o ON o.id = p.org_id"
                        + " WHERE " + RegisterSql.memberInGoodStanding("p") + " AND " + scoped.predicate()
                        + " AND " + ScopedSql.peopleUnderOrg("p.org_id", "p.party_group_id", "org") + only
                        + " ORDER BY o.sort_order, o.id, p.name, p.id")
                .params(scoped.params()).param("org", orgId).param("reading", reading.id())
                .param("from", LocalDate.of(reading.year(), 1, 1)).param("to", LocalDate.of(reading.year(), 12, 31));
        if (onlyIds != null) {
            if (onlyIds.isEmpty()) {
                return List.of();
            }
            spec = spec.param("ids", onlyIds);
        }
        return spec.query((rs, i) -> new Reader(rs.getLong("id"), rs.getString("name"), rs.getString("org_name"),
                rs.getInt("committee") == 1, rs.getInt("studied") == 1)).list();
    }

    /** One member's progress over the year's required readings. */
    record Progress(long personId, String name, String orgName, boolean committee, int required, int studied,
                    List<String> missing) {
        public boolean done() {
            return studied >= required;
        }
    }

    /** Every member in scope under an org with how many of the readings binding them they studied, in org order. */
    void forEachProgress(long orgId, List<Reading> readings, int year, Consumer<Progress> consumer) {
        var scoped = ScopedSql.of(scope.scope(ScopeKind.REGISTER), "p.org_id", "p.id");
        Map<Long, List<Long>> studied = new HashMap<>();
        List<Long> ids = readings.stream().map(Reading::id).toList();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT st.person_id, st.reading_id FROM reading_studies st JOIN people p ON p.id = st.person_id"
                            + " WHERE st.reading_id IN (:ids) AND " + scoped.predicate() + " AND "
                            + ScopedSql.peopleUnderOrg("p.org_id", "p.party_group_id", "org"))
                    .params(scoped.params()).param("ids", ids).param("org", orgId)
                    .query(rs -> {
                        studied.computeIfAbsent(rs.getLong("person_id"), k -> new ArrayList<>()).add(rs.getLong("reading_id"));
                    });
        }
        jdbc.sql("SELECT p.id, p.name, o.short_name AS org_name, " + COMMITTEE + " AS committee"
                        + " FROM people p JOIN orgs o ON o.id = p.org_id"
                        + " WHERE " + RegisterSql.memberInGoodStanding("p") + " AND " + scoped.predicate()
                        + " AND " + ScopedSql.peopleUnderOrg("p.org_id", "p.party_group_id", "org")
                        + " ORDER BY o.sort_order, o.id, p.name, p.id")
                .params(scoped.params()).param("org", orgId)
                .param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31))
                .withFetchSize(500).query(rs -> {
                    boolean committee = rs.getInt("committee") == 1;
                    List<Long> done = studied.getOrDefault(rs.getLong("id"), List.of());
                    List<Reading> binding = readings.stream().filter(r -> committee || !r.cadresOnly()).toList();
                    List<String> missing = binding.stream().filter(r -> !done.contains(r.id())).map(Reading::title).toList();
                    consumer.accept(new Progress(rs.getLong("id"), rs.getString("name"), rs.getString("org_name"),
                            committee, binding.size(), binding.size() - missing.size(), missing));
                });
    }

    /** A study of a reading by one person, for the person's own list. */
    record Study(long readingId, LocalDate studiedOn, java.math.BigDecimal hours, String note) {
    }

    Map<Long, Study> studiesOf(long personId, int year) {
        Map<Long, Study> studies = new HashMap<>();
        jdbc.sql("""
                SELECT st.reading_id, st.studied_on, st.hours, st.note FROM reading_studies st
                JOIN training_readings r ON r.id = st.reading_id WHERE st.person_id = ? AND r.reading_year = ?""")
                .params(personId, year).query(rs -> {
                    studies.put(rs.getLong("reading_id"), new Study(rs.getLong("reading_id"),
                            rs.getObject("studied_on", LocalDate.class), rs.getBigDecimal("hours"), rs.getString("note")));
                });
        return studies;
    }

    private static Reading reading(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Reading(rs.getLong("id"), rs.getLong("org_id"), rs.getString("org_name"), rs.getInt("reading_year"),
                rs.getString("title"), rs.getString("issuer"), rs.getString("category"), rs.getString("category_label"),
                rs.getString("audience"), rs.getBigDecimal("hours"), rs.getObject("due_date", LocalDate.class),
                rs.getString("link"), rs.getString("document_name"), rs.getLong("version"));
    }
}
