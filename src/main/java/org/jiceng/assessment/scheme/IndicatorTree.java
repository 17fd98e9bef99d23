package org.jiceng.assessment.scheme;

import org.jiceng.shared.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.assessment.engine.Indicator;
import org.jiceng.assessment.engine.ScoringMethod;
import org.jiceng.shared.RuleViolationException.FieldError;

/**
 * Turns the ordered rows of the editor into the indicator tree and back. A row names its parent by code; the tree
 * is at most three levels deep (维度 → 指标 → 子指标).
 */
final class IndicatorTree {

    static final int MAX_DEPTH = 3;

    private IndicatorTree() {
    }

    static List<IndicatorRow> flatten(List<Indicator> indicators) {
        List<IndicatorRow> rows = new ArrayList<>();
        indicators.forEach(i -> flatten(i, null, rows));
        return rows;
    }

    private static void flatten(Indicator indicator, String parent, List<IndicatorRow> rows) {
        rows.add(new IndicatorRow(indicator.code(), parent, indicator.name(), indicator.method(), indicator.max(),
                indicator.unit(), indicator.vetoGrade(), indicator.bonus(), indicator.note()));
        indicator.children().forEach(child -> flatten(child, indicator.code(), rows));
    }

    /** The tree of the rows, adding an error (by row) for unknown parents, missing methods and too deep nesting. */
    static List<Indicator> build(List<IndicatorRow> rows, List<FieldError> errors) {
        Map<String, Integer> indexByCode = new HashMap<>();
        Map<String, List<Integer>> childrenOf = new LinkedHashMap<>();
        List<Integer> roots = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            IndicatorRow row = rows.get(i);
            if (row.method() == null) {
                errors.add(new FieldError("indicators[" + i + "].method", "请选择计分方法"));
            }
            if (row.code() != null && !row.code().isBlank()) {
                indexByCode.putIfAbsent(row.code().trim(), i);
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            String parent = Text.clean(rows.get(i).parentCode());
            if (parent == null) {
                roots.add(i);
            } else if (!indexByCode.containsKey(parent) || indexByCode.get(parent) == i) {
                errors.add(new FieldError("indicators[" + i + "].parentCode", "上级指标编号“" + parent + "”不存在"));
            } else {
                childrenOf.computeIfAbsent(parent, k -> new ArrayList<>()).add(i);
            }
        }
        List<Indicator> tree = new ArrayList<>();
        boolean[] placed = new boolean[rows.size()];
        for (int root : roots) {
            tree.add(node(rows, root, 1, childrenOf, placed, errors));
        }
        for (int i = 0; i < rows.size(); i++) {
            if (!placed[i] && errors.stream().noneMatch(e -> e.field().endsWith("parentCode"))) {
                errors.add(new FieldError("indicators[" + i + "].parentCode",
                        "上级指标编号形成循环，请检查"));
                break;
            }
        }
        return tree;
    }

    private static Indicator node(List<IndicatorRow> rows, int index, int depth, Map<String, List<Integer>> childrenOf,
                                  boolean[] placed, List<FieldError> errors) {
        placed[index] = true;
        IndicatorRow row = rows.get(index);
        if (depth > MAX_DEPTH) {
            errors.add(new FieldError("indicators[" + index + "].parentCode", "指标最多三级（维度、指标、子指标）"));
        }
        List<Indicator> children = new ArrayList<>();
        String code = row.code() == null ? "" : row.code().trim();
        for (int child : childrenOf.getOrDefault(code, List.of())) {
            if (!placed[child] && depth <= MAX_DEPTH) {
                children.add(node(rows, child, depth + 1, childrenOf, placed, errors));
            }
        }
        return new Indicator(code, row.name() == null ? null : row.name().strip(), row.method() == null ? ScoringMethod.MANUAL : row.method(),
                row.max(), row.unit(), Text.clean(row.vetoGrade()), row.bonus(), Text.clean(row.note()),
                children);
    }
}
