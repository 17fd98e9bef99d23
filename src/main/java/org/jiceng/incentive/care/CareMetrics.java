package org.jiceng.incentive.care;

import java.math.BigDecimal;
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
 * 帮扶's figures for the assessment engine, per org and year: the members in hardship helped — members with a case
 * under the org that received at least one support not reversed that year (the seed's "帮扶20名生活困难党员",
 * research §6). One grouped SQL per 1,000 orgs.
 */
@Component
@Transactional(readOnly = true)
class CareMetrics implements MetricSource {

    static final String MEMBERS_HELPED = "incentive.hardship_members_helped";

    private final JdbcClient jdbc;
    private final OrgTree tree;

    CareMetrics(JdbcClient jdbc, OrgTree tree) {
        this.jdbc = jdbc;
        this.tree = tree;
    }

    @Override
    public List<MetricDefinition> metrics() {
        return List.of(new MetricDefinition(MEMBERS_HELPED, "帮扶困难党员人数", MetricType.COUNT,
                Set.of(MetricSubject.VILLAGE_BRANCH, MetricSubject.TOWNSHIP),
                "当年得到帮扶（至少一笔未冲销的帮扶记录）的困难党员人数（乡镇为所辖合计）"));
    }

    @Override
    public Map<Long, BigDecimal> values(String code, int year, Collection<Long> orgIds) {
        if (!MEMBERS_HELPED.equals(code)) {
            throw new IllegalArgumentException("not a care metric: " + code);
        }
        Map<Long, BigDecimal> values = new HashMap<>();
        tree.types(orgIds).forEach((org, type) -> {
            if (type.isVillageLevel() || type == OrgType.TOWNSHIP) {
                values.put(org, BigDecimal.ZERO);
            }
        });
        for (List<Long> chunk : OrgBatches.chunks(values.keySet())) {
            jdbc.sql("SELECT " + ScopedSql.ANCESTOR + " AS org, COUNT(DISTINCT c.person_id) AS n FROM hardship_cases c"
                            + ScopedSql.joinAncestorsIn("c.org_id", "ids")
                            + " JOIN support_entries e ON e.case_id = c.id WHERE c.member = TRUE"
                            + " AND e.support_year = :year AND " + CareQueries.EFFECTIVE
                            + " GROUP BY " + ScopedSql.ANCESTOR)
                    .param("ids", chunk).param("year", year)
                    .query(rs -> {
                        values.put(rs.getLong("org"), BigDecimal.valueOf(rs.getLong("n")));
                    });
        }
        return values;
    }
}
