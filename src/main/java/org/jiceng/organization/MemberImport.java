package org.jiceng.organization;

import java.time.LocalDateTime;

/** One uploaded member sheet: the org it imports into, its status and counts, and a message for the user. */
public record MemberImport(long id, long orgId, String orgName, String fileName, ImportStatus status, int totalRows,
                           int processedRows, int errorRows, String message, String createdBy,
                           LocalDateTime createdAt, LocalDateTime finishedAt, long version) {

    public boolean validating() {
        return status == ImportStatus.VALIDATING;
    }

    /** Rows staged and all of them valid: the import may be committed. */
    public boolean committable() {
        return status == ImportStatus.VALID;
    }

    /** Not committed and no longer being validated: may be thrown away (a failed one too, to clear it from the list). */
    public boolean discardable() {
        return status == ImportStatus.VALID || status == ImportStatus.INVALID || status == ImportStatus.FAILED;
    }

    public String statusLabel() {
        return status.label();
    }
}
