package org.jiceng.assessment.campaign;

import java.time.LocalDateTime;

/** A photo or document attached to an indicator of an entry as evidence (佐证材料). */
public record Evidence(long id, long entryId, String indicatorCode, String fileName, String contentType, long size,
                       String uploadedBy, LocalDateTime uploadedAt) {
}
