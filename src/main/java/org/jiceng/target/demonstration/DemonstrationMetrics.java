package org.jiceng.target.demonstration;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiceng.organization.OrgCounts;
import org.jiceng.shared.metrics.MetricDefinition;
import org.jiceng.shared.metrics.MetricSource;
import org.jiceng.shared.metrics.MetricSubject;
import org.jiceng.shared.metrics.MetricType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** 示范村 for the engine: demonstration villages named for the year under the org (a village: 1 when it is one). */
@Component
@Transactional(readOnly = true)
class DemonstrationMetrics implements MetricSource {

    static final String VILLAGES = "target.demonstration_villages";

    private final OrgCounts counts;

    DemonstrationMetrics(OrgCounts counts) {
        this.counts = counts;
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
        return counts.villagesAndTownships(orgIds, year, "COUNT(DISTINCT d.village_id)",
                "demonstration_villages d", "d.village_id", "d.demo_year = :year");
    }
}
