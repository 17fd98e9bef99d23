package org.jiceng.organization;

/**
 * Filters of the list of active reserve cadres: the org whose whole subtree to list, a name (part of it), and
 * whether the person is a Party member (null: either).
 */
public record ReserveFilter(Long org, String q, Boolean member) {
}
