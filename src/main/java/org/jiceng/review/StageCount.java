package org.jiceng.review;

/** How many items of a reviewer (a township) wait in a stage, and how many of them are past the stage's deadline. */
public record StageCount(long reviewerOrgId, ReviewStage stage, int count, int overdue) {
}
