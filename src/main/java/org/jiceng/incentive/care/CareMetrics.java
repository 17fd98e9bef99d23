package org.jiceng.incentive.care;

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
 * 帮扶's figures for the assessment engine, per org and year: the members in hardship helped — members with a case
 * under the org that received at least one support not reversed that year (the seed's "帮扶20名生活困难党员",
 * research §6). One grouped SQL per 1,000 orgs.
 */
@Component
@Transactional(readOnly = true)
class CareMetrics implements MetricSource {

    static final String MEMBERS_HELPED = "incentive.hardship_members_helped";

    private final OrgCounts counts;

    CareMetrics(OrgCounts counts) {
        this.counts = counts;
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
        return counts.villagesAndTownships(orgIds, year, "COUNT(DISTINCT c.person_id)",
                "hardship_cases c JOIN support_entries e ON e.case_id = c.id", "c.org_id",
                "c.member = TRUE AND e.support_year = :year AND " + CareQueries.EFFECTIVE);
    }
}
