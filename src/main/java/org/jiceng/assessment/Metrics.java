package org.jiceng.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jiceng.assessment.scheme.StoredScheme;
import org.jiceng.shared.metrics.MetricDefinition;
import org.jiceng.shared.metrics.MetricSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The metrics every module publishes ({@link MetricSource} beans), and the inputs a scheme's bound indicators take
 * from them. Checks no user: pages and the API check the orgs' scope first; campaign jobs call it without a
 * signed-in user. Each bound metric is read once for all orgs ({@link MetricSource#values} is a batch read).
 */
@Service
@Transactional(readOnly = true)
public class Metrics {

    private final List<MetricSource> sources;

    Metrics(List<MetricSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** Every published metric, by module, in the order each module lists them. */
    public List<MetricDefinition> catalogue() {
        List<MetricDefinition> all = new ArrayList<>();
        sources.forEach(s -> all.addAll(s.metrics()));
        return all;
    }

    /** The catalogue by code. */
    public Map<String, MetricDefinition> byCode() {
        Map<String, MetricDefinition> byCode = new LinkedHashMap<>();
        catalogue().forEach(m -> byCode.put(m.code(), m));
        return byCode;
    }

    public Optional<MetricDefinition> find(String code) {
        return Optional.ofNullable(byCode().get(code));
    }

    /** One metric's values for many orgs in a year; orgs without a figure are absent. Unknown code: empty. */
    public Map<Long, BigDecimal> values(String code, int year, Collection<Long> orgIds) {
        if (orgIds.isEmpty()) {
            return Map.of();
        }
        for (MetricSource source : sources) {
            if (source.metrics().stream().anyMatch(m -> m.code().equals(code))) {
                return source.values(code, year, orgIds);
            }
        }
        return Map.of();
    }

    /**
     * The inputs a scheme's metric-bound indicators take for each org in a year: org id → (indicator code → value).
     * Indicators whose metric has no figure for an org are left out (the engine counts a missing input as 0 and lists
     * it as not filled). Each bound metric is read once for all the orgs.
     */
    public Map<Long, Map<String, BigDecimal>> metricInputs(StoredScheme scheme, int year, Collection<Long> orgIds) {
        Map<Long, Map<String, BigDecimal>> inputs = new HashMap<>();
        orgIds.forEach(org -> inputs.put(org, new HashMap<>()));
        Map<String, List<String>> indicatorsByMetric = new LinkedHashMap<>();
        scheme.metrics().forEach((indicator, metric) ->
                indicatorsByMetric.computeIfAbsent(metric, k -> new ArrayList<>()).add(indicator));
        indicatorsByMetric.forEach((metric, indicators) -> values(metric, year, orgIds).forEach((org, value) -> {
            Map<String, BigDecimal> ofOrg = inputs.get(org);
            if (ofOrg != null) {
                indicators.forEach(indicator -> ofOrg.put(indicator, value));
            }
        }));
        return inputs;
    }

    /** The metric inputs of one org (试算 from an org's data). */
    public Map<String, BigDecimal> metricInputs(StoredScheme scheme, int year, long orgId) {
        return metricInputs(scheme, year, List.of(orgId)).get(orgId);
    }
}
