package org.jiceng.shared;

/**
 * The roles of Jiceng. Each account holds one; the three administrators are kept apart (三员分立, 等保) and none of
 * them reads members' records.
 */
public enum Role {
    COUNTY_OFFICER("县委组织部干部"),
    TOWNSHIP_OFFICER("乡镇组织委员"),
    BRANCH_SECRETARY("村党组织书记"),
    MEMBER("党员"),
    SYSTEM_ADMIN("系统管理员"),
    SECURITY_ADMIN("安全管理员"),
    AUDITOR("安全审计员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** Officers and secretaries keep the register; members read their own record; administrators never read it. */
    public boolean keepsRegister() {
        return this == COUNTY_OFFICER || this == TOWNSHIP_OFFICER || this == BRANCH_SECRETARY;
    }

    public boolean isAdministrator() {
        return this == SYSTEM_ADMIN || this == SECURITY_ADMIN || this == AUDITOR;
    }
}
