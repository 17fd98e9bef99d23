package org.jiceng.target.supervision;

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
 * Supervision items closed on time for the assessment engine, per org and year: items of the year (by registration)
 * led by the org (a township: by itself or its villages), closed with a report that came by the deadline. One grouped
 * SQL per 1,000 orgs.
 */
@Component
@Transactional(readOnly = true)
class SupervisionMetrics implements MetricSource {

    static final String CLOSED_ON_TIME = "target.supervision_closed_on_time";

    private final JdbcClient jdbc;
    private final OrgTree tree;

    SupervisionMetrics(JdbcClient jdbc, OrgTree tree) {
        this.jdbc = jdbc;
        this.tree = tree;
    }

    @Override
    public List<MetricDefinition> metrics() {
        return List.of(new MetricDefinition(CLOSED_ON_TIME, "督办事项按时办结数", MetricType.COUNT,
                Set.of(MetricSubject.VILLAGE_BRANCH, MetricSubject.TOWNSHIP),
                "当年立项、由本组织（乡镇含所辖各村）承办、在办理时限内反馈并经审结办结的督办事项数"));
    }

    @Override
    public Map<Long, BigDecimal> values(String code, int year, Collection<Long> orgIds) {
        if (!CLOSED_ON_TIME.equals(code)) {
            throw new IllegalArgumentException("not a supervision metric: " + code);
        }
        Map<Long, BigDecimal> values = new HashMap<>();
        tree.types(orgIds).forEach((org, type) -> {
            if (type.isVillageLevel() || type == OrgType.TOWNSHIP) {
                values.put(org, BigDecimal.ZERO);
            }
        });
        for (List<Long> chunk : OrgBatches.chunks(values.keySet())) {
            jdbc.sql("SELECT " + ScopedSql.ANCESTOR + " AS org, COUNT(*) AS n FROM supervision_items s"
                            + ScopedSql.joinAncestorsIn("s.lead_org_id", "ids")
                            + " WHERE s.item_year = :year AND s.status = 'CLOSED' AND s.closed_on_time = TRUE"
                            + " GROUP BY " + ScopedSql.ANCESTOR)
                    .param("ids", chunk).param("year", year)
                    .query(rs -> {
                        values.put(rs.getLong("org"), BigDecimal.valueOf(rs.getLong("n")));
                    });
        }
        return values;
    }
}
