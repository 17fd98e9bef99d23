package org.jiceng.training.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jiceng.configuration.CodeLists;
import org.jiceng.organization.RegisterSql;
import org.jiceng.organization.ScopedSql;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.PageQuery;
import org.jiceng.shared.PageResult;
import org.jiceng.shared.ScopeKind;
import org.jiceng.training.hours.HourRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads of meeting records and of the county's meeting frequencies, within the user's data scope. */
@Component
@Transactional(readOnly = true)
public class MeetingQueries {

    static final String TYPE_LIST = "MEETING_TYPE";
    static final Map<String, String> SORTS = Map.of("date", "m.held_on", "org", "o.sort_order", "type", "m.meeting_type");

    private final JdbcClient jdbc;
    private final DataScope scope;
    private final CodeLists codes;
    private final HourRules rules;

    private final org.jiceng.organization.OrgTree tree;

    MeetingQueries(JdbcClient jdbc, DataScope scope, CodeLists codes, HourRules rules,
                   org.jiceng.organization.OrgTree tree) {
        this.tree = tree;
        this.jdbc = jdbc;
        this.scope = scope;
        this.codes = codes;
        this.rules = rules;
    }

    Optional<Meeting> meeting(long id) {
        Map<String, String> types = codes.labels(TYPE_LIST);
        return jdbc.sql("SELECT m.*, o.short_name AS org_name FROM org_meetings m JOIN orgs o ON o.id = m.org_id WHERE m.id = ?")
                .param(id).query((rs, i) -> map(rs, types)).optional();
    }

