package org.jiceng.review;

/**
 * Published by the chain when an item has moved a step (who moved it is in the transition and the audit): the
 * process and its kind, the item as it is now, the action and the stages it left and reached. It is published inside
 * the mover's transaction, so a workflow that listens with {@code @EventListener} writes what follows from the move
 * (an honour, a person flag, the entry's version) in the same transaction: the move and its consequences commit or
 * roll back together. Workflows filter on {@link #kind()}, the kind they opened their process with.
 */
public record ItemMoved(long processId, String kind, ReviewItem item, ReviewAction action, ReviewStage from) {

    public long itemId() {
        return item.id();
    }

    public ReviewStage to() {
        return item.stage();
    }

    /** Whether this move made a subject of the given process kind final (确定). */
    public boolean finalOf(String processKind) {
        return kind.equals(processKind) && to() == ReviewStage.FINAL && from != ReviewStage.FINAL;
    }
}
