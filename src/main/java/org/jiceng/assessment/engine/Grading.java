package org.jiceng.assessment.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Gives the grade for a total (research.md §3.2, §4.3, §4.4):
 * <ul>
 * <li>The band whose range holds the total applies; if it has a condition that the subject's input does not meet
 * (e.g. 群众满意度 below 90 rules out 好 and 较好), the next band down whose condition holds applies.</li>
 * <li>A veto item (一票否决) that applied removes the grade when it names no grade, otherwise caps the grade at the
 * grade it names (a worse grade stands). A removing veto wins over capping ones.</li>
 * </ul>
 */
final class Grading {

    record Outcome(String grade, String reason) {
    }

    private Grading() {
    }

    static Outcome grade(Scheme scheme, BigDecimal total, Map<String, BigDecimal> inputs, List<Indicator> vetoes) {
        for (Indicator veto : vetoes) {
            if (veto.vetoGrade() == null || veto.vetoGrade().isBlank()) {
                return new Outcome(null, "触发一票否决项“" + veto.name() + "”，不评定等次");
            }
        }
        List<GradeBand> bands = scheme.bands();
        int index = bandOf(bands, total);
        if (index < 0) {
            return new Outcome(null, "总分" + Points.text(total) + "不在任何等次的分数段内");
        }
        StringBuilder reason = new StringBuilder("总分" + Points.text(total) + "分，在“" + bands.get(index).name()
                + "”分数段（" + range(bands.get(index), index == 0) + "）");
        while (index < bands.size() && !conditionHolds(bands.get(index), inputs)) {
            GradeBand band = bands.get(index);
            reason.append("；未满足“").append(band.name()).append("”的条件（")
                    .append(conditionText(scheme, band)).append("）");
            index++;
        }
        if (index >= bands.size()) {
            return new Outcome(null, reason.append("，无可评等次").toString());
        }
        for (Indicator veto : vetoes) {
            int cap = scheme.bandIndex(veto.vetoGrade());
            if (cap > index) {
                reason.append("；触发一票否决项“").append(veto.name()).append("”，最高评为").append(veto.vetoGrade());
                index = cap;
            }
        }
        return new Outcome(bands.get(index).name(), reason.append("，评为").append(bands.get(index).name()).toString());
    }

    /** The band holding the total: [min, max), the best band [min, max]. Bands are listed best first. */
    static int bandOf(List<GradeBand> bands, BigDecimal total) {
        for (int i = 0; i < bands.size(); i++) {
            GradeBand band = bands.get(i);
            boolean belowMax = i == 0 ? total.compareTo(band.max()) <= 0 : total.compareTo(band.max()) < 0;
            if (total.compareTo(band.min()) >= 0 && belowMax) {
                return i;
            }
        }
        return -1;
    }

    static String range(GradeBand band, boolean best) {
        return Points.text(band.min()) + "分及以上，" + (best ? "不超过" : "低于") + Points.text(band.max()) + "分";
    }

    static String conditionText(Scheme scheme, GradeBand band) {
        String name = scheme.indicator(band.conditionCode()).map(Indicator::name).orElse(band.conditionCode());
        return name + "不低于" + Points.text(band.conditionMin());
    }

    private static boolean conditionHolds(GradeBand band, Map<String, BigDecimal> inputs) {
        if (!band.hasCondition()) {
            return true;
        }
        BigDecimal value = inputs.get(band.conditionCode());
        return value != null && value.compareTo(band.conditionMin()) >= 0;
    }
}
