package org.jiceng.training.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jiceng.configuration.CodeLists;
import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgType;
import org.jiceng.organization.ScopedSql;
import org.jiceng.shared.Audited;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.StaleEditException;
import org.jiceng.organization.CountyFigureCache;
import org.jiceng.training.hours.BranchHours;
import org.jiceng.training.hours.HoursService;
import org.jiceng.training.meeting.Compliance;
import org.jiceng.training.meeting.MeetingService;
import org.jiceng.training.session.TrainingService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training plans (培训计划) of townships and counties — sessions and attendees by category and quarter, replaced as a
 * whole and audited — and the dashboard that sets them against the sessions held under the org, members' hours and
 * the branches' meetings.
 */
@Service
@Transactional
public class PlanService {

    static final String PLAN = "TRAINING_PLAN";

    private final JdbcClient jdbc;
    private final TrainingService training;
    private final HoursService hours;
    private final MeetingService meetings;
    private final CodeLists codes;
    private final DataScope scope;
    private final ApplicationEventPublisher events;
    private final CountyFigureCache cache;

    PlanService(JdbcClient jdbc, TrainingService training, HoursService hours, MeetingService meetings, CodeLists codes,
                DataScope scope, ApplicationEventPublisher events, CountyFigureCache cache) {
        this.cache = cache;
        this.jdbc = jdbc;
        this.training = training;
        this.hours = hours;
        this.meetings = meetings;
        this.codes = codes;
        this.scope = scope;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<PlanItem> plan(long orgId, int year) {
        training.organizer(orgId);
        Map<String, String> labels = codes.labels(TrainingService.CATEGORY_LIST);
        return jdbc.sql("""
                SELECT category, quarter, sessions, headcount FROM training_plan_items
                WHERE org_id = ? AND plan_year = ? ORDER BY quarter, category""").params(orgId, year)
                .query((rs, i) -> new PlanItem(rs.getString("category"), labels.getOrDefault(rs.getString("category"),
                        rs.getString("category")), rs.getInt("quarter"), rs.getInt("sessions"), rs.getInt("headcount")))
                .list();
    }

    /** Hours per member over all the branches, to one decimal: the year's progress before anyone has reached it. */
    private static java.math.BigDecimal averageHours(List<BranchHours> branches, int members) {
        if (members == 0) {
            return null;
        }
        java.math.BigDecimal total = branches.stream()
                .map(b -> b.averageHours().multiply(java.math.BigDecimal.valueOf(b.members())))
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        return total.divide(java.math.BigDecimal.valueOf(members), 1, java.math.RoundingMode.HALF_UP);
    }


    /** The version token of a plan: what it held when the officer opened it. */
    static String token(List<PlanItem> items) {
        return items.stream().map(i -> i.category() + ":" + i.quarter() + ":" + i.sessions() + ":" + i.headcount())
                .collect(Collectors.joining(","));
    }

    public List<PlanItem> save(long orgId, int year, PlanForm form) {
        OrgSummary org = training.organizer(orgId);
        if (year < 2000 || year > 2100) {
            throw new RuleViolationException("年度须在2000至2100之间");
        }
        List<PlanItem> before = plan(orgId, year);
        if (!token(before).equals(form.token() == null ? "" : form.token())) {
            throw new StaleEditException(org.shortName() + year + "年培训计划");
        }
        Set<String> lines = new HashSet<>();
        for (PlanItem item : form.items()) {
            if (!codes.isValid(TrainingService.CATEGORY_LIST, item.category())) {
                throw RuleViolationException.onField("items", "培训类别" + item.category() + "不在代码表中");
            }
            if (!lines.add(item.category() + "/" + item.quarter())) {
                throw RuleViolationException.onField("items", "同一类别在同一季度只能有一行");
            }
        }
        jdbc.sql("DELETE FROM training_plan_items WHERE org_id = ? AND plan_year = ?").params(orgId, year).update();
        for (PlanItem item : form.items()) {
            jdbc.sql("""
                    INSERT INTO training_plan_items (org_id, plan_year, category, quarter, sessions, headcount)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(orgId, year, item.category(), item.quarter(), item.sessions(), item.headcount()).update();
        }
        List<PlanItem> after = plan(orgId, year);
        events.publishEvent(new Audited(before.isEmpty() ? "CREATE" : "UPDATE", PLAN, (long) year,
                org.shortName() + year + "年培训计划", orgId, before, after));
        return after;
    }

    /** The dashboard of an org in scope, from {@link CountyFigureCache} while nothing in its county was written since. */
    @Transactional(readOnly = true)
    public TrainingDashboard dashboard(long orgId, int year) {
        OrgSummary org = training.organizer(orgId);
        return cache.get("dashboard", org, year, () -> compute(org, year));
    }

    private TrainingDashboard compute(OrgSummary org, int year) {
        if (org.type() == OrgType.PROVINCE || org.type() == OrgType.CITY) {
            List<Long> above = new ArrayList<>(List.of(org.id()));
            List<TrainingDashboard> counties = cache.countiesUnder(org.id(), above).stream()
                    .map(county -> cache.get("dashboard", county, year, () -> compute(county, year))).toList();
            return TrainingDashboard.acrossCounties(org.id(), org.shortName(), year, quartersOf(above, year), counties);
        }
        long orgId = org.id();
        List<QuarterFigures> quarters = quarters(orgId, year);
        Integer members = null;
        Integer reached = null;
        java.math.BigDecimal average = null;
        if (hours.ruleIfSet(orgId, year).isPresent()) {
            List<BranchHours> branches = hours.byBranch(orgId, year);
            members = branches.stream().mapToInt(BranchHours::members).sum();
            reached = branches.stream().mapToInt(BranchHours::reached).sum();
            average = averageHours(branches, members);
        }
        List<Compliance> compliance = meetings.compliance(orgId, year);
        return new TrainingDashboard(org.id(), org.shortName(), year, quarters, members, reached, average,
                compliance.stream().mapToInt(Compliance::periodsDue).sum(),
                compliance.stream().mapToInt(Compliance::periodsMet).sum());
    }

    /** The plans and sessions of the listed orgs themselves (a province's and its cities'), by quarter. */
    private List<QuarterFigures> quartersOf(List<Long> orgIds, int year) {
        return quarters("i.org_id IN (:orgs)", "s.org_id IN (:orgs)", java.util.Map.of("orgs", orgIds), year);
    }

    /** The plans of the org and below against the sessions held under it, by quarter. */
    private List<QuarterFigures> quarters(long orgId, int year) {
        return quarters("i.org_id IN (SELECT descendant_id FROM org_tree WHERE ancestor_id = :org)",
                "s.org_id IN (SELECT descendant_id FROM org_tree WHERE ancestor_id = :org)", java.util.Map.of("org", orgId),
                year);
    }

    private List<QuarterFigures> quarters(String plans, String sessions, java.util.Map<String, Object> orgs, int year) {
        int[][] planned = new int[5][2];
        jdbc.sql("""
                SELECT i.quarter, SUM(i.sessions) AS sessions, SUM(i.headcount) AS headcount
                FROM training_plan_items i WHERE i.plan_year = :year AND\s""" + plans + " GROUP BY i.quarter")
                .params(orgs).param("year", year)
                .query(rs -> {
                    planned[rs.getInt("quarter")][0] = rs.getInt("sessions");
                    planned[rs.getInt("quarter")][1] = rs.getInt("headcount");
                });
        int[][] held = new int[5][2];
        var scoped = ScopedSql.checkedPerRow(scope.scope(ScopeKind.REGISTER), "s.org_id", null);
        jdbc.sql("SELECT s.start_date, s.unnamed_villagers,"
                        + " (SELECT COUNT(*) FROM training_attendance a WHERE a.session_id = s.id AND a.attended) AS attended"
                        + " FROM training_sessions s WHERE s.start_date BETWEEN :from AND :to AND " + sessions
                        + " AND " + scoped.predicate())
                .params(scoped.params()).params(orgs).param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year, 12, 31))
                .query(rs -> {
                    int quarter = (rs.getObject("start_date", LocalDate.class).getMonthValue() - 1) / 3 + 1;
                    held[quarter][0]++;
                    held[quarter][1] += rs.getInt("attended") + rs.getInt("unnamed_villagers");
                });
        List<QuarterFigures> quarters = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            quarters.add(new QuarterFigures(q, planned[q][0], held[q][0], planned[q][1], held[q][1]));
        }
        return quarters;
    }

}
