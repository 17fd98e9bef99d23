package org.jiceng.training.hours;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A session on a person's own training record. */
public record PersonSession(long sessionId, String topic, LocalDate startDate, LocalDate endDate, String orgName,
                            boolean attended, String absenceReason, BigDecimal hours) {
}
