package org.jiceng.assessment.engine;

import java.math.BigDecimal;

/**
 * A grade (一类, 五星, 好 …) and the totals it covers: from {@code min} (inclusive) up to {@code max} (exclusive,
 * except the best band, which includes its max). Bands are listed best first. An optional condition
 * (e.g. 群众满意度 ≥ 90 for 好 and 较好, 组厅字〔2012〕6号) must also hold, else the next band down applies.
 *
 * @param conditionCode the indicator whose input must reach {@code conditionMin}; null when there is no condition
 * @param places        at most this many entries of a campaign hold the grade (名额, e.g. 一等奖 2 places); null when
 *                      any number may; see {@link Places}
 */
public record GradeBand(String name, BigDecimal min, BigDecimal max, String conditionCode, BigDecimal conditionMin,
                        Integer places) {

    public GradeBand(String name, BigDecimal min, BigDecimal max, String conditionCode, BigDecimal conditionMin) {
        this(name, min, max, conditionCode, conditionMin, null);
    }

    public static GradeBand of(String name, String min, String max) {
        return new GradeBand(name, new BigDecimal(min), new BigDecimal(max), null, null);
    }

    public GradeBand withCondition(String code, String minValue) {
        return new GradeBand(name, min, max, code, new BigDecimal(minValue), places);
    }

    public GradeBand withPlaces(int count) {
        return new GradeBand(name, min, max, conditionCode, conditionMin, count);
    }

    public boolean limited() {
        return places != null;
    }

    public boolean hasCondition() {
        return conditionCode != null && !conditionCode.isBlank();
    }
}
