package org.jiceng.target.demonstration;

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

/** 示范村 for the engine: demonstration villages named for the year under the org (a village: 1 when it is one). */
@Component
@Transactional(readOnly = true)
class DemonstrationMetrics implements MetricSource {

    static final String VILLAGES = "target.demonstration_villages";

    private final JdbcClient jdbc;
    private final OrgTree tree;

    DemonstrationMetrics(JdbcClient jdbc, OrgTree tree) {
        this.jdbc = jdbc;
        this.tree = tree;
    }

    @Override
    public List<MetricDefinition> metrics() {
        return List.of(new MetricDefinition(VILLAGES, "示范村数", MetricType.COUNT,
                Set.of(MetricSubject.VILLAGE_BRANCH, MetricSubject.TOWNSHIP),
                "当年确定的示范村个数（任一类别；村为1表示是示范村）"));
    }

    @Override
    public Map<Long, BigDecimal> values(String code, int year, Collection<Long> orgIds) {
        if (!VILLAGES.equals(code)) {
            throw new IllegalArgumentException("not a demonstration metric: " + code);
        }
        Map<Long, BigDecimal> values = new HashMap<>();
        tree.types(orgIds).forEach((org, type) -> {
            if (type.isVillageLevel() || type == OrgType.TOWNSHIP) {
                values.put(org, BigDecimal.ZERO);
            }
        });
        for (List<Long> chunk : OrgBatches.chunks(values.keySet())) {
            jdbc.sql("SELECT " + ScopedSql.ANCESTOR + " AS org, COUNT(DISTINCT d.village_id) AS n"
                            + " FROM demonstration_villages d" + ScopedSql.joinAncestorsIn("d.village_id", "ids")
                            + " WHERE d.demo_year = :year GROUP BY " + ScopedSql.ANCESTOR)
                    .param("ids", chunk).param("year", year)
                    .query(rs -> {
                        values.put(rs.getLong("org"), BigDecimal.valueOf(rs.getLong("n")));
                    });
        }
        return values;
    }
}
