package org.jiceng.assessment.commendation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jiceng.assessment.campaign.PublicNotice;
import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgTree;
import org.jiceng.organization.OrgType;
import org.jiceng.review.NewProcess;
import org.jiceng.review.ReviewItem;
import org.jiceng.review.ReviewProcess;
import org.jiceng.review.ReviewService;
import org.jiceng.review.ReviewStage;
import org.jiceng.shared.Actor;
import org.jiceng.shared.Audited;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.RuleViolationException.FieldError;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.ScopeKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 评选 of model members (优秀共产党员标兵) as the second user of the review chain: the county opens a call with quotas
 * per township and the flags that make a member ineligible, and the call's process (kind MODEL_MEMBER) carries the
 * nominations ({@link NominationService}) through the chain to the public 公示.
 */
@Service
@Transactional
public class CommendationService {

    public static final String KIND = "MODEL_MEMBER";
    static final String CALL = "COMMENDATION_CALL";

    private final CommendationRepository repository;
    private final ReviewService review;
    private final OrgTree tree;
    private final DataScope scope;
    private final ApplicationEventPublisher events;

    CommendationService(CommendationRepository repository, ReviewService review, OrgTree tree, DataScope scope,
                        ApplicationEventPublisher events) {
        this.repository = repository;
        this.review = review;
        this.tree = tree;
        this.scope = scope;
        this.events = events;
    }

    /** Opens a call for the county of the signed-in officer. Quotas must name townships of the county, each 1–99. */
    public CommendationCall open(CommendationForm form) {
        Actor actor = scope.requireActor();
        List<FieldError> errors = new ArrayList<>();
        if (form.title() == null || form.title().isBlank() || form.title().length() > 200) {
            errors.add(new FieldError("title", "请填写评选名称（不超过200字）"));
        }
        if (form.year() == null || form.year() < 2000 || form.year() > 2100) {
            errors.add(new FieldError("year", "请填写评选年度"));
        }
        Map<Long, Integer> quotas = form.quotas() == null ? Map.of() : form.quotas();
        if (quotas.isEmpty()) {
            errors.add(new FieldError("quotas", "请至少为一个乡镇分配名额"));
        }
        quotas.forEach((township, quota) -> {
            Optional<OrgSummary> org = tree.find(township);
            if (org.isEmpty() || org.get().type() != OrgType.TOWNSHIP || !tree.contains(actor.orgId(), township)) {
                errors.add(new FieldError("quotas", "名额只能分配给本县的乡镇"));
            } else if (quota == null || quota < 1 || quota > 99) {
                errors.add(new FieldError("quota" + township, org.get().shortName() + "的名额须在1至99之间"));
            }
        });
        RuleViolationException.throwIfAny(errors);
        String title = form.title().strip();
        long process = review.open(new NewProcess(KIND, title, actor.orgId(), form.submitDue(), form.reviewDue(),
                form.approveDue(), form.publicityDays() == null ? 0 : form.publicityDays()), List.of());
        List<org.jiceng.organization.PersonFlagKind> flags = form.ineligibleFlags() == null ? List.of()
                : form.ineligibleFlags().stream().distinct().toList();
        long id = repository.insertCall(actor.orgId(), form.year(), title, process, flags, actor.username());
        quotas.forEach((township, quota) -> repository.insertQuota(id, township, quota));
        CommendationCall created = call(id);
        events.publishEvent(Audited.created(CALL, id, title, actor.orgId(), created));
        return created;
    }

    @Transactional(readOnly = true)
    public CommendationCall call(long callId) {
        return repository.find(callId).orElseThrow(() -> NotFoundException.of("评选", callId));
    }

    /** The calls the user may read: those of the county above (or at) the user's org. */
    @Transactional(readOnly = true)
    public List<CommendationCall> calls() {
        Actor actor = scope.requireActor();
        return repository.calls().stream().filter(c -> tree.contains(c.ownerOrgId(), actor.orgId())).toList();
    }

    @Transactional(readOnly = true)
    public ReviewProcess process(CommendationCall call) {
        return review.process(call.processId());
    }

    /** Per township in the user's scope: quota, how many nominated and how many wait in each stage. */
    @Transactional(readOnly = true)
    public List<TownshipQuota> progress(long callId) {
        CommendationCall call = call(callId);
        List<Nomination> all = repository.nominations(callId);
        List<TownshipQuota> rows = new ArrayList<>();
        call.quotas().forEach((township, quota) -> {
            if (!covers(township) && scope.requireActor().orgId() != township
                    && !tree.contains(township, scope.requireActor().orgId())) {
                return;
            }
            Map<ReviewStage, Integer> stages = new EnumMap<>(ReviewStage.class);
            int nominated = 0;
            for (Nomination n : all) {
                if (n.townshipId() == township && covers(n.orgId())) {
                    stages.merge(n.stage(), 1, Integer::sum);
                }
                if (n.townshipId() == township) {
                    nominated++;
                }
            }
            rows.add(new TownshipQuota(township, tree.find(township).map(OrgSummary::shortName).orElse(""), quota,
                    nominated, stages));
        });
        return rows;
    }

    /** The objections lodged against nominations of a call, in the user's scope. */
    @Transactional(readOnly = true)
    public List<org.jiceng.review.Objection> objections(long callId) {
        return review.objections(call(callId).processId()).stream().filter(o -> covers(o.orgId())).toList();
    }

    // ---- public notice

    /** The public 公示 of a call: names, branch and short 事迹 of those in 公示 or final; no sign-in needed. */
    @Transactional(readOnly = true)
    public Optional<PublicNotice> publicNotice(String code) {
        return review.publicProcess(code).filter(p -> KIND.equals(p.kind())).flatMap(process ->
                repository.findByProcess(process.id()).map(call -> new PublicNotice(process, call.ownerName(),
                        repository.nominations(call.id()).stream().filter(n -> n.stage().ordinal()
                                >= ReviewStage.PUBLICIZING.ordinal()).map(n -> {
                                    ReviewItem item = review.itemsById(List.of(n.itemId())).get(n.itemId());
                                    return new PublicNotice.Row(n.itemId(), n.townshipName(),
                                            n.orgName() + " " + n.personName(), n.shortDeeds(), item.publicityFrom(),
                                            item.publicityUntil(), n.stage());
                                }).toList())));
    }

    private boolean covers(long orgId) {
        return scope.covers(new ObjectOwner(ScopeKind.REGISTER, orgId, null));
    }
}
