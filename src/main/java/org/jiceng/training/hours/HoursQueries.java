package org.jiceng.training.hours;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.organization.RegisterSql;
import org.jiceng.organization.ScopedSql;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.PageQuery;
import org.jiceng.shared.PageResult;
import org.jiceng.shared.ScopeKind;
import org.jiceng.training.TrainingRollups;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training hours per member and year (学时台账): hours credited by the sessions they attended and the required
 * readings (规定篇目) they studied that year (as {@link TrainingRollups} keeps them), against the
 * requirement of the year's {@link HourRule} — the committee figure for whoever held a branch committee post at any
 * time in the year. Members in good standing (党籍正常) only; always within the user's data scope.
 */
@Component
@Transactional(readOnly = true)
class HoursQueries {

    static final Map<String, String> SORTS = Map.of("org", "org_order", "name", "name", "hours", "hours");

    private final JdbcClient jdbc;
    private final DataScope scope;

    private final org.jiceng.organization.OrgTree tree;

    HoursQueries(JdbcClient jdbc, DataScope scope, org.jiceng.organization.OrgTree tree) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.tree = tree;
    }

    /** A page of members; {@code knownTotal} when the caller has the number of rows already, counted otherwise. */
    PageResult<HoursRow> members(long orgId, int year, HourRule rule, boolean behindOnly, String q, PageQuery page,
                                 Long knownTotal) {
        Inner inner = inner(orgId, year, q);
        String where = behindOnly ? " WHERE x.hours < CASE WHEN x.committee = 1 THEN :committeeHours ELSE :memberHours END" : "";
        Map<String, Object> params = new HashMap<>(inner.params);
        params.put("committeeHours", rule.committeeHours());
        params.put("memberHours", rule.memberHours());
        long total = knownTotal != null ? knownTotal : jdbc.sql("SELECT COUNT(*) FROM (" + inner.sql + ") x" + where)
                .params(params).query(Long.class).single();
        List<HoursRow> rows = jdbc.sql("SELECT * FROM (" + inner.sql + ") x" + where + " ORDER BY "
                        + page.orderBy(SORTS, "org", "x.id") + " LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query((rs, i) -> row(rs, rule)).list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    /** Streams every member's hours (for exports), in org order. */
    void forEachMember(long orgId, int year, HourRule rule, boolean behindOnly, String q,
                       java.util.function.Consumer<HoursRow> consumer) {
        Inner inner = inner(orgId, year, q);
        String where = behindOnly ? " WHERE x.hours < CASE WHEN x.committee = 1 THEN :committeeHours ELSE :memberHours END" : "";
        jdbc.sql("SELECT * FROM (" + inner.sql + ") x" + where + " ORDER BY x.org_order, x.org_id, x.name, x.id")
                .params(inner.params).param("committeeHours", rule.committeeHours()).param("memberHours", rule.memberHours())
                .withFetchSize(500).query(rs -> {
                    consumer.accept(row(rs, rule));
                });
    }

    /** Per org the members are registered with (village branches): members, how many reached their hours, average. */
    List<BranchHours> byBranch(long orgId, int year, HourRule rule) {
        Inner inner = inner(orgId, year, null);
        return jdbc.sql("""
                SELECT x.org_id, MIN(x.org_name) AS org_name, MIN(x.org_order) AS org_order, COUNT(*) AS members,
                       SUM(CASE WHEN x.hours >= CASE WHEN x.committee = 1 THEN :committeeHours ELSE :memberHours END
                           THEN 1 ELSE 0 END) AS reached,
                       AVG(x.hours) AS average_hours
                FROM (""" + inner.sql + ") x GROUP BY x.org_id ORDER BY org_order, x.org_id")
                .params(inner.params).param("committeeHours", rule.committeeHours()).param("memberHours", rule.memberHours())
                .query((rs, i) -> new BranchHours(rs.getLong("org_id"), rs.getString("org_name"), rs.getInt("members"),
                        rs.getInt("reached"), rs.getBigDecimal("average_hours").setScale(1, RoundingMode.HALF_UP)))
                .list();
    }

    private Inner inner(long orgId, int year, String q) {
        var scoped = ScopedSql.checkedPerRow(scope.scope(ScopeKind.REGISTER), "p.org_id", "p.id");
        boolean group = tree.isPartyGroup(orgId);
        Map<String, Object> params = new HashMap<>(scoped.params());
        params.put("org", orgId);
        params.put("from", LocalDate.of(year, 1, 1));
        params.put("to", LocalDate.of(year, 12, 31));
        params.put("year", year);
        String nameFilter = "";
        if (q != null && !q.isBlank()) {
            nameFilter = " AND p.name LIKE :q";
            params.put("q", "%" + q.trim().replace("%", "").replace("_", "") + "%");
        }
        String sql = """
                SELECT p.id, p.name, p.org_id, o.short_name AS org_name, o.sort_order AS org_order,
                  CASE WHEN\s""" + RegisterSql.committeeMemberDuring("p.id", "from", "to") + """
                   THEN 1 ELSE 0 END AS committee,
                  COALESCE(h.hours, 0) AS hours
                FROM people p""" + (group ? "" : ScopedSql.joinUnder("p.org_id", "org")) + """
                JOIN orgs o ON o.id = p.org_id
                LEFT JOIN training_person_hours h ON h.person_id = p.id AND h.hours_year = :year
                WHERE\s""" + RegisterSql.memberInGoodStanding("p")
                + (group ? " AND p.party_group_id = :org" : "") + " AND " + scoped.predicate() + nameFilter;
        return new Inner(sql, params);
    }

    /** A member's row of the inner query against the requirement that applies to them. */
    private static HoursRow row(java.sql.ResultSet rs, HourRule rule) throws java.sql.SQLException {
        boolean committee = rs.getInt("committee") == 1;
        return new HoursRow(rs.getLong("id"), rs.getString("name"), rs.getString("org_name"), committee,
                rule.requiredFor(committee), rs.getBigDecimal("hours").setScale(1, RoundingMode.HALF_UP));
    }

    private record Inner(String sql, Map<String, Object> params) {
    }

    /** One member's hours in the year, when the member is in good standing and in the user's scope. */
    java.util.Optional<HoursRow> member(long personId, long orgId, int year, HourRule rule) {
        Inner inner = inner(orgId, year, null);
        return jdbc.sql("SELECT * FROM (" + inner.sql + ") x WHERE x.id = :person").params(inner.params)
                .param("person", personId)
                .query((rs, i) -> row(rs, rule)).optional();
    }

    /** The sessions a person was listed for in the year, newest first. */
    List<PersonSession> sessionsOf(long personId, int year) {
        return jdbc.sql("""
                SELECT s.id, s.topic, s.start_date, s.end_date, o.short_name AS org_name, a.attended, a.absence_reason,
                       a.hours
                FROM training_attendance a JOIN training_sessions s ON s.id = a.session_id JOIN orgs o ON o.id = s.org_id
                WHERE a.person_id = :person AND s.start_date BETWEEN :from AND :to
                UNION ALL
                SELECT r.id, '学习规定篇目：' || r.title AS topic, st.studied_on AS start_date, st.studied_on AS end_date,
                       o.short_name AS org_name, TRUE AS attended, NULL AS absence_reason, st.hours
                FROM reading_studies st JOIN training_readings r ON r.id = st.reading_id JOIN orgs o ON o.id = r.org_id
                WHERE st.person_id = :person AND st.studied_on BETWEEN :from AND :to
                ORDER BY start_date DESC, id DESC""")
                .param("person", personId).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31))
                .query((rs, i) -> new PersonSession(rs.getLong("id"), rs.getString("topic"),
                        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                        rs.getString("org_name"), rs.getBoolean("attended"), rs.getString("absence_reason"),
                        rs.getBigDecimal("hours")))
                .list();
    }
}
