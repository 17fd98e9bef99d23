package org.jiceng.shared.metrics;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A module's published figures (指标数据) for the assessment engine: an indicator of a 考核方案 may take its value from
 * a metric instead of a hand-typed input. Implemented by any module as a bean; read only through this interface, never
 * through the module's tables.
 * <p>
 * Reads are batched: one metric for many orgs and one year at once, one SQL (or a few chunks of one) for all of them,
 * so a campaign of 40,000 branches reads each metric in a handful of queries. Implementations check no user: callers
 * (the assessment engine, background jobs) pass orgs they have checked.
 */
public interface MetricSource {

    /** The metrics this module publishes. */
    List<MetricDefinition> metrics();

    /**
     * The values of one of this module's metrics for the given orgs in a year. An org the metric does not apply to,
     * or for which there is no figure (e.g. no plan to compare with), is absent from the map.
     */
    Map<Long, BigDecimal> values(String code, int year, Collection<Long> orgIds);
}
