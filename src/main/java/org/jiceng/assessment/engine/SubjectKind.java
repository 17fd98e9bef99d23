package org.jiceng.assessment.engine;

/**
 * Who a scheme judges. Campaigns run over village branches, townships and village cadres (村干部考核, one entry per
 * paid cadre in post, belonging to the cadre's village); members are judged by the same engine in later releases.
 */
public enum SubjectKind {
    VILLAGE_BRANCH("村党组织"),
    TOWNSHIP_COMMITTEE("乡镇党委"),
    VILLAGE_CADRE("村干部"),
    MEMBER("党员");

    private final String label;

    SubjectKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
