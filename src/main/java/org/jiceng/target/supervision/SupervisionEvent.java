package org.jiceng.target.supervision;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One step in an item's history: registered, assigned, chased, reported, accepted, returned, extended, struck. */
public record SupervisionEvent(long id, String kind, String label, LocalDate occurredOn, String note,
                               LocalDate requestedUntil, String actor, LocalDateTime recordedAt) {
}
