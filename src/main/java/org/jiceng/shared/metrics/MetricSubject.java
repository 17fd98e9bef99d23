package org.jiceng.shared.metrics;

/** The kinds of org a metric has figures for: a village-level branch (村党组织) or a township committee (乡镇党委). */
public enum MetricSubject {
    VILLAGE_BRANCH("村党组织"),
    TOWNSHIP("乡镇党委");

    private final String label;

    MetricSubject(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
