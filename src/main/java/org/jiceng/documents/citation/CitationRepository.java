package org.jiceng.documents.citation;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.jiceng.documents.BasisSubject;
import org.jiceng.organization.ScopedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes {@code basis_citations}; lists carry the caller's {@link ScopedSql}. */
@Component
class CitationRepository {

    private final JdbcClient jdbc;

    CitationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long documentId, BasisSubject subject, String note, String user, LocalDateTime now) {
        jdbc.sql("""
                INSERT INTO basis_citations (document_id, subject_kind, subject_id, subject_org_id, subject_label, note,
                    cited_by, cited_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(documentId, subject.kind(), subject.id(), subject.orgId(), subject.label(), note, user, now)
                .update();
    }

    boolean exists(long documentId, String kind, String subjectId) {
        return find(documentId, kind, subjectId).isPresent();
    }

    Optional<Row> find(long documentId, String kind, String subjectId) {
        return jdbc.sql("SELECT * FROM basis_citations WHERE document_id = ? AND subject_kind = ? AND subject_id = ?")
                .params(documentId, kind, subjectId).query(Row.class).optional();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM basis_citations WHERE id = ?").param(id).update();
    }

    /** The citations of a document whose subject belongs to an org the user reads, oldest first. */
    List<Row> ofDocument(long documentId, ScopedSql readable) {
        return jdbc.sql("SELECT * FROM basis_citations c WHERE c.document_id = :document AND " + readable.predicate()
                        + " ORDER BY c.cited_at, c.id")
                .params(readable.params()).param("document", documentId).query(Row.class).list();
    }

    /** The documents (ids) a subject cites, among those the user reads, by issue date. */
    List<Long> citedBy(String kind, String subjectId, ScopedSql readable) {
        return jdbc.sql("""
                SELECT d.id FROM basis_citations c JOIN basis_documents d ON d.id = c.document_id
                WHERE c.subject_kind = :kind AND c.subject_id = :subject AND""" + " " + readable.predicate()
                        + " ORDER BY d.issued_on, d.id")
                .params(readable.params()).param("kind", kind).param("subject", subjectId).query(Long.class).list();
    }

    /** A row of {@code basis_citations}. */
    record Row(long id, long documentId, String subjectKind, String subjectId, long subjectOrgId, String subjectLabel,
               String note, String citedBy, LocalDateTime citedAt) {
    }
}
