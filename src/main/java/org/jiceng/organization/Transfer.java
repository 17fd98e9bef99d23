package org.jiceng.organization;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One transfer of a member between branches (组织关系转接 within the county), kept forever. */
public record Transfer(long id, LocalDate transferredOn, long fromOrgId, String fromName, long toOrgId, String toName,
                       String reason, String recordedBy, LocalDateTime recordedAt) {
}
