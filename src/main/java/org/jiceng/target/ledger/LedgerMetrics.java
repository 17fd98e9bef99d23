package org.jiceng.target.ledger;

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
 * The ledger's figure for the assessment engine: 台账活跃度 — diary entries recorded for the org (a township: itself
 * and its villages) dated in the year. One grouped SQL per 1,000 orgs.
 */
@Component
@Transactional(readOnly = true)
class LedgerMetrics implements MetricSource {

    static final String ENTRIES = "target.ledger_entries";

    private final OrgCounts counts;

    LedgerMetrics(OrgCounts counts) {
        this.counts = counts;
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
        return counts.villagesAndTownships(orgIds, year, "COUNT(*)", "ledger_diary_entries e", "e.org_id", "e.entry_year = :year");
    }
}
