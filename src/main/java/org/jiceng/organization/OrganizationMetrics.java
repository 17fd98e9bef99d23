package org.jiceng.organization;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiceng.shared.metrics.MetricDefinition;
import org.jiceng.shared.metrics.MetricSource;
import org.jiceng.shared.metrics.MetricSubject;
import org.jiceng.shared.metrics.MetricType;
import org.jiceng.shared.metrics.OrgBatches;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's figures for the assessment engine: committee complete (班子健全), party groups set up, members,
 * members per branch and reserve cadres. The register keeps the current state (people and posts as they stand), so
 * every year reads today's figures. A township gets the figure over its village-level orgs: a sum for counts, the
 * share of complete committees, the average members per branch. Each metric is one grouped SQL (three for
 * 班子健全) per 1,000 orgs, never one per org.
 */
@Component
@Transactional(readOnly = true)
class OrganizationMetrics implements MetricSource {

    static final String COMMITTEE_COMPLETE = "org.committee_complete";
    static final String COMMITTEES_COMPLETE_SHARE = "org.committees_complete_share";
    static final String PARTY_GROUPS = "org.party_groups";
    static final String MEMBERS = "org.members";
    static final String MEMBERS_PER_BRANCH = "org.members_per_branch";
    static final String RESERVE_CADRES = "org.reserve_cadres";

    private static final Set<MetricSubject> BRANCH = Set.of(MetricSubject.VILLAGE_BRANCH);
    private static final Set<MetricSubject> BOTH = Set.of(MetricSubject.VILLAGE_BRANCH, MetricSubject.TOWNSHIP);
    private static final String VILLAGE_LEVEL = "('BRANCH', 'GENERAL_BRANCH')";

    private static final List<MetricDefinition> METRICS = List.of(
            new MetricDefinition(COMMITTEE_COMPLETE, "班子成员是否配齐", MetricType.YES_NO, BRANCH,
                    "书记在任；正式党员7人以上的支部，支部委员会3至7人（支部工作条例第十三条）；按花名册现状"),
            new MetricDefinition(COMMITTEES_COMPLETE_SHARE, "班子配齐的村党组织占比", MetricType.PERCENT,
                    Set.of(MetricSubject.TOWNSHIP), "乡镇所辖村党组织中班子成员配齐的比例；按花名册现状"),
            new MetricDefinition(PARTY_GROUPS, "党小组数", MetricType.COUNT, BOTH, "已设立的党小组个数（乡镇为所辖合计）；按花名册现状"),
            new MetricDefinition(MEMBERS, "党员人数", MetricType.COUNT, BOTH, "登记在本组织的正式党员和预备党员（乡镇为所辖合计）；按花名册现状"),
            new MetricDefinition(MEMBERS_PER_BRANCH, "平均每个村党组织党员数", MetricType.COUNT,
                    Set.of(MetricSubject.TOWNSHIP), "乡镇所辖党员人数除以村党组织个数；按花名册现状"),
            new MetricDefinition(RESERVE_CADRES, "后备干部人数", MetricType.COUNT, BOTH, "在册后备干部（乡镇为所辖合计）；按花名册现状"));

    private final JdbcClient jdbc;

    OrganizationMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<MetricDefinition> metrics() {
        return METRICS;
    }

    @Override
    public Map<Long, BigDecimal> values(String code, int year, Collection<Long> orgIds) {
        Map<Long, BigDecimal> values = new HashMap<>();
        for (List<Long> chunk : OrgBatches.chunks(orgIds)) {
            switch (code) {
                case COMMITTEE_COMPLETE, COMMITTEES_COMPLETE_SHARE -> committees(code, chunk, values);
                case PARTY_GROUPS -> counted("COUNT(g.id)",
                        "LEFT JOIN orgs g ON g.id = t.descendant_id AND g.org_type = 'PARTY_GROUP'", chunk, values);
                case RESERVE_CADRES -> counted("COUNT(r.id)",
                        "LEFT JOIN reserve_cadres r ON r.org_id = t.descendant_id AND r.active = TRUE", chunk, values);
                case MEMBERS, MEMBERS_PER_BRANCH -> members(code, chunk, values);
                default -> throw new IllegalArgumentException("not an organization metric: " + code);
            }
        }
        return values;
    }

    /** A count over the subtree of each requested village-level org or township: one grouped join. */
    private void counted(String aggregate, String join, List<Long> chunk, Map<Long, BigDecimal> into) {
        jdbc.sql("SELECT o.id, " + aggregate + " AS n FROM orgs o JOIN org_tree t ON t.ancestor_id = o.id " + join
                        + " WHERE o.id IN (:ids) AND o.org_type IN ('BRANCH', 'GENERAL_BRANCH', 'TOWNSHIP') GROUP BY o.id")
                .param("ids", chunk)
                .query(rs -> {
                    into.put(rs.getLong("id"), BigDecimal.valueOf(rs.getLong("n")));
                });
    }

