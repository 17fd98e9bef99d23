package org.jiceng.shared;

import java.io.Serializable;

/**
 * The signed-in user as every module sees them: the account, its role, the org whose subtree it may see and, for a
 * member or secretary, the person in the register the account belongs to.
 */
public record Actor(long accountId, String username, String displayName, Role role, long orgId, Long personId)
        implements Serializable {
}
