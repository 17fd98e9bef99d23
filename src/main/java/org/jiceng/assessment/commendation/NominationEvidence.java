package org.jiceng.assessment.commendation;

import java.time.LocalDateTime;

/** A photo or document attached to a nomination as evidence. */
public record NominationEvidence(long id, long nominationId, String fileName, String contentType, long size,
                                 String uploadedBy, LocalDateTime uploadedAt) {
}
