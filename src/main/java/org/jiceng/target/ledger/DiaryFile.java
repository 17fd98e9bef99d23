package org.jiceng.target.ledger;

import java.time.LocalDateTime;

/** An evidence file of a diary entry (a photo or an office document), without its bytes. */
public record DiaryFile(long id, long entryId, String fileName, String contentType, long sizeBytes,
                        String uploadedBy, LocalDateTime uploadedAt) {

    public boolean image() {
        return contentType.startsWith("image/");
    }
}
