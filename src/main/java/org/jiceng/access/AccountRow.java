package org.jiceng.access;

import java.time.LocalDateTime;

/** One account in the security administrator's list. */
public record AccountRow(long id, String username, String displayName, String role, String roleLabel, long orgId,
                         String orgName, boolean enabled, boolean locked, boolean mustChangePassword,
                         LocalDateTime lastLoginAt, long version) {
}
