package org.jiceng.target.supervision;

import java.time.LocalDate;

/** A report back by the lead unit: its day, text and evidence file (name, type, size; the content apart). */
public record SupervisionReport(long id, long itemId, LocalDate reportedOn, String text, String fileName,
                                String contentType, Long sizeBytes, String reportedBy) {
}
