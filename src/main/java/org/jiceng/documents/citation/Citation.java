package org.jiceng.documents.citation;

import java.time.LocalDateTime;

/**
 * A subject of another module resting on a document: its kind (with the kind's name when a module describes it),
 * its id, the org it belongs to, its name, a link to its page (null when no module describes the kind) and why it
 * cites the document.
 */
public record Citation(long id, long documentId, String kind, String kindLabel, String subjectId, long subjectOrgId,
                       String label, String href, String note, String citedBy, LocalDateTime citedAt) {
}
