package org.jiceng.organization;

/** An organization in the tree view, with the members and child organizations under it. */
public record OrgNode(long id, Long parentId, OrgType type, String name, String shortName, int depth,
                      long members, long children) {
}
