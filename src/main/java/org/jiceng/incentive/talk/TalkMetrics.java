package org.jiceng.incentive.talk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiceng.organization.OrgTree;
import org.jiceng.organization.OrgType;
import org.jiceng.organization.ScopedSql;
import org.jiceng.shared.metrics.MetricDefinition;
import org.jiceng.shared.metrics.MetricSource;
import org.jiceng.shared.metrics.MetricSubject;
import org.jiceng.shared.metrics.MetricType;
import org.jiceng.shared.metrics.OrgBatches;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Talks held for the assessment engine, per org and year: the talks (诫勉 and 提醒, withdrawn ones not counted) held
 * that year with people of the org's branches (a township: of all its villages). One grouped SQL per 1,000 orgs.
 */
@Component
@Transactional(readOnly = true)
class TalkMetrics implements MetricSource {

    static final String TALKS_HELD = "incentive.talks_held";
    static final String ADMONITIONS = "incentive.admonitions";

    private static final Set<MetricSubject> BOTH = Set.of(MetricSubject.VILLAGE_BRANCH, MetricSubject.TOWNSHIP);

    private final JdbcClient jdbc;
    private final OrgTree tree;

    TalkMetrics(JdbcClient jdbc, OrgTree tree) {
        this.jdbc = jdbc;
        this.tree = tree;
    }

    @Override
    public List<MetricDefinition> metrics() {
        return List.of(
                new MetricDefinition(TALKS_HELD, "谈话次数", MetricType.COUNT, BOTH,
                        "当年与本组织（乡镇为所辖各村）党员、干部进行的诫勉谈话和提醒谈话次数，已撤销的不计"),
                new MetricDefinition(ADMONITIONS, "诫勉谈话次数", MetricType.COUNT, BOTH,
                        "当年与本组织（乡镇为所辖各村）党员、干部进行的诫勉谈话次数，已撤销的不计"));
    }

    @Override
    public Map<Long, BigDecimal> values(String code, int year, Collection<Long> orgIds) {
        if (!TALKS_HELD.equals(code) && !ADMONITIONS.equals(code)) {
            throw new IllegalArgumentException("not a talk metric: " + code);
        }
        Map<Long, BigDecimal> values = new HashMap<>();
        tree.types(orgIds).forEach((org, type) -> {
            if (type.isVillageLevel() || type == OrgType.TOWNSHIP) {
                values.put(org, BigDecimal.ZERO);
            }
        });
        for (List<Long> chunk : OrgBatches.chunks(values.keySet())) {
            jdbc.sql("SELECT " + ScopedSql.ANCESTOR + " AS org, COUNT(*) AS n FROM talks t"
                            + ScopedSql.joinAncestorsIn("t.org_id", "ids")
                            + " WHERE t.status <> 'WITHDRAWN' AND t.held_on BETWEEN :from AND :to"
                            + (ADMONITIONS.equals(code) ? " AND t.kind = 'ADMONITION'" : "")
                            + " GROUP BY " + ScopedSql.ANCESTOR)
                    .param("ids", chunk).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31))
                    .query(rs -> {
                        values.put(rs.getLong("org"), BigDecimal.valueOf(rs.getLong("n")));
                    });
        }
        return values;
    }
}
