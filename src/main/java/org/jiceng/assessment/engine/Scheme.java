package org.jiceng.assessment.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules of one 考核方案 as the engine reads them: the base maximum (e.g. 100 or 1000), the bonus cap outside it,
 * the indicator tree and the grade bands, best first. Plain data: storage and status live in the service.
 */
public record Scheme(String name, int year, SubjectKind subject, BigDecimal baseMax, BigDecimal bonusCap,
                     List<Indicator> indicators, List<GradeBand> bands) {

    public Scheme {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        bands = bands == null ? List.of() : List.copyOf(bands);
        bonusCap = bonusCap == null ? BigDecimal.ZERO : bonusCap;
    }

    /** The highest total a subject can reach: the base maximum plus the bonus cap. */
    public BigDecimal totalMax() {
        return baseMax.add(bonusCap);
    }

    /** Every indicator, depth first, in display order. */
    public List<Indicator> allIndicators() {
        List<Indicator> all = new ArrayList<>();
        indicators.forEach(i -> collect(i, all));
        return all;
    }

    public Optional<Indicator> indicator(String code) {
        return allIndicators().stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public int bandIndex(String grade) {
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).name().equals(grade)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether any grade is limited to a number of places, so a campaign's grades depend on one another. */
    public boolean hasPlaces() {
        return bands.stream().anyMatch(GradeBand::limited);
    }

    private static void collect(Indicator indicator, List<Indicator> into) {
        into.add(indicator);
        indicator.children().forEach(c -> collect(c, into));
    }
}
