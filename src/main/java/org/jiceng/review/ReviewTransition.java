package org.jiceng.review;

import java.time.LocalDateTime;

/** One recorded step: who moved the item from which stage to which, when and why. */
public record ReviewTransition(long itemId, ReviewAction action, ReviewStage from, ReviewStage to, String reason,
                               String actor, String actorRole, LocalDateTime at) {
}
