package org.jiceng.organization;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A flag on a person for a period (until null: still in force). */
public record PersonFlag(long id, long personId, PersonFlagKind kind, LocalDate from, LocalDate until, String note,
                         String recordedBy, LocalDateTime recordedAt, long version) {

    public String kindLabel() {
        return kind.label();
    }

    /** Whether the flag was in force on any day of {@code year}. */
    public boolean inForceDuring(int year) {
        return from.getYear() <= year && (until == null || until.getYear() >= year);
    }
}
