package org.jiceng.documents.register;

import static org.jiceng.shared.RuleViolationException.throwIfAny;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.configuration.CodeLists;
import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgTree;
import org.jiceng.shared.Audited;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.PageQuery;
import org.jiceng.shared.PageResult;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.RuleViolationException.FieldError;
import org.jiceng.shared.StaleEditException;
import org.jiceng.shared.UploadTypes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents register (文件/制度): county and township officers record their org's documents with the text as
 * issued; officers and secretaries read them down the tree ({@link DocumentAccess}). The rules are
 * {@link DocumentRules}; every write is audited, all or nothing.
 */
@Service
@Transactional
public class DocumentService {

    public static final String DOCUMENT = "BASIS_DOCUMENT";

    private final DocumentRepository documents;
    private final DocumentAccess access;
    private final OrgTree tree;
    private final CodeLists codes;
    private final DataScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DocumentService(DocumentRepository documents, DocumentAccess access, OrgTree tree, CodeLists codes,
                    DataScope scope, ApplicationEventPublisher events, Clock clock) {
        this.documents = documents;
        this.access = access;
        this.tree = tree;
        this.codes = codes;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
    }

    /** A document the user reads, or 404. */
    @Transactional(readOnly = true)
    public BasisDocument document(long id) {
        return find(id).orElseThrow(() -> NotFoundException.of("文件", id));
    }

    /** A document the user reads, if there is one with this id. */
    @Transactional(readOnly = true)
    public java.util.Optional<BasisDocument> find(long id) {
        return documents.find(id).filter(d -> access.canRead(d.orgId()));
    }

    /** Whether the user may edit this document (its org's officers). */
    public boolean canEdit(BasisDocument document) {
        return access.canWrite(document.orgId());
    }

    @Transactional(readOnly = true)
    public PageResult<BasisDocument> list(DocumentFilter filter, PageQuery page) {
        return documents.list(filter, access.readable("d.org_id"), page);
    }

    /** The orgs whose documents the user reads, for the issuer filter. */
    @Transactional(readOnly = true)
    public List<OrgSummary> issuers() {
        return documents.issuers(access.readable("d.org_id"));
    }

    /** The text of a document the user reads. */
    @Transactional(readOnly = true)
    public DocumentText text(long id) {
        document(id);
        return documents.text(id).orElseThrow(() -> new NotFoundException("该文件没有上传原文"));
    }

    /** Records a document of the officer's own org with its text (required). */
    public BasisDocument create(DocumentForm form, String fileName, byte[] content) {
        OrgSummary org = tree.find(access.writerOrg()).orElseThrow();
        String number = DocumentNumbers.normalise(form.number());
        List<FieldError> errors = new ArrayList<>(check(form, number));
        String type = textType(fileName, content, true, errors);
        if (form.issuedOn() != null && documents.numberTaken(org.id(), form.issuedOn().getYear(), number, null)) {
            errors.add(DocumentRules.duplicate(number, form.issuedOn().getYear(), org.shortName()));
        }
        throwIfAny(errors);
        LocalDateTime now = LocalDateTime.now(clock);
        String user = scope.requireActor().username();
        long id = unique(form, org, number, () -> documents.insert(org.id(), form, number, user, now));
        documents.replaceText(id, UploadTypes.safeName(fileName), type, content, user, now);
        BasisDocument created = documents.find(id).orElseThrow();
        events.publishEvent(Audited.created(DOCUMENT, id, created.label(), org.id(), created.auditValues()));
        return created;
    }

    /**
     * Edits a document of the officer's own org from the version they opened (409 when someone saved since); a new
     * text, when given, replaces the old one.
     */
    public BasisDocument update(long id, DocumentForm form, String fileName, byte[] content) {
        BasisDocument before = document(id);
        if (!access.canWrite(before.orgId())) {
            throw new AccessDeniedException("only the issuing org's officers edit a document");
        }
        if (form.version() == null || form.version() != before.version()) {
            throw new StaleEditException("该文件");
        }
        String number = DocumentNumbers.normalise(form.number());
        List<FieldError> errors = new ArrayList<>(check(form, number));
        String type = textType(fileName, content, false, errors);
        if (form.issuedOn() != null && documents.numberTaken(before.orgId(), form.issuedOn().getYear(), number, id)) {
            errors.add(DocumentRules.duplicate(number, form.issuedOn().getYear(), before.orgName()));
        }
        throwIfAny(errors);
        LocalDateTime now = LocalDateTime.now(clock);
        OrgSummary org = tree.find(before.orgId()).orElseThrow();
        boolean saved = unique(form, org, number, () -> documents.update(id, form, number, before.version(), now) ? 1L : 0L) == 1L;
        if (!saved) {
            throw new StaleEditException("该文件");
        }
        if (type != null) {
            documents.replaceText(id, UploadTypes.safeName(fileName), type, content, scope.requireActor().username(), now);
        }
        BasisDocument after = documents.find(id).orElseThrow();
        events.publishEvent(Audited.updated(DOCUMENT, id, after.label(), after.orgId(), before.auditValues(),
                after.auditValues()));
        return after;
    }

    private List<FieldError> check(DocumentForm form, String number) {
        return DocumentRules.check(form, number, codes.isValid(DocumentRepository.KINDS, form.kind()),
                LocalDate.now(clock));
    }

    /** The content type of an acceptable text; null when there is none (and none is required) or it is refused. */
    private static String textType(String fileName, byte[] content, boolean required, List<FieldError> errors) {
        boolean given = fileName != null && !fileName.isBlank() && content != null && content.length > 0;
        if (!given) {
            if (required) {
                errors.add(new FieldError("file", "请上传文件原文（PDF、Word 或扫描图片）"));
            }
            return null;
        }
        String type = UploadTypes.check(fileName, content);
        if (type == null) {
            errors.add(new FieldError("file", DocumentRules.TEXT_TYPES));
        }
        return type;
    }

    /** Runs a write, turning a number another officer registered in the same instant into the field message. */
    private long unique(DocumentForm form, OrgSummary org, String number, java.util.function.LongSupplier write) {
        try {
            return write.getAsLong();
        } catch (DuplicateKeyException e) {
            throw new RuleViolationException("文号重复",
                    List.of(DocumentRules.duplicate(number, form.issuedOn().getYear(), org.shortName())));
        }
    }
}
