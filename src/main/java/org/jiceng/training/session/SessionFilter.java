package org.jiceng.training.session;

/** Filters of the session list: the org whose subtree held them, the year, category, delivery mode and topic text. */
public record SessionFilter(Long org, Integer year, String category, String mode, String q) {
}