    /**
     * Each village-level org under (or equal to) a requested org with its secretary, committee size and full members
     * (three grouped reads), judged by {@link CommitteeRules#complete}.
     */
    private void committees(String code, List<Long> chunk, Map<Long, BigDecimal> into) {
        String underRequested = "(SELECT t.descendant_id FROM org_tree t WHERE t.ancestor_id IN (:ids))";
        Map<Long, int[]> posts = new HashMap<>();
        jdbc.sql("""
                SELECT c.org_id, COUNT(*) AS committee, SUM(CASE WHEN c.post = :secretary THEN 1 ELSE 0 END) AS secretaries
                FROM committee_posts c WHERE c.ended_on IS NULL AND c.org_id IN\s""" + underRequested + " GROUP BY c.org_id")
                .param("ids", chunk).param("secretary", CommitteeRules.SECRETARY)
                .query(rs -> {
                    posts.put(rs.getLong("org_id"), new int[] {rs.getInt("committee"), rs.getInt("secretaries")});
                });
        Map<Long, Long> fullMembers = new HashMap<>();
        jdbc.sql("""
                SELECT u.ancestor_id, COUNT(*) AS n FROM people p JOIN org_tree u ON u.descendant_id = p.org_id
                JOIN orgs b ON b.id = u.ancestor_id
                WHERE p.political_status = 'FULL' AND b.org_type IN\s""" + VILLAGE_LEVEL
                        + " AND u.ancestor_id IN " + underRequested + " GROUP BY u.ancestor_id")
                .param("ids", chunk)
                .query(rs -> {
                    fullMembers.put(rs.getLong("ancestor_id"), rs.getLong("n"));
                });
        Map<Long, int[]> completeOfTotal = new HashMap<>();
        jdbc.sql("""
                SELECT t.ancestor_id, a.org_type AS requested_type, t.distance, t.descendant_id
                FROM org_tree t JOIN orgs a ON a.id = t.ancestor_id JOIN orgs b ON b.id = t.descendant_id
                WHERE t.ancestor_id IN (:ids) AND b.org_type IN\s""" + VILLAGE_LEVEL)
                .param("ids", chunk)
                .query(rs -> {
                    boolean township = "TOWNSHIP".equals(rs.getString("requested_type"));
                    if (!township && rs.getInt("distance") != 0) {
                        return;
                    }
                    long branch = rs.getLong("descendant_id");
                    int[] held = posts.getOrDefault(branch, new int[2]);
                    boolean complete = CommitteeRules.complete(fullMembers.getOrDefault(branch, 0L), held[0], held[1] > 0);
                    int[] tally = completeOfTotal.computeIfAbsent(rs.getLong("ancestor_id"), k -> new int[3]);
                    tally[0] += complete ? 1 : 0;
                    tally[1]++;
                    tally[2] = township ? 1 : 0;
                });
        completeOfTotal.forEach((orgId, tally) -> {
            boolean township = tally[2] == 1;
            if (COMMITTEE_COMPLETE.equals(code) && !township) {
                into.put(orgId, BigDecimal.valueOf(tally[0]));
            } else if (COMMITTEES_COMPLETE_SHARE.equals(code) && township) {
                into.put(orgId, OrgBatches.percent(tally[0], tally[1]));
            }
        });
    }

    /**
     * Members (正式 and 预备党员) under each requested org as the register counts them (the subtree's figures,
     * {@code org_register_figures}, kept by {@link RegisterFigures}); for a township also divided by its branches.
     */
    private void members(String code, List<Long> chunk, Map<Long, BigDecimal> into) {
        jdbc.sql("""
                SELECT o.id, o.org_type,
                  COALESCE(SUM(CASE WHEN f.figure IN ('status:FULL', 'status:PROBATIONARY') THEN f.total END), 0) AS members,
                  COALESCE(SUM(CASE WHEN f.figure = 'orgs:BRANCH' THEN f.total END), 0) AS branches
                FROM orgs o LEFT JOIN org_register_figures f ON f.org_id = o.id
                  AND f.figure IN ('status:FULL', 'status:PROBATIONARY', 'orgs:BRANCH')
                WHERE o.id IN (:ids) AND o.org_type IN ('BRANCH', 'GENERAL_BRANCH', 'TOWNSHIP')
                GROUP BY o.id, o.org_type""")
                .param("ids", chunk)
                .query(rs -> {
                    long members = rs.getLong("members");
                    boolean township = "TOWNSHIP".equals(rs.getString("org_type"));
                    if (MEMBERS.equals(code)) {
                        into.put(rs.getLong("id"), BigDecimal.valueOf(members));
                    } else if (township && rs.getLong("branches") > 0) {
                        into.put(rs.getLong("id"), BigDecimal.valueOf(members)
                                .divide(BigDecimal.valueOf(rs.getLong("branches")), 2, RoundingMode.HALF_UP));
                    }
                });
    }
}
