package org.jiceng.training.meeting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiceng.configuration.CodeLists;
import org.jiceng.shared.metrics.MetricDefinition;
import org.jiceng.shared.metrics.MetricSubject;
import org.jiceng.shared.metrics.MetricType;
import org.jiceng.shared.metrics.OrgBatches;
import org.jiceng.training.RuleCounties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Meeting compliance as metrics: one per meeting type of the MEETING_TYPE code list (e.g.
 * {@code training.meetings.branch_committee}) and one over all types, each the share of the periods due in the year
 * (ended by today) in which the branch held the required number of meetings — the same count as {@link Compliance}
 * and the heatmap. A township's figure is over the periods of all its village-level orgs.
 */
@Component
public class MeetingMetrics {

    static final String PREFIX = "training.meetings.";
    static final String ALL = PREFIX + "all";
    /** Readable codes for the default meeting types; a type the county adds later is {@code type_<code>}. */
    private static final Map<String, String> SLUGS = Map.of("01", "members_assembly", "02", "branch_committee",
            "03", "party_group", "04", "party_lecture", "05", "theme_day", "06", "life_meeting", "07", "member_review");
    private static final Set<MetricSubject> BOTH = Set.of(MetricSubject.VILLAGE_BRANCH, MetricSubject.TOWNSHIP);

    private final JdbcClient jdbc;
    private final CodeLists codes;
    private final MeetingQueries queries;
    private final Clock clock;
    private final RuleCounties counties;

    MeetingMetrics(JdbcClient jdbc, CodeLists codes, MeetingQueries queries, RuleCounties counties, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.codes = codes;
        this.queries = queries;
        this.counties = counties;
    }

    public List<MetricDefinition> metrics() {
        List<MetricDefinition> all = new ArrayList<>();
        all.add(new MetricDefinition(ALL, "三会一课达标率", MetricType.PERCENT, BOTH,
                "当年已结束的各类会议周期中按县定频次召开的比例"));
        codes.labels(MeetingQueries.TYPE_LIST).forEach((type, label) -> all.add(new MetricDefinition(code(type),
                label + "达标率", MetricType.PERCENT, BOTH, "当年已结束的周期中按县定频次召开" + label + "的比例")));
        return all;
    }

    static String code(String meetingType) {
        return PREFIX + SLUGS.getOrDefault(meetingType, "type_" + meetingType);
    }

    public void values(String code, int year, List<Long> chunk, Map<Long, BigDecimal> into) {
        if (!code.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a training metric: " + code);
        }
        Map<Long, List<Long>> requestersOf = new HashMap<>();
        jdbc.sql("""
                SELECT t.ancestor_id, t.descendant_id FROM org_tree t JOIN orgs a ON a.id = t.ancestor_id
                JOIN orgs b ON b.id = t.descendant_id
                WHERE t.ancestor_id IN (:ids) AND b.org_type IN ('BRANCH', 'GENERAL_BRANCH')
                  AND (t.distance = 0 OR a.org_type = 'TOWNSHIP')""").param("ids", chunk)
                .query(rs -> {
                    requestersOf.computeIfAbsent(rs.getLong("descendant_id"), k -> new ArrayList<>())
                            .add(rs.getLong("ancestor_id"));
                });
        Map<Long, Map<String, int[]>> held = new HashMap<>();
        jdbc.sql("""
                SELECT c.org_id, c.meeting_type, c.meeting_month, c.held FROM org_meeting_months c
                WHERE c.meeting_year = :year AND c.org_id IN
                  (SELECT t.descendant_id FROM org_tree t WHERE t.ancestor_id IN (:ids))""")
                .param("ids", chunk).param("year", year)
                .query(rs -> {
                    MeetingQueries.addHeld(held.computeIfAbsent(rs.getLong("org_id"), k -> new HashMap<>()), rs);
                });
        Map<Long, long[]> metOfDue = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        counties.of(new ArrayList<>(requestersOf.keySet())).forEach((county, branches) -> {
            List<Frequency> frequencies = queries.frequencies(county, year).stream()
                    .filter(f -> ALL.equals(code) || code(f.type()).equals(code)).toList();
            for (long branch : branches) {
                Compliance c = Compliance.of(branch, "", year, frequencies, held.getOrDefault(branch, Map.of()), today);
                for (long requester : requestersOf.get(branch)) {
                    long[] tally = metOfDue.computeIfAbsent(requester, k -> new long[2]);
                    tally[0] += c.periodsMet();
                    tally[1] += c.periodsDue();
                }
            }
        });
        metOfDue.forEach((org, tally) -> {
            BigDecimal percent = OrgBatches.percent(tally[0], tally[1]);
            if (percent != null) {
                into.put(org, percent);
            }
        });
    }
}
