package org.jiceng.assessment.scheme;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jiceng.assessment.engine.GradeBand;
import org.jiceng.assessment.engine.Indicator;
import org.jiceng.assessment.engine.Points;
import org.jiceng.assessment.engine.Scheme;
import org.jiceng.assessment.engine.ScoringMethod;

/**
 * Grade bands, listed best first, must cover every possible total exactly once: the best band ends at base max +
 * bonus cap, each band starts where the one below ends (else they overlap or leave a gap), the worst starts at 0.
 * Names are unique; a condition names an existing indicator; a veto item names an existing grade; places (名额) are
 * at least 1 and never on the worst band, where entries beyond the places would have nowhere to go.
 */
final class BandValidation {

    private BandValidation() {
    }

    static List<SchemeProblem> problems(Scheme scheme) {
        List<SchemeProblem> problems = new ArrayList<>();
        List<GradeBand> bands = scheme.bands();
        if (bands.isEmpty()) {
            problems.add(new SchemeProblem(SchemeError.NO_BANDS, "bands", "请至少设置一个等次"));
            return problems;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < bands.size(); i++) {
            GradeBand band = bands.get(i);
            if (band.name() == null || band.name().isBlank() || !names.add(band.name())) {
                problems.add(SchemeProblem.band(SchemeError.DUPLICATE_BAND_NAME, i, "name", "等次名称不能为空或重复"));
            }
            if (band.min() == null || band.max() == null || band.min().compareTo(band.max()) >= 0) {
                problems.add(SchemeProblem.band(SchemeError.BAND_EMPTY, i, "min", "最低分应小于最高分"));
                return problems;
            }
            if (band.limited() && band.places() < 1) {
                problems.add(SchemeProblem.band(SchemeError.BAND_PLACES, i, "places", "名额应为1或以上，不限名额请留空"));
            } else if (band.limited() && i == bands.size() - 1) {
                problems.add(SchemeProblem.band(SchemeError.BAND_PLACES, i, "places",
                        "最低等次不能限定名额（超出名额的单位须能评入下一等次）"));
            }
            if (band.hasCondition() && scheme.indicator(band.conditionCode()).isEmpty()) {
                problems.add(SchemeProblem.band(SchemeError.CONDITION_INDICATOR_UNKNOWN, i, "conditionCode",
                        "条件中的指标编号“" + band.conditionCode() + "”不存在"));
            }
        }
        if (bands.get(0).max().compareTo(scheme.totalMax()) != 0) {
            problems.add(SchemeProblem.band(SchemeError.BANDS_NOT_TO_TOTAL_MAX, 0, "max", "最高等次的上限应为满分"
                    + Points.text(scheme.totalMax()) + "分（基本分加加分上限）"));
        }
        for (int i = 0; i + 1 < bands.size(); i++) {
            GradeBand upper = bands.get(i);
            GradeBand lower = bands.get(i + 1);
            int cmp = upper.min().compareTo(lower.max());
            if (cmp < 0) {
                problems.add(SchemeProblem.band(SchemeError.BAND_OVERLAP, i + 1, "max", "“" + lower.name() + "”与“"
                        + upper.name() + "”的分数段重叠：" + Points.text(upper.min()) + "至" + Points.text(lower.max())
                        + "分同属两个等次"));
            } else if (cmp > 0) {
                problems.add(SchemeProblem.band(SchemeError.BAND_GAP, i + 1, "max", "“" + lower.name() + "”与“"
                        + upper.name() + "”之间有空档：" + Points.text(lower.max()) + "至" + Points.text(upper.min())
                        + "分不属于任何等次"));
            }
        }
        if (bands.get(bands.size() - 1).min().signum() != 0) {
            problems.add(SchemeProblem.band(SchemeError.BANDS_NOT_FROM_ZERO, bands.size() - 1, "min",
                    "最低等次应从0分起"));
        }
        for (Indicator indicator : scheme.allIndicators()) {
            if (indicator.method() == ScoringMethod.VETO && indicator.vetoGrade() != null
                    && !indicator.vetoGrade().isBlank() && scheme.bandIndex(indicator.vetoGrade()) < 0) {
                problems.add(SchemeProblem.indicator(SchemeError.VETO_GRADE_UNKNOWN, indicator, "vetoGrade",
                        "等次“" + indicator.vetoGrade() + "”不存在"));
            }
        }
        return problems;
    }
}
