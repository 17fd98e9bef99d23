package org.jiceng.target.supervision;

/** The steps taken on an item besides registering and reporting back, with their Chinese names. */
public enum SupervisionAction {
    ASSIGN("交办"),
    REMIND("催办"),
    ACCEPT("审结办结"),
    RETURN("退回重办"),
    STRIKE("撤销"),
    REQUEST_EXTENSION("申请延期"),
    GRANT_EXTENSION("批准延期"),
    REFUSE_EXTENSION("不批准延期");

    private final String label;

    SupervisionAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
