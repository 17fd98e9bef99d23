package org.jiceng.assessment.scheme;

import org.jiceng.shared.Text;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiceng.assessment.engine.Indicator;
import org.jiceng.assessment.engine.ScoringMethod;
import org.jiceng.assessment.engine.SubjectKind;
import org.jiceng.shared.RuleViolationException.FieldError;
import org.jiceng.shared.metrics.MetricDefinition;
import org.jiceng.shared.metrics.MetricSubject;
import org.jiceng.shared.metrics.MetricType;

/**
 * Which indicators may take their input from a metric (取自数据). Only methods that turn a value into points can:
 * 达标计分 and 一票否决 (a yes/no metric), 按数量计分, 按数值折算 and 按次扣分. A 直接评分 is the assessor's judgement and a
 * group adds up its children, so neither can. The metric must be published and have figures for the scheme's
 * subject (a village scheme takes village figures).
 */
final class MetricBindings {

    static final Set<ScoringMethod> TAKE_VALUES = EnumSet.of(ScoringMethod.PASS_FAIL, ScoringMethod.COUNT,
            ScoringMethod.VALUE_FACTOR, ScoringMethod.DEDUCTION, ScoringMethod.VETO);
    private static final Set<ScoringMethod> YES_NO_ONLY = EnumSet.of(ScoringMethod.PASS_FAIL, ScoringMethod.VETO);

    private MetricBindings() {
    }

    /** Indicator code → metric code of the rows that name a metric. */
    static Map<String, String> of(List<IndicatorRow> rows) {
        Map<String, String> bindings = new LinkedHashMap<>();
        for (IndicatorRow row : rows) {
            String metric = Text.clean(row.metric());
            if (metric != null && row.code() != null && !row.code().isBlank()) {
                bindings.put(row.code().trim(), metric);
            }
        }
        return bindings;
    }

    /** A field error on {@code indicators[i].metric} for every row whose binding is not allowed. */
    static List<FieldError> check(List<IndicatorRow> rows, SubjectKind subject, Map<String, MetricDefinition> catalogue) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            IndicatorRow row = rows.get(i);
            String code = Text.clean(row.metric());
            if (code == null) {
                continue;
            }
            String field = "indicators[" + i + "].metric";
            MetricDefinition metric = catalogue.get(code);
            if (metric == null) {
                errors.add(new FieldError(field, "没有编号为“" + code + "”的数据来源，请从列表中选择"));
            } else if (row.method() == null || !TAKE_VALUES.contains(row.method())) {
                String method = row.method() == null ? "未选计分方法" : "“" + row.method().label() + "”";
                errors.add(new FieldError(field, method + "的指标不能取自数据；只有达标计分、按数量计分、按数值折算、"
                        + "按次扣分和一票否决的指标可以"));
            } else if (YES_NO_ONLY.contains(row.method()) && metric.type() != MetricType.YES_NO) {
                errors.add(new FieldError(field, "“" + row.method().label() + "”只能取自“是/否”类数据，“"
                        + metric.name() + "”是" + metric.type().label() + "（" + metric.unit() + "）"));
            } else if (!appliesTo(metric, subject)) {
                errors.add(new FieldError(field, "“" + metric.name() + "”没有" + subject.label() + "的数据"));
            }
        }
        return errors;
    }

    /** Whether the metric has figures for the scheme's subject. */
    static boolean appliesTo(MetricDefinition metric, SubjectKind subject) {
        return switch (subject) {
            case VILLAGE_BRANCH -> metric.appliesTo(MetricSubject.VILLAGE_BRANCH);
            case TOWNSHIP_COMMITTEE -> metric.appliesTo(MetricSubject.TOWNSHIP);
            default -> false;
        };
    }
}
