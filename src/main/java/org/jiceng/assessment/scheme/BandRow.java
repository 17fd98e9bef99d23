package org.jiceng.assessment.scheme;

import org.jiceng.shared.Text;
import java.math.BigDecimal;

import org.jiceng.assessment.engine.GradeBand;

/** One grade band as a row of the editor and of the API payload, best first. */
public record BandRow(String name, BigDecimal min, BigDecimal max, String conditionCode, BigDecimal conditionMin,
                      Integer places) {

    public BandRow(String name, BigDecimal min, BigDecimal max, String conditionCode, BigDecimal conditionMin) {
        this(name, min, max, conditionCode, conditionMin, null);
    }

    GradeBand toBand() {
        return new GradeBand(Text.clean(name), min, max, Text.clean(conditionCode), conditionMin, places);
    }

    static BandRow of(GradeBand band) {
        return new BandRow(band.name(), band.min(), band.max(), band.conditionCode(), band.conditionMin(),
                band.places());
    }


}
