package org.jiceng.assessment.target;

import java.math.BigDecimal;
import java.util.List;

/**
 * A township's 争创目标 for a year, judged by the county's campaign of a scheme family: a share of its villages at
 * {@code grade} or better, a number of such villages, or named villages reaching it.
 */
public record Target(long id, long orgId, String orgName, int year, Kind kind, String family, String grade,
                     BigDecimal value, String label, List<Long> named, List<String> namedNames, long version) {

    public enum Kind {
        SHARE("等次及以上的村占比（%）"), COUNT("等次及以上的村个数"), NAMED("指定村达到等次");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
