package org.jiceng.target.summary;

/** The kinds of periodic summary the seed names (南指挥镇: 阶段性小结、季度小结、半年年度工作总结). */
public enum SummaryKind {
    PHASE("阶段小结"),
    QUARTER("季度小结"),
    HALF_YEAR("半年总结"),
    ANNUAL("年度总结");

    private final String label;

    SummaryKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
