package org.jiceng.assessment.scheme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.assessment.engine.Indicator;
import org.jiceng.assessment.engine.IndicatorScoring;
import org.jiceng.assessment.engine.Scheme;
import org.jiceng.shared.metrics.MetricDefinition;

/** The indicator tree as display rows: depth for indentation, the method and the rule in words. */
final class SchemeView {

    /** {@code source}: the name of the metric the indicator takes its input from, or null when entered by hand. */
    record Row(int depth, Indicator indicator, String section, String rule, String source) {
    }

    private SchemeView() {
    }

    static List<Row> rows(Scheme scheme) {
        return rows(scheme, Map.of());
    }

    /** The rows with each bound indicator's metric name ({@code sources}: indicator code → metric name). */
    static List<Row> rows(Scheme scheme, Map<String, String> sources) {
        List<Row> rows = new ArrayList<>();
        scheme.indicators().forEach(i -> add(i, 0, sources, rows));
        return rows;
    }

    /** Indicator code → the name of its metric (or its code, when no module publishes it any more). */
    static Map<String, String> sources(StoredScheme stored, Map<String, MetricDefinition> catalogue) {
        Map<String, String> names = new HashMap<>();
        stored.metrics().forEach((indicator, metric) ->
                names.put(indicator, catalogue.containsKey(metric) ? catalogue.get(metric).name() : metric));
        return names;
    }

    private static void add(Indicator indicator, int depth, Map<String, String> sources, List<Row> rows) {
        String section = switch (indicator.section()) {
            case BASE -> depth == 0 ? "维度" : (depth == 1 ? "指标" : "子指标");
            case BONUS -> "加分项";
            case DEDUCTION -> depth == 0 ? "扣分项" : "扣分";
            case VETO -> "否决项";
        };
        rows.add(new Row(depth, indicator, section, IndicatorScoring.rule(indicator), sources.get(indicator.code())));
        indicator.children().forEach(child -> add(child, depth + 1, sources, rows));
    }
}
