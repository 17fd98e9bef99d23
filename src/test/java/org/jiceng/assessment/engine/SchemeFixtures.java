package org.jiceng.assessment.engine;

import static org.jiceng.assessment.engine.Indicator.group;
import static org.jiceng.assessment.engine.Indicator.leaf;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Small schemes for engine tests: a 100-point 分类定级-like scheme with bonus, deduction, veto and a condition. */
public final class SchemeFixtures {

    private SchemeFixtures() {
    }

    public static Scheme classification() {
        return new Scheme("分类定级", 2012, SubjectKind.VILLAGE_BRANCH, new BigDecimal("100"), new BigDecimal("5"),
                List.of(
                        group("D1", "带头人", "40",
                                leaf("D1.1", "书记能力", ScoringMethod.MANUAL, "20", null),
                                leaf("D1.2", "两委健全", ScoringMethod.PASS_FAIL, "10", null),
                                leaf("D1.3", "培训次数", ScoringMethod.COUNT, "10", "2"),
                                leaf("D1.4", "公开缺项", ScoringMethod.DEDUCTION, "4", "1")),
                        group("D2", "工作业绩", "60",
                                leaf("D2.1", "收入增长", ScoringMethod.VALUE_FACTOR, "40", "4"),
                                leaf("D2.2", "群众满意度", ScoringMethod.VALUE_FACTOR, "20", "0.2")),
                        Indicator.bonusItem("B1", "市级表彰", ScoringMethod.COUNT, "10", "3"),
                        leaf("X1", "党费收缴不规范", ScoringMethod.DEDUCTION, "10", "2"),
                        Indicator.veto("V1", "发生重大违纪", null),
                        Indicator.veto("V2", "班子不团结", "一般")),
                List.of(GradeBand.of("好", "90", "105").withCondition("D2.2", "90"),
                        GradeBand.of("较好", "80", "90").withCondition("D2.2", "90"),
                        GradeBand.of("一般", "60", "80"),
                        GradeBand.of("较差", "0", "60")));
    }

    /** Inputs scoring D1 = 18+10+8−1 = 35, D2 = 40+19 = 59, base 94, bonus 3, total 97: 好. */
    static Map<String, BigDecimal> goodInputs() {
        Map<String, BigDecimal> inputs = new HashMap<>();
        inputs.put("D1.1", new BigDecimal("18"));
        inputs.put("D1.2", BigDecimal.ONE);
        inputs.put("D1.3", new BigDecimal("4"));
        inputs.put("D1.4", BigDecimal.ONE);
        inputs.put("D2.1", new BigDecimal("12.5"));
        inputs.put("D2.2", new BigDecimal("95"));
        inputs.put("B1", BigDecimal.ONE);
        inputs.put("X1", BigDecimal.ZERO);
        inputs.put("V1", BigDecimal.ZERO);
        inputs.put("V2", BigDecimal.ZERO);
        return inputs;
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
