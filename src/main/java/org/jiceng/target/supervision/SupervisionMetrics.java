package org.jiceng.target.supervision;

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

/**
 * Supervision items closed on time for the assessment engine, per org and year: items of the year (by registration)
 * led by the org (a township: by itself or its villages), closed with a report that came by the deadline. One grouped
 * SQL per 1,000 orgs.
 */
@Component
@Transactional(readOnly = true)
class SupervisionMetrics implements MetricSource {

    static final String CLOSED_ON_TIME = "target.supervision_closed_on_time";

    private final OrgCounts counts;

    SupervisionMetrics(OrgCounts counts) {
        this.counts = counts;
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
        return counts.villagesAndTownships(orgIds, year, "COUNT(*)", "supervision_items s", "s.lead_org_id",
                "s.item_year = :year AND s.status = 'CLOSED' AND s.closed_on_time = TRUE");
    }
}
