package org.jiceng.organization;

import java.util.Optional;

/**
 * The rule for moving an organization, with everything under it, to a new parent: never under itself or its own
 * descendants, and only under a kind of organization it may belong to.
 */
final class TreeMove {

    private TreeMove() {
    }

    /** Why the move is refused, or empty when it is allowed. */
    static Optional<String> problem(OrgType moving, OrgType newParent, boolean newParentInsideMovingSubtree,
                                    boolean sameParent) {
        if (newParentInsideMovingSubtree) {
            return Optional.of("不能把组织移到它自己或它的下级组织之下");
        }
        if (sameParent) {
            return Optional.of("该组织已在所选上级组织之下");
        }
        if (!moving.canBeChildOf(newParent)) {
            return Optional.of(moving.label() + "不能隶属于" + newParent.label());
        }
        return Optional.empty();
    }
}
