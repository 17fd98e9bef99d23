package org.jiceng.access;

import org.jiceng.shared.Role;

/** Filters of the account list: name or username (partial), role, and an org whose subtree to show. */
public record AccountFilter(String q, Role role, Long accountOrg) {
}
