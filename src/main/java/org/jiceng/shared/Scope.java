package org.jiceng.shared;

/**
 * What the current user may see of one kind of object: everything under an org, only their own person record, or
 * nothing. Scope follows the tree (DOMAIN decision 7).
 */
public record Scope(Extent extent, Long orgId, Long personId) {

    public enum Extent { SUBTREE, SELF, NONE }

    public static Scope subtree(long orgId) {
        return new Scope(Extent.SUBTREE, orgId, null);
    }

    public static Scope self(long personId) {
        return new Scope(Extent.SELF, null, personId);
    }

    public static Scope none() {
        return new Scope(Extent.NONE, null, null);
    }

    public boolean isNone() {
        return extent == Extent.NONE;
    }
}
