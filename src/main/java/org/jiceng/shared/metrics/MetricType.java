package org.jiceng.shared.metrics;

/** What a metric's value means: a count, a ratio in percent (0–100), yes/no as 1/0, hours, or points. */
public enum MetricType {
    COUNT("数量", "个"),
    PERCENT("比率", "%"),
    YES_NO("是否", "是/否"),
    HOURS("时长", "学时"),
    POINTS("分值", "分");

    private final String label;
    private final String unit;

    MetricType(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }
}
