package org.jiceng.assessment.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiceng.assessment.engine.ScoringMethod;
import org.jiceng.assessment.engine.SubjectKind;
import org.jiceng.shared.RuleViolationException.FieldError;
import org.jiceng.shared.metrics.MetricDefinition;
import org.jiceng.shared.metrics.MetricSubject;
import org.jiceng.shared.metrics.MetricType;
import org.junit.jupiter.api.Test;

class MetricBindingsTests {

    static final Map<String, MetricDefinition> CATALOGUE = Map.of(
            "org.committee_complete", new MetricDefinition("org.committee_complete", "班子成员是否配齐", MetricType.YES_NO,
                    Set.of(MetricSubject.VILLAGE_BRANCH), ""),
            "training.attendance_rate", new MetricDefinition("training.attendance_rate", "参训率", MetricType.PERCENT,
                    Set.of(MetricSubject.VILLAGE_BRANCH, MetricSubject.TOWNSHIP), ""),
            "org.members_per_branch", new MetricDefinition("org.members_per_branch", "平均每个村党组织党员数",
                    MetricType.COUNT, Set.of(MetricSubject.TOWNSHIP), ""));

    static IndicatorRow row(String code, ScoringMethod method, String metric) {
        return new IndicatorRow(code, "D1", code, method, BigDecimal.TEN, BigDecimal.ONE, null, false, null, metric);
    }

    static List<FieldError> check(IndicatorRow... rows) {
        return MetricBindings.check(List.of(rows), SubjectKind.VILLAGE_BRANCH, CATALOGUE);
    }

    @Test
    void valueTakingIndicatorsMayTakeAMetricOfTheirSubject() {
        assertThat(check(row("A", ScoringMethod.PASS_FAIL, "org.committee_complete"),
                row("B", ScoringMethod.VALUE_FACTOR, "training.attendance_rate"),
                row("C", ScoringMethod.MANUAL, ""), row("D", ScoringMethod.COUNT, null))).isEmpty();
    }

    @Test
    void rejectsAnUnknownMetricOnItsRow() {
        assertThat(check(row("A", ScoringMethod.COUNT, null), row("B", ScoringMethod.COUNT, "org.nope")))
                .containsExactly(new FieldError("indicators[1].metric", "没有编号为“org.nope”的数据来源，请从列表中选择"));
    }

    @Test
    void rejectsAMetricOnAManualScoreOrAGroup() {
        assertThat(check(row("A", ScoringMethod.MANUAL, "training.attendance_rate"),
                row("B", ScoringMethod.GROUP, "training.attendance_rate")))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("indicators[0].metric", "“直接评分”的指标不能取自数据；只有达标计分、"
                                + "按数量计分、按数值折算、按次扣分和一票否决的指标可以"),
                        org.assertj.core.groups.Tuple.tuple("indicators[1].metric", "“下级指标合计”的指标不能取自数据；只有达标计分、"
                                + "按数量计分、按数值折算、按次扣分和一票否决的指标可以"));
    }

    @Test
    void passFailAndVetoTakeOnlyYesNoMetrics() {
        assertThat(check(row("A", ScoringMethod.PASS_FAIL, "training.attendance_rate")))
                .extracting(FieldError::message)
                .containsExactly("“达标计分”只能取自“是/否”类数据，“参训率”是比率（%）");
    }

    @Test
    void aVillageSchemeCannotTakeATownshipOnlyMetric() {
        assertThat(check(row("A", ScoringMethod.COUNT, "org.members_per_branch")))
                .extracting(FieldError::message).containsExactly("“平均每个村党组织党员数”没有村党组织的数据");
    }

    @Test
    void bindingsAreTheRowsNamingAMetric() {
        assertThat(MetricBindings.of(List.of(row("A", ScoringMethod.COUNT, " "), row(" B ", ScoringMethod.COUNT,
                "training.attendance_rate")))).isEqualTo(Map.of("B", "training.attendance_rate"));
    }
}
