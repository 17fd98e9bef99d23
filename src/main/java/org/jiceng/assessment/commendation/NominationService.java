package org.jiceng.assessment.commendation;

import java.util.List;
import java.util.Optional;

import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgTree;
import org.jiceng.organization.OrgType;
import org.jiceng.organization.PersonBrief;
import org.jiceng.organization.PersonRecords;
import org.jiceng.review.NewItem;
import org.jiceng.review.ReviewAction;
import org.jiceng.review.ReviewItem;
import org.jiceng.review.ReviewService;
import org.jiceng.shared.Audited;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.RuleViolationException.FieldError;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.UploadTypes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nominations to a call ({@link CommendationService}): branches and townships nominate members in their scope with
 * 事迹 and evidence; each nomination is an item of the call's process and moves through the chain; when it becomes
 * final the honour is added to the member's record in the same transaction ({@link NominationHonours}).
 */
@Service
@Transactional
public class NominationService {

    static final String NOMINATION = "COMMENDATION_NOMINATION";

    private final CommendationService calls;
    private final CommendationRepository repository;
    private final ReviewService review;
    private final PersonRecords records;
    private final OrgTree tree;
    private final DataScope scope;
    private final ApplicationEventPublisher events;

    NominationService(CommendationService calls, CommendationRepository repository, ReviewService review,
                      PersonRecords records, OrgTree tree, DataScope scope, ApplicationEventPublisher events) {
        this.calls = calls;
        this.repository = repository;
        this.review = review;
        this.records = records;
        this.tree = tree;
        this.scope = scope;
        this.events = events;
    }

    /** The nominations of a call in the user's scope, in the order of the tree. */
    @Transactional(readOnly = true)
    public List<Nomination> nominations(long callId) {
        calls.call(callId);
        return repository.nominations(callId).stream().filter(n -> covers(n.orgId())).toList();
    }

    @Transactional(readOnly = true)
    public Nomination nomination(long nominationId) {
        return repository.nomination(nominationId).filter(n -> covers(n.orgId()))
                .orElseThrow(() -> NotFoundException.of("推荐", nominationId));
    }

    /**
     * Nominates a member of the register in the user's scope (404 outside it) with 事迹. Refused, with nothing written:
     * a villager, a person already nominated in the call, a person flagged ineligible during the call's year, and a
     * township whose quota is reached (or that has none).
     */
    public Nomination nominate(long callId, long personId, String deeds) {
        CommendationCall call = calls.call(callId);
        PersonBrief person = records.person(personId);
        long township = townshipOf(person.orgId());
        boolean member = person.member();
        List<FieldError> errors = NominationRules.nominate(person, member && repository.nominated(callId, personId),
                member ? records.flagDuring(personId, call.ineligibleFlags(), call.year()) : Optional.empty(),
                call.year(), tree.find(township).map(OrgSummary::shortName).orElse(""), call.quotas().get(township),
                repository.nominatedIn(callId, township), deeds);
        RuleViolationException.throwIfAny("推荐未保存", errors);
        ReviewItem item = review.addItem(call.processId(), new NewItem(person.orgId(), township, person.name()));
        long id = repository.insertNomination(callId, personId, person.orgId(), township, item.id(), deeds.strip(),
                scope.requireActor().username());
        Nomination created = repository.nomination(id).orElseThrow();
        events.publishEvent(Audited.created(NOMINATION, id, call.title() + "：" + person.name(), person.orgId(), created));
        return created;
    }

    /** Changes the 事迹 of a draft nomination (or one returned to its branch). */
    public Nomination editDeeds(long nominationId, String deeds, Long itemVersion) {
        Nomination before = nomination(nominationId);
        NominationRules.editDeeds(before, itemVersion, deeds);
        repository.updateDeeds(nominationId, deeds.strip());
        Nomination after = repository.nomination(nominationId).orElseThrow();
        events.publishEvent(Audited.updated(NOMINATION, nominationId, before.personName(), before.orgId(), before, after));
        return after;
    }

    /** Withdraws a draft nomination that was never submitted: it and its evidence are removed. */
    public void withdraw(long nominationId) {
        Nomination before = nomination(nominationId);
        repository.deleteNomination(nominationId);
        review.withdraw(before.itemId());
        events.publishEvent(new Audited("DELETE", NOMINATION, nominationId, before.personName(), before.orgId(),
                before, null));
    }

    /**
     * Moves one nomination along the chain; a nomination that becomes final adds the honour to the member's record
     * ({@link NominationHonours}, on the chain's event).
     */
    public Nomination act(long nominationId, ReviewAction action, Long itemVersion, String reason) {
        Nomination before = nomination(nominationId);
        review.act(before.itemId(), action, itemVersion, reason);
        return repository.nomination(nominationId).orElseThrow();
    }

    /** Moves every nomination of a call (of one township, when given) that waits where the action starts. */
    public List<Nomination> actOnAll(long callId, Long townshipId, ReviewAction action, String reason) {
        CommendationCall call = calls.call(callId);
        List<ReviewItem> moved = review.actOnAll(call.processId(), townshipId, action, reason);
        return moved.stream().map(i -> repository.nominationByItem(i.id()).orElseThrow()).toList();
    }

    @Transactional(readOnly = true)
    public List<NominationEvidence> evidence(long nominationId) {
        nomination(nominationId);
        return repository.evidence(nominationId);
    }

    /** Attaches a photo or document (jpg, png, pdf, Word, Excel; 10 MB at most) while the nomination is a draft. */
    public NominationEvidence addEvidence(long nominationId, String fileName, byte[] content) {
        Nomination nomination = nomination(nominationId);
        NominationRules.attach(nomination);
        String type = UploadTypes.check(fileName, content);
        if (type == null) {
            throw RuleViolationException.onField("file", "只能上传10MB以内的照片（jpg、png）、PDF、Word或Excel文件");
        }
        long id = repository.insertEvidence(nominationId, UploadTypes.safeName(fileName), type, content,
                scope.requireActor().username());
        NominationEvidence created = repository.evidence(nominationId).stream().filter(e -> e.id() == id)
                .findFirst().orElseThrow();
        events.publishEvent(Audited.created("COMMENDATION_EVIDENCE", id, nomination.personName() + "：" + created.fileName(),
                nomination.orgId(), created));
        return created;
    }

    private long townshipOf(long orgId) {
        return tree.path(orgId).stream().filter(o -> o.type() == OrgType.TOWNSHIP).map(OrgSummary::id).findFirst()
                .orElseThrow(() -> RuleViolationException.onField("personId", "该人员不在乡镇下属组织"));
    }

    private boolean covers(long orgId) {
        return scope.covers(new ObjectOwner(ScopeKind.REGISTER, orgId, null));
    }
}
