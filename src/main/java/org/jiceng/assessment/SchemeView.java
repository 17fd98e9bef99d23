package org.jiceng.assessment;

import java.util.ArrayList;
import java.util.List;

/** The indicator tree as display rows: depth for indentation, the method and the rule in words. */
final class SchemeView {

    record Row(int depth, Indicator indicator, String section, String rule) {
    }

    private SchemeView() {
    }

    static List<Row> rows(Scheme scheme) {
        List<Row> rows = new ArrayList<>();
        scheme.indicators().forEach(i -> add(i, 0, rows));
        return rows;
    }

    private static void add(Indicator indicator, int depth, List<Row> rows) {
        String section = switch (indicator.section()) {
            case BASE -> depth == 0 ? "维度" : (depth == 1 ? "指标" : "子指标");
            case BONUS -> "加分项";
            case DEDUCTION -> depth == 0 ? "扣分项" : "扣分";
            case VETO -> "否决项";
        };
        rows.add(new Row(depth, indicator, section, IndicatorScoring.rule(indicator)));
        indicator.children().forEach(child -> add(child, depth + 1, rows));
    }
}
