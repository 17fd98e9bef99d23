package org.jiceng.shared.metrics;

import java.util.Set;

/**
 * One published metric: a stable code (module prefix, e.g. {@code org.committee_complete}), its Chinese name, the
 * kind of value and the kinds of org it has figures for.
 */
public record MetricDefinition(String code, String name, MetricType type, Set<MetricSubject> appliesTo,
                               String description) {

    public MetricDefinition {
        appliesTo = Set.copyOf(appliesTo);
    }

    /** The unit shown beside a value: 个, %, 是/否, 学时. */
    public String unit() {
        return type.unit();
    }

    public boolean appliesTo(MetricSubject subject) {
        return appliesTo.contains(subject);
    }
}
