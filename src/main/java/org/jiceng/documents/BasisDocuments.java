package org.jiceng.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jiceng.documents.citation.CitationService;
import org.jiceng.documents.register.DocumentForm;
import org.jiceng.documents.register.DocumentService;
import org.springframework.stereotype.Component;

/**
 * The documents register as other modules use it: which documents a rule, scheme, plan or standard rests on (依据),
 * shown on its page with the fragment {@code documents/basis :: basis(refs)}, and citing or no longer citing one.
 * Everything is seen as the signed-in user sees it: documents of their org, of the orgs above it and of their subtree
 * (a village reads its township's and county's rules), subjects in their scope. The calling module decides who may
 * change its subjects (roles); this API checks the documents and the scope.
 * <pre>
 * model.addAttribute("basis", basis.citing("TRAINING_PLAN", BasisSubject.orgYear(orgId, year)));
 * &lt;div th:replace="~{documents/basis :: basis(${basis})}"&gt;&lt;/div&gt;
 * </pre>
 */
@Component
public class BasisDocuments {

    private final CitationService citations;
    private final DocumentService documents;

    BasisDocuments(CitationService citations, DocumentService documents) {
        this.citations = citations;
        this.documents = documents;
    }

    /** The documents the user reads that the subject ({@code kind}, {@code subjectId}) cites, by issue date. */
    public List<DocumentRef> citing(String kind, String subjectId) {
        return citations.citing(kind, subjectId);
    }

    /**
     * Records a document of the signed-in officer's own org with its text, under the register's rules (number once per
     * org and year, year of the number and of the date agree, date not after today, kind from the code list
     * 文件类别, text a PDF, Word document or image): a {@link org.jiceng.shared.RuleViolationException} otherwise.
     * Audited. For loaders and modules that issue documents; users record them on the register's pages.
     */
    public DocumentRef record(String number, String title, String kind, LocalDate issuedOn, String summary,
                              String fileName, byte[] text) {
        return documents.create(new DocumentForm(number, title, kind, issuedOn, summary, null), fileName, text).ref();
    }

    /** A document the user reads. */
    public Optional<DocumentRef> find(long documentId) {
        return documents.find(documentId).map(d -> d.ref());
    }

    /**
     * Records that a subject rests on a document. The document must be one the user reads and issued by the subject's
     * org or an org above it, the subject's org in the user's scope, and the subject must not cite it already: a
     * {@link org.jiceng.shared.RuleViolationException} on field {@code subject} (or {@code note}) otherwise, 404 for
     * a document or subject out of reach. Audited.
     */
    public void cite(long documentId, BasisSubject subject, String note) {
        citations.cite(documentId, subject, note);
    }

    /** Removes the citation of a document by a subject in the user's scope. Audited. */
    public void uncite(long documentId, String kind, String subjectId) {
        citations.uncite(documentId, kind, subjectId);
    }
}
