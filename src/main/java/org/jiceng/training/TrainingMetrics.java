package org.jiceng.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiceng.organization.RegisterSql;
import org.jiceng.shared.metrics.MetricDefinition;
import org.jiceng.shared.metrics.MetricSource;
import org.jiceng.shared.metrics.MetricSubject;
import org.jiceng.shared.metrics.MetricType;
import org.jiceng.shared.metrics.OrgBatches;
import org.jiceng.training.hours.HourRules;
import org.jiceng.training.meeting.MeetingMetrics;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 素质提升's figures for the assessment engine, per org and year: attendance rate, hours compliance, sessions and
 * headcount against the plan, distance-education usage, and meeting compliance per meeting type
 * ({@link MeetingMetrics}). A township's figure is taken over the people, sessions and sites under it. Each metric is
 * one SQL per 1,000 orgs, grouped or with per-org subqueries on indexed columns (plus one read of the county's
 * rules per county).
 */
@Component
@Transactional(readOnly = true)
class TrainingMetrics implements MetricSource {

    static final String ATTENDANCE = "training.attendance_rate";
    static final String HOURS = "training.hours_compliance";
    static final String SESSIONS_PLAN = "training.sessions_vs_plan";
    static final String HEADCOUNT_PLAN = "training.headcount_vs_plan";
    static final String DISTANCE_MONTHS = "training.distance_months";
    static final String DISTANCE_HOURS = "training.distance_hours";

    private static final Set<MetricSubject> BOTH = Set.of(MetricSubject.VILLAGE_BRANCH, MetricSubject.TOWNSHIP);
    static final String ORGS = "SELECT o.id, o.org_type FROM orgs o WHERE o.id IN (:ids)"
            + " AND o.org_type IN ('BRANCH', 'GENERAL_BRANCH', 'TOWNSHIP')";
    private static final String REQUESTED = "o.id IN (:ids) AND o.org_type IN ('BRANCH', 'GENERAL_BRANCH', 'TOWNSHIP')";
    private static final String UNDER = "IN (SELECT u.descendant_id FROM org_tree u WHERE u.ancestor_id = o.id)";

    private final JdbcClient jdbc;
    private final HourRules hourRules;
    private final MeetingMetrics meetings;
    private final RuleCounties counties;

    TrainingMetrics(JdbcClient jdbc, HourRules hourRules, MeetingMetrics meetings, RuleCounties counties) {
        this.jdbc = jdbc;
        this.hourRules = hourRules;
        this.meetings = meetings;
        this.counties = counties;
    }

    @Override
    public List<MetricDefinition> metrics() {
        List<MetricDefinition> all = new ArrayList<>(List.of(
                new MetricDefinition(ATTENDANCE, "参训率", MetricType.PERCENT, BOTH,
                        "本组织党员群众在当年培训签到名单中实到的比例"),
                new MetricDefinition(HOURS, "学时达标率", MetricType.PERCENT, BOTH,
                        "当年学时达到县里要求（党员、支委分别要求）的党员占比"),
                new MetricDefinition(SESSIONS_PLAN, "培训期数完成率", MetricType.PERCENT, BOTH,
                        "本组织及所辖当年已举办培训期数占本组织培训计划期数的比例"),
                new MetricDefinition(HEADCOUNT_PLAN, "培训人次完成率", MetricType.PERCENT, BOTH,
                        "当年培训实到人次（含未具名群众）占计划人次的比例"),
                new MetricDefinition(DISTANCE_MONTHS, "远程教育达标月数", MetricType.COUNT,
                        Set.of(MetricSubject.VILLAGE_BRANCH), "本村站点合计达到县定每月最低播放次数和时长的月数"),
                new MetricDefinition(DISTANCE_HOURS, "远程教育播放时长", MetricType.HOURS, BOTH,
                        "当年站点播放学习的总时长（乡镇为所辖合计）")));
        all.addAll(meetings.metrics());
        return all;
    }

    @Override
    public Map<Long, BigDecimal> values(String code, int year, Collection<Long> orgIds) {
        Map<Long, BigDecimal> values = new HashMap<>();
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        for (List<Long> chunk : OrgBatches.chunks(orgIds)) {
            switch (code) {
                case ATTENDANCE -> attendance(chunk, from, to, values);
                case HOURS -> hours(chunk, year, from, to, values);
                case SESSIONS_PLAN, HEADCOUNT_PLAN -> plan(code, chunk, year, from, to, values);
                case DISTANCE_MONTHS -> distanceMonths(chunk, year, values);
                case DISTANCE_HOURS -> jdbc.sql("""
                                SELECT o.id, COALESCE(SUM(p.hours), 0) AS n FROM orgs o JOIN org_tree t ON t.ancestor_id = o.id
                                JOIN distance_sites s ON s.org_id = t.descendant_id
                                LEFT JOIN distance_playbacks p ON p.site_id = s.id AND p.played_on BETWEEN :from AND :to
                                WHERE\s""" + REQUESTED + " GROUP BY o.id")
                        .param("ids", chunk).param("from", from).param("to", to)
                        .query(rs -> {
                            values.put(rs.getLong("id"), rs.getBigDecimal("n").stripTrailingZeros());
                        });
                default -> meetings.values(code, year, chunk, values);
            }
        }
        return values;
    }