    PageResult<Meeting> meetings(Long org, Integer year, String type, MeetingStatus status, PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        String where = where(org, year, type, status, params);
        long total = jdbc.sql("SELECT COUNT(*) FROM org_meetings m WHERE " + where).params(params).query(Long.class).single();
        Map<String, String> types = codes.labels(TYPE_LIST);
        List<Meeting> rows = jdbc.sql("SELECT m.*, o.short_name AS org_name FROM org_meetings m JOIN orgs o ON o.id = m.org_id"
                        + " WHERE " + where + " ORDER BY " + page.orderBy(SORTS, "date", "m.id DESC")
                        + " LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query((rs, i) -> map(rs, types)).list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    /** Every meeting under the org in the year, by branch then date (for the printed register). */
    public List<Meeting> register(long org, int year) {
        Map<String, Object> params = new HashMap<>();
        String where = where(org, year, null, null, params);
        Map<String, String> types = codes.labels(TYPE_LIST);
        return jdbc.sql("SELECT m.*, o.short_name AS org_name FROM org_meetings m JOIN orgs o ON o.id = m.org_id"
                        + " WHERE " + where + " ORDER BY o.sort_order, o.id, m.held_on, m.id")
                .params(params).query((rs, i) -> map(rs, types)).list();
    }

    private String where(Long org, Integer year, String type, MeetingStatus status, Map<String, Object> params) {
        var scoped = ScopedSql.of(scope.scope(ScopeKind.REGISTER), "m.org_id", null);
        StringBuilder where = new StringBuilder(scoped.predicate());
        params.putAll(scoped.params());
        if (org != null) {
            where.append(" AND ").append(ScopedSql.underOrg("m.org_id", "org"));
            params.put("org", org);
        }
        if (year != null) {
            where.append(" AND m.held_on BETWEEN :from AND :to");
            params.put("from", LocalDate.of(year, 1, 1));
            params.put("to", LocalDate.of(year, 12, 31));
        }
        if (type != null && !type.isBlank()) {
            where.append(" AND m.meeting_type = :type");
            params.put("type", type);
        }
        if (status != null) {
            where.append(" AND m.status = :status");
            params.put("status", status.name());
        }
        return where.toString();
    }

    /** The frequencies the county of an org requires in a year (the latest year set up to then). */
    public List<Frequency> frequencies(long orgId, int year) {
        long county = rules.countyOf(orgId);
        Map<String, String> types = codes.labels(TYPE_LIST);
        return jdbc.sql("""
                SELECT meeting_type, period, min_count FROM meeting_frequencies
                WHERE org_id = :county AND rule_year = (SELECT MAX(rule_year) FROM meeting_frequencies
                    WHERE org_id = :county AND rule_year <= :year)
                ORDER BY meeting_type""")
                .param("county", county).param("year", year)
                .query((rs, i) -> new Frequency(rs.getString("meeting_type"),
                        types.getOrDefault(rs.getString("meeting_type"), rs.getString("meeting_type")),
                        Frequency.Period.valueOf(rs.getString("period")), rs.getInt("min_count")))
                .list();
    }

    /** The frequencies set for exactly this year by this county (empty when none). */
    List<Frequency> frequenciesOfYear(long county, int year) {
        Map<String, String> types = codes.labels(TYPE_LIST);
        return jdbc.sql("SELECT meeting_type, period, min_count FROM meeting_frequencies WHERE org_id = ? AND rule_year = ?"
                        + " ORDER BY meeting_type")
                .params(county, year)
                .query((rs, i) -> new Frequency(rs.getString("meeting_type"),
                        types.getOrDefault(rs.getString("meeting_type"), rs.getString("meeting_type")),
                        Frequency.Period.valueOf(rs.getString("period")), rs.getInt("min_count")))
                .list();
    }

    /** Village-level orgs under an org (in scope), each with its meetings by type and month in the year. */
    Map<Long, BranchMeetings> heldUnder(long orgId, int year) {
        var scoped = ScopedSql.checkedPerRow(scope.scope(ScopeKind.REGISTER), "o.id", null);
        Map<Long, BranchMeetings> branches = new LinkedHashMap<>();
        jdbc.sql("SELECT o.id, o.short_name FROM orgs o" + ScopedSql.joinUnder("o.id", "org")
                        + "WHERE o.org_type IN ('BRANCH', 'GENERAL_BRANCH') AND " + scoped.predicate()
                        + " ORDER BY o.depth, o.sort_order, o.id")
                .params(scoped.params()).param("org", orgId)
                .query(rs -> {
                    branches.put(rs.getLong("id"), new BranchMeetings(rs.getString("short_name"), new HashMap<>()));
                });
        jdbc.sql("SELECT c.org_id, c.meeting_type, c.meeting_month, c.held FROM org_meeting_months c"
                        + ScopedSql.joinUnder("c.org_id", "org") + "WHERE c.meeting_year = :year")
                .param("year", year).param("org", orgId)
                .query(rs -> {
                    BranchMeetings branch = branches.get(rs.getLong("org_id"));
                    if (branch != null) {
                        addHeld(branch.held(), rs);
                    }
                });
        return branches;
    }

    /** Members in good standing registered under the org: who a 党员大会 expects. */
    int members(long orgId) {
        return jdbc.sql("SELECT COUNT(*) FROM people p WHERE "
                        + ScopedSql.peopleUnder(tree.isPartyGroup(orgId), "p.org_id", "p.party_group_id", "org")
                        + " AND " + RegisterSql.memberInGoodStanding("p"))
                .param("org", orgId).query(Integer.class).single();
    }

    /** A branch and, per meeting type, the meetings it held in each month (index 0 is January). */
    record BranchMeetings(String name, Map<String, int[]> held) {
    }

    /** Adds a row of {@code org_meeting_months} (meeting_type, meeting_month, held) to a branch's months. */
    static void addHeld(Map<String, int[]> held, ResultSet rs) throws SQLException {
        held.computeIfAbsent(rs.getString("meeting_type"), t -> new int[12])[rs.getInt("meeting_month") - 1] +=
                rs.getInt("held");
    }

    private static Meeting map(ResultSet rs, Map<String, String> types) throws SQLException {
        String type = rs.getString("meeting_type");
        return new Meeting(rs.getLong("id"), rs.getLong("org_id"), rs.getString("org_name"), type,
                types.getOrDefault(type, type), rs.getObject("held_on", LocalDate.class),
                rs.getObject("planned_on", LocalDate.class), rs.getString("topic"), rs.getString("chair"),
                rs.getString("recorder"), rs.getInt("expected"), rs.getInt("present"), rs.getString("absences"),
                rs.getString("decisions"), MeetingStatus.valueOf(rs.getString("status")), rs.getString("review_note"),
                rs.getString("reviewed_by"), rs.getLong("version"));
    }
}
