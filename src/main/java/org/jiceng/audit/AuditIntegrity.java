package org.jiceng.audit;

import java.time.LocalDateTime;

/**
 * The result of checking the audit log's hash chain: intact, or the first entry where it breaks (that entry or one
 * before it was changed, inserted or deleted outside the application).
 *
 * @param intact       every entry's hash matches its content and the previous hash, and the chain ends at the head
 * @param entries      entries checked
 * @param firstBroken  the id of the first entry whose hash does not match, null when intact or when entries are missing at the end
 * @param message      what the auditor reads
 * @param checkedAt    when the check ran
 */
public record AuditIntegrity(boolean intact, long entries, Long firstBroken, String message, LocalDateTime checkedAt) {
}