    /** Of the attendance listings of people registered under each org in the year, the share attended. */
    private void attendance(List<Long> chunk, LocalDate from, LocalDate to, Map<Long, BigDecimal> into) {
        jdbc.sql("""
                SELECT o.id, COUNT(*) AS listed, SUM(CASE WHEN a.attended THEN 1 ELSE 0 END) AS attended
                FROM orgs o JOIN org_tree t ON t.ancestor_id = o.id JOIN people p ON p.org_id = t.descendant_id
                JOIN training_attendance a ON a.person_id = p.id JOIN training_sessions s ON s.id = a.session_id
                WHERE s.start_date BETWEEN :from AND :to AND\s""" + REQUESTED + " GROUP BY o.id")
                .param("ids", chunk).param("from", from).param("to", to)
                .query(rs -> {
                    putIfFigure(into, rs.getLong("id"), OrgBatches.percent(rs.getLong("attended"), rs.getLong("listed")));
                });
    }

    /** Members in good standing under each org whose hours reached the county's requirement for them. */
    private void hours(List<Long> chunk, int year, LocalDate from, LocalDate to, Map<Long, BigDecimal> into) {
        counties.of(chunk).forEach((county, orgs) -> hourRules.applying(county, year).ifPresent(rule ->
                jdbc.sql("""
                        SELECT o.id, COUNT(x.id) AS members,
                          SUM(CASE WHEN x.hours >= CASE WHEN x.committee = 1 THEN :committeeHours ELSE :memberHours END
                              THEN 1 ELSE 0 END) AS reached
                        FROM orgs o JOIN org_tree u ON u.ancestor_id = o.id
                        JOIN (SELECT p.id, p.org_id,
                            CASE WHEN\s""" + RegisterSql.committeeMemberDuring("p.id", "from", "to") + """
                                THEN 1 ELSE 0 END AS committee,
                            COALESCE(h.hours, 0) AS hours
                          FROM people p LEFT JOIN training_person_hours h ON h.person_id = p.id AND h.hours_year = :year
                          WHERE\s""" + RegisterSql.memberInGoodStanding("p") + """
                            AND p.org_id IN (SELECT w.descendant_id FROM org_tree w WHERE w.ancestor_id IN (:ids))
                        ) x ON x.org_id = u.descendant_id
                        WHERE o.id IN (:ids) GROUP BY o.id""")
                        .param("ids", orgs).param("from", from).param("to", to).param("year", year)
                        .param("memberHours", rule.memberHours()).param("committeeHours", rule.committeeHours())
                        .query(rs -> {
                            putIfFigure(into, rs.getLong("id"),
                                    OrgBatches.percent(rs.getLong("reached"), rs.getLong("members")));
                        })));
    }

    /** Sessions held (and people attending) under each org against the org's own plan for the year. */
    private void plan(String code, List<Long> chunk, int year, LocalDate from, LocalDate to, Map<Long, BigDecimal> into) {
        boolean sessions = SESSIONS_PLAN.equals(code);
        String planned = "SELECT COALESCE(SUM(i." + (sessions ? "sessions" : "headcount") + "), 0) FROM training_plan_items i"
                + " WHERE i.org_id = o.id AND i.plan_year = :year";
        String held = sessions
                ? "SELECT COUNT(*) FROM training_sessions s WHERE s.start_date BETWEEN :from AND :to AND s.org_id " + UNDER
                : "SELECT COALESCE(SUM(s.unnamed_villagers + (SELECT COUNT(*) FROM training_attendance a"
                        + " WHERE a.session_id = s.id AND a.attended)), 0) FROM training_sessions s"
                        + " WHERE s.start_date BETWEEN :from AND :to AND s.org_id " + UNDER;
        jdbc.sql("SELECT o.id, (" + planned + ") AS planned, (" + held + ") AS held FROM (" + ORGS + ") o")
                .param("ids", chunk).param("year", year).param("from", from).param("to", to)
                .query(rs -> {
                    putIfFigure(into, rs.getLong("id"), OrgBatches.percent(rs.getLong("held"), rs.getLong("planned")));
                });
    }

    /** Months in which the branch's sites together held the county's minimum of playbacks and hours. */
    private void distanceMonths(List<Long> chunk, int year, Map<Long, BigDecimal> into) {
        counties.of(chunk).forEach((county, orgs) -> jdbc.sql("""
                        SELECT min_sessions, min_hours FROM distance_rules WHERE org_id = ? AND rule_year <= ?
                        ORDER BY rule_year DESC LIMIT 1""").params(county, year)
                .query((rs, i) -> new Object[] {rs.getInt("min_sessions"), rs.getBigDecimal("min_hours")}).optional()
                .ifPresent(rule -> {
                    Map<Long, int[]> months = new HashMap<>();
                    jdbc.sql("SELECT o.id, o.org_type FROM orgs o WHERE o.id IN (:ids)"
                                    + " AND o.org_type IN ('BRANCH', 'GENERAL_BRANCH')").param("ids", orgs)
                            .query(rs -> {
                                months.put(rs.getLong("id"), new int[13]);
                            });
                    jdbc.sql("""
                            SELECT s.org_id, EXTRACT(MONTH FROM p.played_on) AS m, COUNT(*) AS playbacks, SUM(p.hours) AS hours
                            FROM distance_playbacks p JOIN distance_sites s ON s.id = p.site_id
                            WHERE s.org_id IN (:ids) AND p.played_on BETWEEN :from AND :to
                            GROUP BY s.org_id, EXTRACT(MONTH FROM p.played_on)""")
                            .param("ids", orgs).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31))
                            .query(rs -> {
                                int[] met = months.get(rs.getLong("org_id"));
                                if (met != null && rs.getInt("playbacks") >= (Integer) rule[0]
                                        && rs.getBigDecimal("hours").compareTo((BigDecimal) rule[1]) >= 0) {
                                    met[0]++;
                                }
                            });
                    months.forEach((org, met) -> into.put(org, BigDecimal.valueOf(met[0])));
                }));
    }

    private static void putIfFigure(Map<Long, BigDecimal> into, long orgId, BigDecimal value) {
        if (value != null) {
            into.put(orgId, value);
        }
    }
}
