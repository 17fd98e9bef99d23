package org.jiceng.assessment;

/** Who a scheme judges. Cadres and members are judged by the same engine in later releases. */
public enum SubjectKind {
    VILLAGE_BRANCH("村党组织"),
    TOWNSHIP_COMMITTEE("乡镇党委"),
    CADRE("干部"),
    MEMBER("党员");

    private final String label;

    SubjectKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
