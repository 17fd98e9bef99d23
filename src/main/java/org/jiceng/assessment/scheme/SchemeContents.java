package org.jiceng.assessment.scheme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.assessment.engine.GradeBand;
import org.jiceng.assessment.engine.Indicator;
import org.jiceng.assessment.engine.ScoringMethod;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A scheme's indicator tree, bands and metric bindings, in two queries. Only a draft's contents ever change
 * ({@link SchemeRepository#updateDraft}); a published or retired scheme's are fixed, so they are kept in the
 * {@value #CACHE} cache (Spring's cache abstraction) and a campaign reads its scheme without reading them again.
 */
@Component
class SchemeContents {

    static final String CACHE = "schemeContents";

    private final JdbcClient jdbc;

    SchemeContents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The indicator tree, the bands and indicator code → metric code of the bound indicators. */
    record Contents(List<Indicator> indicators, List<GradeBand> bands, Map<String, String> metrics) {
    }

    /** The contents of a scheme; cached when {@code fixed} (not a draft). */
    @Cacheable(cacheNames = CACHE, condition = "#fixed")
    public Contents of(long id, boolean fixed) {
        Map<String, String> metrics = new LinkedHashMap<>();
        List<IndicatorRow> rows = jdbc.sql("""
                SELECT parent_code, code, name, scoring_method, max_points, unit_points, veto_grade, bonus, note,
                    metric_code
                FROM assessment_indicators WHERE scheme_id = ? ORDER BY sort_order""").param(id)
                .query((rs, i) -> {
                    if (rs.getString("metric_code") != null) {
                        metrics.put(rs.getString("code"), rs.getString("metric_code"));
                    }
                    return new IndicatorRow(rs.getString("code"), rs.getString("parent_code"),
                            rs.getString("name"), ScoringMethod.valueOf(rs.getString("scoring_method")),
                            rs.getBigDecimal("max_points"), strip(rs.getBigDecimal("unit_points")),
                            rs.getString("veto_grade"), rs.getBoolean("bonus"), rs.getString("note"));
                })
                .list();
        List<GradeBand> bands = jdbc.sql("""
                SELECT name, min_score, max_score, condition_code, condition_min, places FROM assessment_bands
                WHERE scheme_id = ? ORDER BY sort_order""").param(id)
                .query((rs, i) -> new GradeBand(rs.getString("name"), rs.getBigDecimal("min_score"),
                        rs.getBigDecimal("max_score"), rs.getString("condition_code"),
                        strip(rs.getBigDecimal("condition_min")), rs.getObject("places", Integer.class)))
                .list();
        return new Contents(List.copyOf(IndicatorTree.build(rows, new ArrayList<>())), List.copyOf(bands),
                Collections.unmodifiableMap(metrics));
    }

    /** Units are stored with 4 decimals; 4.0000 reads back as 4. */
    private static BigDecimal strip(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
