package org.jiceng.documents.citation;

import static org.jiceng.shared.RuleViolationException.throwIfAny;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.documents.BasisSubject;
import org.jiceng.documents.BasisSubjectSource;
import org.jiceng.documents.DocumentRef;
import org.jiceng.documents.register.BasisDocument;
import org.jiceng.documents.register.DocumentAccess;
import org.jiceng.documents.register.DocumentService;
import org.jiceng.organization.OrgTree;
import org.jiceng.shared.Audited;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Citations (依据): which subjects of other modules rest on which document. A subject cites a document the user
 * reads, issued by the subject's org or above it ({@link CitationRules}); the subject must lie in the user's scope.
 * A citation is seen by whoever reads the subject's org (the document's page lists only those). Audited.
 */
@Service
@Transactional
public class CitationService {

    private final CitationRepository citations;
    private final DocumentService documents;
    private final DocumentAccess access;
    private final SubjectSources sources;
    private final OrgTree tree;
    private final DataScope scope;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;

    CitationService(CitationRepository citations, DocumentService documents, DocumentAccess access,
                    SubjectSources sources, OrgTree tree, DataScope scope,
                    org.springframework.context.ApplicationEventPublisher events, Clock clock) {
        this.citations = citations;
        this.documents = documents;
        this.access = access;
        this.sources = sources;
        this.tree = tree;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
    }

    /** What cites a document the user reads, among subjects of orgs the user reads. */
    @Transactional(readOnly = true)
    public List<Citation> of(long documentId) {
        documents.document(documentId);
        return citations.ofDocument(documentId, access.readable("c.subject_org_id")).stream()
                .map(r -> new Citation(r.id(), r.documentId(), r.subjectKind(), sources.kindLabel(r.subjectKind()),
                        r.subjectId(), r.subjectOrgId(), r.subjectLabel(), sources.href(r.subjectKind(), r.subjectId()),
                        r.note(), r.citedBy(), r.citedAt()))
                .toList();
    }

    /** The documents the user reads that a subject cites, by issue date. */
    @Transactional(readOnly = true)
    public List<DocumentRef> citing(String kind, String subjectId) {
        return citations.citedBy(kind, subjectId, access.readable("d.org_id")).stream()
                .map(id -> documents.document(id).ref()).toList();
    }

    /** The subjects of {@code year} the user may cite a document for, by kind. */
    @Transactional(readOnly = true)
    public List<SubjectGroup> choices(int year) {
        return sources.choices(year);
    }

    /** Cites a document for a subject a module describes ({@code kind}, {@code subjectId}), chosen by the user. */
    public Citation cite(long documentId, String kind, String subjectId, String note) {
        BasisSubjectSource source = sources.of(kind).orElseThrow(() ->
                RuleViolationException.onField("subject", "请选择引用此文件的对象（培训计划、考核方案等）"));
        BasisSubject subject = source.find(subjectId).orElseThrow(() ->
                RuleViolationException.onField("subject", "所选对象不存在，或不在您的管辖范围内"));
        return cite(documentId, subject, note);
    }

    /** Cites a document for a subject: the document read by the user, the subject in their scope. */
    public Citation cite(long documentId, BasisSubject subject, String note) {
        BasisDocument document = documents.document(documentId);
        requireInScope(subject.orgId(), subject.id());
        String trimmed = Text.clean(note);
        throwIfAny(CitationRules.check(document, subject, tree.contains(document.orgId(), subject.orgId()),
                citations.exists(documentId, subject.kind(), subject.id()), trimmed));
        citations.insert(documentId, subject, trimmed, scope.requireActor().username(), LocalDateTime.now(clock));
        events.publishEvent(new Audited("CITE", DocumentService.DOCUMENT, documentId, document.display(), subject.orgId(),
                null, values(subject.label(), trimmed)));
        return of(documentId).stream().filter(c -> c.kind().equals(subject.kind()) && c.subjectId().equals(subject.id()))
                .findFirst().orElseThrow();
    }

    /** Removes a citation made by mistake; the subject must be in the user's scope. */
    public void uncite(long documentId, String kind, String subjectId) {
        BasisDocument document = documents.document(documentId);
        CitationRepository.Row row = citations.find(documentId, kind, subjectId)
                .filter(r -> covers(r.subjectOrgId()))
                .orElseThrow(() -> RuleViolationException.onField("subject", "没有此引用，或引用对象不在您的管辖范围内"));
        citations.delete(row.id());
        events.publishEvent(new Audited("UNCITE", DocumentService.DOCUMENT, documentId, document.display(), row.subjectOrgId(),
                values(row.subjectLabel(), row.note()), null));
    }

    /** Whether the user may remove this citation: its subject lies in their scope. */
    public boolean canUncite(Citation citation) {
        return covers(citation.subjectOrgId());
    }

    private void requireInScope(long orgId, String subjectId) {
        if (!covers(orgId)) {
            throw NotFoundException.of("引用对象", subjectId);
        }
    }

    private boolean covers(long orgId) {
        return scope.covers(new ObjectOwner(ScopeKind.REGISTER, orgId, null));
    }

    private static Map<String, Object> values(String label, String note) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("被引用于", label);
        values.put("说明", note);
        return values;
    }
}
