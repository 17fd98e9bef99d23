package org.jiceng.target.ledger;

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
 * The ledger's figure for the assessment engine: 台账活跃度 — diary entries recorded for the org (a township: itself
 * and its villages) dated in the year. One grouped SQL per 1,000 orgs.
 */
@Component
@Transactional(readOnly = true)
class LedgerMetrics implements MetricSource {

    static final String ENTRIES = "target.ledger_entries";

    private final JdbcClient jdbc;
    private final OrgTree tree;

    LedgerMetrics(JdbcClient jdbc, OrgTree tree) {
        this.jdbc = jdbc;
        this.tree = tree;
    }

    @Override
    public List<MetricDefinition> metrics() {
        return List.of(new MetricDefinition(ENTRIES, "台账日记条数", MetricType.COUNT,
                Set.of(MetricSubject.VILLAGE_BRANCH, MetricSubject.TOWNSHIP),
                "当年记入台账日记的条数（乡镇含本级和所辖村），反映台账日记法的落实"));
    }

    @Override
    public Map<Long, BigDecimal> values(String code, int year, Collection<Long> orgIds) {
        if (!ENTRIES.equals(code)) {
            throw new IllegalArgumentException("not a ledger metric: " + code);
        }
        Map<Long, BigDecimal> values = new HashMap<>();
        tree.types(orgIds).forEach((org, type) -> {
            if (type.isVillageLevel() || type == OrgType.TOWNSHIP) {
                values.put(org, BigDecimal.ZERO);
            }
        });
        for (List<Long> chunk : OrgBatches.chunks(values.keySet())) {
            jdbc.sql("SELECT " + ScopedSql.ANCESTOR + " AS org, COUNT(*) AS n FROM ledger_diary_entries e"
                            + ScopedSql.joinAncestorsIn("e.org_id", "ids") + " WHERE e.entry_year = :year"
                            + " GROUP BY " + ScopedSql.ANCESTOR)
                    .param("ids", chunk).param("year", year)
                    .query(rs -> {
                        values.put(rs.getLong("org"), BigDecimal.valueOf(rs.getLong("n")));
                    });
        }
        return values;
    }
}
