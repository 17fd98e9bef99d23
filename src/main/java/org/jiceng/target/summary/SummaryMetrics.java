package org.jiceng.target.summary;

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
 * Summaries submitted on time for the assessment engine, per org and year: summaries of the year's periods written
 * by the org (a township: by itself and its villages) and first submitted by the period's deadline. One grouped SQL
 * per 1,000 orgs.
 */
@Component
@Transactional(readOnly = true)
class SummaryMetrics implements MetricSource {

    static final String ON_TIME = "target.summaries_on_time";

    private final OrgCounts counts;

    SummaryMetrics(OrgCounts counts) {
        this.counts = counts;
    }

    @Override
    public List<MetricDefinition> metrics() {
        return List.of(new MetricDefinition(ON_TIME, "按时报送工作总结数", MetricType.COUNT,
                Set.of(MetricSubject.VILLAGE_BRANCH, MetricSubject.TOWNSHIP),
                "当年各期阶段小结、季度小结、半年和年度总结中，本组织（乡镇含所辖各村）在报送截止日前提交的份数"));
    }

    @Override
    public Map<Long, BigDecimal> values(String code, int year, Collection<Long> orgIds) {
        if (!ON_TIME.equals(code)) {
            throw new IllegalArgumentException("not a summary metric: " + code);
        }
        return counts.villagesAndTownships(orgIds, year, "COUNT(*)",
                "period_summaries s JOIN summary_periods p ON p.id = s.period_id", "s.org_id",
                "p.period_year = :year AND s.submitted_on IS NOT NULL AND s.late = FALSE");
    }
}
