package org.jiceng.assessment.scheme;

import org.jiceng.assessment.engine.Indicator;

/**
 * One thing wrong with a scheme, with the field it concerns: {@code baseMax}, {@code bonusCap}, {@code name},
 * {@code indicators[CODE].max} (an indicator by its code) or {@code bands[2].min} (a band by its position).
 */
public record SchemeProblem(SchemeError error, String field, String message) {

    static SchemeProblem indicator(SchemeError error, Indicator indicator, String property, String message) {
        return new SchemeProblem(error, "indicators[" + indicator.code() + "]." + property, message);
    }

    static SchemeProblem band(SchemeError error, int index, String property, String message) {
        return new SchemeProblem(error, "bands[" + index + "]." + property, message);
    }
}
