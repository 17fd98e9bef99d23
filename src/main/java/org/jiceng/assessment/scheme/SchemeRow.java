package org.jiceng.assessment.scheme;

import java.time.LocalDateTime;

import org.jiceng.assessment.engine.SubjectKind;

/** One line of the scheme list. */
public record SchemeRow(long id, String name, int year, SubjectKind subject, int edition, SchemeStatus status,
                        boolean example, String ownerName, LocalDateTime updatedAt) {
}
