package org.jiceng.audit;

import java.time.LocalDateTime;

/** One entry of the audit log as the auditor's list shows it. */
public record AuditEntryRow(long id, LocalDateTime occurredAt, String actor, String action, String actionLabel,
                            String objectType, String objectTypeLabel, Long objectId, String objectLabel, Long orgId,
                            String remoteAddress) {
}
