package org.jiceng.access;

import java.time.LocalDateTime;

import org.jiceng.shared.Actor;
import org.jiceng.shared.Role;

/** A user account: one role, the org whose subtree it may see, and optionally the person it belongs to. */
public record Account(long id, String username, String displayName, Role role, long orgId, Long personId,
                      boolean enabled, int failedAttempts, LocalDateTime lockedUntil, LocalDateTime lastLoginAt,
                      LocalDateTime passwordChangedAt, long version) {

    Actor toActor() {
        return new Actor(id, username, displayName, role, orgId, personId);
    }

    boolean isLocked(LocalDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
