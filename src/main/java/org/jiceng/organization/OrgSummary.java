package org.jiceng.organization;

/** An organization as other modules and lists see it. */
public record OrgSummary(long id, Long parentId, OrgType type, String name, String shortName, int depth) {
}
