package org.jiceng.audit;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** Filters of the audit log: a date range (inclusive), the actor's username, the object's type and id. */
public record AuditFilter(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                          String actor, String objectType, Long objectId) {
}
