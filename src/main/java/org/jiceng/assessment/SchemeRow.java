package org.jiceng.assessment;

import java.time.LocalDateTime;

/** One line of the scheme list. */
public record SchemeRow(long id, String name, int year, SubjectKind subject, int edition, SchemeStatus status,
                        boolean example, String ownerName, LocalDateTime updatedAt) {
}
