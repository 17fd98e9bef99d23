package org.jiceng.assessment.scheme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jiceng.assessment.engine.Indicator;
import org.jiceng.assessment.engine.IndicatorScoring;
import org.jiceng.assessment.engine.Points;
import org.jiceng.assessment.engine.Scheme;
import org.jiceng.assessment.engine.ScoringMethod;

/**
 * What makes a scheme publishable: codes unique and present, no negative maxima, caps or units, each group's
 * children adding up to its maximum (a weighted group's children add up to any full marks, which it scales), the dimensions adding up to the base maximum, bonus and veto items only at the
 * top level, and grade bands (see {@link BandValidation}) that cover 0 to base max + bonus cap without gaps or
 * overlaps.
 */
public final class SchemeValidation {

    private SchemeValidation() {
    }

    public static List<SchemeProblem> problems(Scheme scheme) {
        List<SchemeProblem> problems = new ArrayList<>();
        if (scheme.name() == null || scheme.name().isBlank()) {
            problems.add(new SchemeProblem(SchemeError.BLANK_NAME, "name", "请填写方案名称"));
        }
        if (scheme.baseMax() == null || scheme.baseMax().signum() < 0) {
            problems.add(new SchemeProblem(SchemeError.NEGATIVE_BASE_MAX, "baseMax", "基本分满分不能为负数"));
            return problems;
        }
        if (scheme.bonusCap().signum() < 0) {
            problems.add(new SchemeProblem(SchemeError.NEGATIVE_BONUS_CAP, "bonusCap", "加分上限不能为负数"));
        }
        Set<String> codes = new HashSet<>();
        for (Indicator indicator : scheme.allIndicators()) {
            checkIndicator(indicator, codes, problems);
        }
        BigDecimal dimensions = BigDecimal.ZERO;
        for (Indicator top : scheme.indicators()) {
            if (top.section() == Indicator.Section.BASE && top.max() != null) {
                dimensions = dimensions.add(top.max());
            }
            if (top.bonus() && scheme.bonusCap().signum() == 0) {
                problems.add(SchemeProblem.indicator(SchemeError.BONUS_WITHOUT_CAP, top, "bonus",
                        "方案的加分上限为0，加分项“" + top.name() + "”不起作用，请设置加分上限"));
            }
            top.children().forEach(child -> checkNested(child, problems));
        }
        if (dimensions.compareTo(scheme.baseMax()) != 0) {
            problems.add(new SchemeProblem(SchemeError.DIMENSIONS_NOT_BASE_MAX, "baseMax", "各维度满分合计"
                    + Points.text(dimensions) + "分，与基本分满分" + Points.text(scheme.baseMax()) + "分不一致"));
        }
        problems.addAll(BandValidation.problems(scheme));
        return problems;
    }

    private static void checkIndicator(Indicator indicator, Set<String> codes, List<SchemeProblem> problems) {
        if (indicator.code() == null || indicator.code().isBlank()) {
            problems.add(new SchemeProblem(SchemeError.BLANK_CODE, "indicators[].code",
                    "指标“" + indicator.name() + "”缺少编号"));
        } else if (!codes.add(indicator.code())) {
            problems.add(SchemeProblem.indicator(SchemeError.DUPLICATE_CODE, indicator, "code",
                    "指标编号“" + indicator.code() + "”重复"));
        }
        if (indicator.max() == null || indicator.max().signum() < 0) {
            problems.add(SchemeProblem.indicator(SchemeError.NEGATIVE_MAX, indicator, "max", "分值不能为空或负数"));
            return;
        }
        if (indicator.method().needsUnit() && (indicator.unit() == null || indicator.unit().signum() <= 0)) {
            problems.add(SchemeProblem.indicator(SchemeError.MISSING_UNIT, indicator, "unit",
                    ScoringMethod.DEDUCTION == indicator.method() ? "请填写每次扣分（大于0）" : "请填写每项分值或系数（大于0）"));
        }
        boolean group = indicator.method().isGroup();
        if (group && indicator.children().isEmpty()) {
            problems.add(SchemeProblem.indicator(SchemeError.GROUP_WITHOUT_CHILDREN, indicator, "method",
                    "“" + indicator.name() + "”按下级指标合计，但没有下级指标"));
        } else if (!group && !indicator.children().isEmpty()) {
            problems.add(SchemeProblem.indicator(SchemeError.CHILDREN_ON_LEAF, indicator, "method",
                    "“" + indicator.name() + "”有下级指标，计分方法应为“下级指标合计”"));
        } else if (indicator.method() == ScoringMethod.WEIGHTED) {
            if (IndicatorScoring.fullMarks(indicator).signum() <= 0) {
                problems.add(SchemeProblem.indicator(SchemeError.CHILDREN_NOT_PARENT_MAX, indicator, "max",
                        "“" + indicator.name() + "”按下级指标合计折算，下级指标满分合计应大于0"));
            }
        } else if (group) {
            BigDecimal sum = indicator.children().stream()
                    .filter(c -> c.method() != ScoringMethod.DEDUCTION && c.max() != null)
                    .map(Indicator::max).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(indicator.max()) != 0) {
                problems.add(SchemeProblem.indicator(SchemeError.CHILDREN_NOT_PARENT_MAX, indicator, "max",
                        "“" + indicator.name() + "”满分" + Points.text(indicator.max()) + "分，下级指标合计"
                                + Points.text(sum) + "分，应相等"));
            }
        }
    }

    private static void checkNested(Indicator indicator, List<SchemeProblem> problems) {
        if (indicator.bonus()) {
            problems.add(SchemeProblem.indicator(SchemeError.BONUS_NOT_TOP_LEVEL, indicator, "bonus",
                    "加分项只能设在第一级"));
        }
        if (indicator.method() == ScoringMethod.VETO) {
            problems.add(SchemeProblem.indicator(SchemeError.VETO_NOT_TOP_LEVEL, indicator, "method",
                    "一票否决项只能设在第一级"));
        }
        indicator.children().forEach(child -> checkNested(child, problems));
    }
}
