package org.jiceng.training.meeting;

/** How often a meeting type must be held in a year's rules: at least {@code minCount} per period. */
public record Frequency(String type, String typeLabel, Period period, int minCount) {

    /** The periods a frequency is counted over. */
    public enum Period {
        MONTH("每月"), QUARTER("每季度"), YEAR("每年");

        private final String label;

        Period(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public String label() {
        return typeLabel + period.label() + "至少" + minCount + "次";
    }
}
