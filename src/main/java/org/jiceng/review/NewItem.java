package org.jiceng.review;

/** A subject to put through a process: its org, the org that reviews it (its township) and its label. */
public record NewItem(long orgId, long reviewerOrgId, String label) {
}
