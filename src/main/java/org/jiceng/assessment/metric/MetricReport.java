package org.jiceng.assessment.metric;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jiceng.assessment.Metrics;
import org.jiceng.assessment.scheme.SchemeForms;
import org.jiceng.organization.OrgSummary;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.metrics.MetricDefinition;
import org.springframework.stereotype.Component;

/**
 * Metric figures for the signed-in officer, for the metrics page and API: one metric for the orgs under an org, or
 * every metric for one org. The scope guard has checked {@code org}; without it the user's own org is meant.
 */
@Component
class MetricReport {

    /** One org's figure: null when the metric has none for it (no plan, no members, not its kind). */
    record OrgValue(long orgId, String orgName, String orgType, BigDecimal value) {
    }

    /** One metric's figure for one org. */
    record MetricValue(MetricDefinition metric, BigDecimal value, boolean applies) {
    }

    /** A metric's figures for the orgs under an org in a year. */
    record MetricValues(MetricDefinition metric, int year, long org, List<OrgValue> values) {
    }

    private final Metrics metrics;
    private final MetricOrgs orgs;
    private final DataScope scope;
    private final Clock clock;

    MetricReport(Metrics metrics, MetricOrgs orgs, DataScope scope, Clock clock) {
        this.clock = clock;
        this.metrics = metrics;
        this.orgs = orgs;
        this.scope = scope;
    }

    int year(Integer year) {
        return year == null ? Year.now(clock).getValue() : SchemeForms.requireYear(year);
    }

    long org(Long org) {
        return org == null ? scope.requireActor().orgId() : org;
    }

    MetricValues under(String code, Integer year, Long org) {
        MetricDefinition metric = metrics.find(code).orElseThrow(() -> NotFoundException.of("指标数据", code));
        int y = year(year);
        long root = org(org);
        List<OrgSummary> under = orgs.under(root).stream()
                .filter(o -> metric.appliesTo(MetricOrgs.subjectOf(o.type()))).toList();
        Map<Long, BigDecimal> values = metrics.values(code, y, under.stream().map(OrgSummary::id).toList());
        return new MetricValues(metric, y, root, under.stream()
                .map(o -> new OrgValue(o.id(), o.name(), o.type().label(), values.get(o.id()))).toList());
    }

    /** Every metric of the catalogue for one org (a village-level org or a township) in a year. */
    List<MetricValue> forOrg(OrgSummary org, int year) {
        var subject = MetricOrgs.subjectOf(org.type());
        List<MetricValue> all = new ArrayList<>();
        for (MetricDefinition metric : metrics.catalogue()) {
            boolean applies = subject != null && metric.appliesTo(subject);
            BigDecimal value = applies ? metrics.values(metric.code(), year, List.of(org.id())).get(org.id()) : null;
            all.add(new MetricValue(metric, value, applies));
        }
        return all;
    }

    /** The village-level orgs and townships under the user's org, for the picker. */
    List<OrgSummary> choices() {
        return orgs.under(org(null));
    }

    List<MetricDefinition> catalogue() {
        return metrics.catalogue();
    }
}
