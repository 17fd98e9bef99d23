package org.jiceng.organization;

import java.util.EnumSet;
import java.util.Set;

/**
 * Kinds of Party organization and where each may hang in the tree (党章 and 农村基层组织工作条例: a township
 * committee leads village branches and general branches; a general branch may hold branches; branches hold party
 * groups). Province and city levels let one installation serve a province.
 */
public enum OrgType {
    PROVINCE("省委"),
    CITY("市委"),
    COUNTY("县委"),
    TOWNSHIP("乡镇党委"),
    GENERAL_BRANCH("党总支"),
    BRANCH("党支部"),
    PARTY_GROUP("党小组");

    private final String label;

    OrgType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The kinds of organization this kind may be placed under. */
    public Set<OrgType> allowedParents() {
        return switch (this) {
            case PROVINCE -> EnumSet.noneOf(OrgType.class);
            case CITY -> EnumSet.of(PROVINCE);
            case COUNTY -> EnumSet.of(PROVINCE, CITY);
            case TOWNSHIP -> EnumSet.of(COUNTY);
            case GENERAL_BRANCH -> EnumSet.of(TOWNSHIP);
            case BRANCH -> EnumSet.of(TOWNSHIP, GENERAL_BRANCH);
            case PARTY_GROUP -> EnumSet.of(BRANCH, GENERAL_BRANCH);
        };
    }

    public boolean canBeChildOf(OrgType parent) {
        return allowedParents().contains(parent);
    }

    /** The kinds that may be created directly under this one. */
    public Set<OrgType> allowedChildren() {
        Set<OrgType> children = EnumSet.noneOf(OrgType.class);
        for (OrgType type : values()) {
            if (type.canBeChildOf(this)) {
                children.add(type);
            }
        }
        return children;
    }

    /** Members are registered with a branch or general branch (所在党支部), never with a committee or party group. */
    public boolean holdsMembers() {
        return this == BRANCH || this == GENERAL_BRANCH;
    }

    /** A village-level organization: has committee posts, village cadres and reserve cadres. */
    public boolean isVillageLevel() {
        return this == BRANCH || this == GENERAL_BRANCH;
    }
}
