package org.jiceng.review;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jiceng.shared.Actor;
import org.jiceng.shared.Audited;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.Role;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review chain as a service for other modules. The module that owns the subjects opens a process, adds an item
 * per subject and checks its own content rules (e.g. every indicator scored) before asking the chain to move an item;
 * the chain checks the stage, the role, the reason, the version the user saw and the data scope, records the
 * transition and publishes {@link Audited}.
 */
@Service
@Transactional
public class ReviewService {

    static final String ITEM = "REVIEW_ITEM";
    static final String OBJECTION = "REVIEW_OBJECTION";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ReviewRepository repository;
    private final DataScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ObjectionLimits limits;

    ReviewService(ReviewRepository repository, DataScope scope, ApplicationEventPublisher events, Clock clock,
                  ObjectionLimits limits) {
        this.limits = limits;
        this.clock = clock;
        this.repository = repository;
        this.scope = scope;
        this.events = events;
    }

    /** Opens a process; deadlines must follow one another and 公示 last 1 to 30 days. Returns its id. */
    public long open(NewProcess process, Collection<NewItem> items) {
        checkDeadlines(process.submitDue(), process.reviewDue(), process.approveDue(), process.publicityDays());
        String code = HexFormat.of().formatHex(randomBytes());
        long id = repository.insertProcess(process, code, username());
        for (NewItem item : items) {
            repository.insertItem(id, item, ReviewStage.DRAFT);
        }
        return id;
    }

    /** Adds an item to an open process (e.g. a nomination made during a call); it starts as a draft. */
    public ReviewItem addItem(long processId, NewItem item) {
        process(processId);
        return repository.item(repository.insertItem(processId, item, ReviewStage.DRAFT)).orElseThrow();
    }

    /** Removes a draft item that was never submitted (e.g. a nomination withdrawn); anything further stays on record. */
    public void withdraw(long itemId) {
        ReviewItem item = item(itemId);
        if (item.stage() != ReviewStage.DRAFT || !repository.history(itemId).isEmpty()) {
            throw new RuleViolationException(item.label() + "已进入审核流程，不能撤回");
        }
        repository.delete(itemId);
    }

    @Transactional(readOnly = true)
    public ReviewProcess process(long processId) {
        return repository.process(processId).orElseThrow(() -> NotFoundException.of("审核流程", processId));
    }

    /** The process behind a public notice code (no sign-in needed to read a 公示). */
    @Transactional(readOnly = true)
    public Optional<ReviewProcess> publicProcess(String code) {
        return code == null ? Optional.empty() : repository.processByCode(code);
    }

    /** An item, if the user may see its org (404 otherwise). */
    @Transactional(readOnly = true)
    public ReviewItem item(long itemId) {
        return repository.item(itemId).filter(i -> covers(i.orgId()))
                .orElseThrow(() -> NotFoundException.of("审核事项", itemId));
    }

    /** Every item of a process, unscoped: the caller filters by its own scope. */
    @Transactional(readOnly = true)
    public List<ReviewItem> items(long processId) {
        return repository.items(processId);
    }

    @Transactional(readOnly = true)
    public Map<Long, ReviewItem> itemsById(Collection<Long> ids) {
        Map<Long, ReviewItem> byId = new LinkedHashMap<>();
        repository.items(ids).forEach(i -> byId.put(i.id(), i));
        return byId;
    }

    @Transactional(readOnly = true)
    public List<ReviewTransition> history(long itemId) {
        item(itemId);
        return repository.history(itemId);
    }

    /** Moves one item. The owner module checks its content first (e.g. nothing left unscored). */
    public ReviewItem act(long itemId, ReviewAction action, Long version, String reason) {
        ReviewItem before = item(itemId);
        if (version == null || version != before.version()) {
            throw new StaleEditException(before.label());
        }
        return move(before, action, reason);
    }

    /**
     * Moves every item of a process (of one reviewer org, when given) that waits where the action starts: a township
     * passes all its villages at once, the county approves or publicizes a township or the whole process. All or
     * nothing: when one item may not move, nothing moves and every reason is listed; a township's batch also waits
     * for every item of the township to reach the step. Returns the items moved.
     */
    public List<ReviewItem> actOnAll(long processId, Long reviewerOrgId, ReviewAction action, String reason) {
        List<ReviewItem> all = visible(repository.items(processId)).stream()
                .filter(i -> reviewerOrgId == null || i.reviewerOrgId() == reviewerOrgId)
                .toList();
        if (reviewerOrgId != null && (action == ReviewAction.REVIEW || action == ReviewAction.APPROVE)) {
            ReviewStage earlier = action == ReviewAction.REVIEW ? ReviewStage.DRAFT : ReviewStage.SUBMITTED;
            List<String> waiting = all.stream().filter(i -> i.stage().ordinal() <= earlier.ordinal())
                    .map(ReviewItem::label).toList();
            if (!waiting.isEmpty()) {
                throw new RuleViolationException("还有" + waiting.size() + "个未到本环节：" + String.join("、", waiting));
            }
        }
        List<ReviewItem> movable = all.stream().filter(i -> action.allowedFrom(i.stage())).toList();
        if (movable.isEmpty()) {
            throw new RuleViolationException("没有可" + action.label() + "的事项");
        }
        List<RuleViolationException.FieldError> errors = new ArrayList<>();
        for (ReviewItem item : movable) {
            refusal(item, action, reason).ifPresent(r -> errors.add(new RuleViolationException.FieldError(
                    "item" + item.id(), item.label() + "：" + r)));
        }
        RuleViolationException.throwIfAny(action.label() + "未完成，请先处理以下事项", errors);
        return movable.stream().map(i -> move(i, action, reason)).toList();
    }

    /** Counts of items per reviewer org and stage, with how many are past their stage's deadline. */
    @Transactional(readOnly = true)
    public List<StageCount> progress(long processId, LocalDate today) {
        ReviewProcess process = process(processId);
        Map<String, int[]> counts = new TreeMap<>();
        for (ReviewItem item : visible(repository.items(processId))) {
            int[] c = counts.computeIfAbsent(item.reviewerOrgId() + ":" + item.stage().ordinal(), k -> new int[2]);
            c[0]++;
            if (overdue(process, item, today)) {
                c[1]++;
            }
        }
        List<StageCount> result = new ArrayList<>();
        counts.forEach((key, c) -> {
            String[] parts = key.split(":");
            result.add(new StageCount(Long.parseLong(parts[0]), ReviewStage.values()[Integer.parseInt(parts[1])], c[0], c[1]));
        });
        return result;
    }

    /** Items in the user's scope waiting past the deadline of their stage. */
    @Transactional(readOnly = true)
    public List<ReviewItem> overdue(long processId, LocalDate today) {
        ReviewProcess process = process(processId);
        return visible(repository.items(processId)).stream().filter(i -> overdue(process, i, today)).toList();
    }

    public static boolean overdue(ReviewProcess process, ReviewItem item, LocalDate today) {
        LocalDate due = process.dueFor(item.stage());
        return due != null && today.isAfter(due);
    }

    /**
     * Anyone may lodge an objection (实名: name and contact required) against an item in 公示, during its 公示 period,
     * through the public notice code; no sign-in needed, but limited per source address and per 公示
     * ({@link ObjectionLimits}).
     */
    public Objection lodgeObjection(String publicCode, long itemId, String lodgedBy, String contact, String content,
                                    String source) {
        ReviewProcess process = publicProcess(publicCode).orElseThrow(() -> NotFoundException.of("公示", publicCode));
        limits.check(process.id(), source);
        ReviewItem item = repository.item(itemId).filter(i -> i.processId() == process.id())
                .orElseThrow(() -> NotFoundException.of("公示对象", itemId));
        List<RuleViolationException.FieldError> errors = new ArrayList<>();
        if (!ReviewChain.objectionsOpen(item.stage(), item.publicityFrom(), item.publicityUntil(), LocalDate.now(clock))) {
            errors.add(new RuleViolationException.FieldError("itemId", item.publicityUntil() == null
                    ? item.label() + "不在公示中，不能提出异议"
                    : item.label() + "的公示期为" + item.publicityFrom() + "至" + item.publicityUntil() + "，现已不在公示期内"));
        }
        if (blank(lodgedBy) || lodgedBy.strip().length() > 60) {
            errors.add(new RuleViolationException.FieldError("lodgedBy", "请填写真实姓名（60字以内）"));
        }
        if (blank(contact) || !contact.strip().matches("[0-9+\\- ]{5,30}")) {
            errors.add(new RuleViolationException.FieldError("contact", "请填写联系电话，以便核实"));
        }
        if (blank(content) || content.strip().length() > 2000) {
            errors.add(new RuleViolationException.FieldError("content", "请写明异议的事实和理由（2000字以内）"));
        }
        RuleViolationException.throwIfAny(errors);
        long id = repository.insertObjection(itemId, lodgedBy.strip(), contact.strip(), content.strip(), source);
        Objection created = repository.objection(id).orElseThrow();
        events.publishEvent(Audited.created(OBJECTION, id, item.label() + "（异议人：" + created.lodgedBy() + "）",
                item.orgId(), created));
        return created;
    }

    @Transactional(readOnly = true)
    public Objection objection(long objectionId) {
        return repository.objection(objectionId).filter(o -> covers(o.orgId())).map(this::forViewer)
                .orElseThrow(() -> NotFoundException.of("异议", objectionId));
    }

    /**
     * The objector's name and phone are for the level that reviews the item — an org above its subject — not for the
     * subject's own org (the village secretary whose result is objected to), so no one can press the objector.
     */
    private Objection forViewer(Objection o) {
        boolean reviewingLevel = scope.actor().map(a -> a.orgId() != o.orgId()).orElse(false);
        return reviewingLevel ? o : o.withoutIdentity();
    }

    @Transactional(readOnly = true)
    public List<Objection> objections(long processId) {
        var objections = repository.objections(processId);
        var covered = scope.coveredOrgs(objections.stream().map(o -> o.orgId()).toList());
        return objections.stream().filter(o -> covered.contains(o.orgId())).map(this::forViewer).toList();
    }

    /** The org of an objection, for the data-scope guard. */
    @Transactional(readOnly = true)
    public Optional<Long> orgOfObjection(long objectionId) {
        return repository.orgOfObjection(objectionId);
    }

    /**
     * The county resolves an objection: upheld sends the item back to the township's review (a new 公示 follows its
     * approval); dismissed keeps it in 公示. A reason is required either way.
     */
    public Objection resolveObjection(long objectionId, boolean upheld, String reason, Long version) {
        Objection before = objection(objectionId);
        if (before.status() != Objection.Status.OPEN) {
            throw new RuleViolationException("该异议已处理（" + before.status().label() + "）");
        }
        if (version == null || version != before.version()) {
            throw new StaleEditException("该异议");
        }
        if (blank(reason)) {
            throw RuleViolationException.onField("reason", upheld ? "请写明异议成立的理由" : "不予采纳须写明理由");
        }
        Actor actor = scope.requireActor();
        if (actor.role() != Role.COUNTY_OFFICER && !runs(actor, before.itemId())) {
            throw new org.springframework.security.access.AccessDeniedException(actor.role().label() + "不能处理异议");
        }
        repository.resolveObjection(objectionId, upheld ? Objection.Status.UPHELD : Objection.Status.DISMISSED,
                reason.strip(), actor.username(), before.version());
        if (upheld) {
            move(repository.item(before.itemId()).orElseThrow(), ReviewAction.UPHOLD, reason.strip());
        }
        Objection after = repository.objection(objectionId).orElseThrow();
        events.publishEvent(new Audited(upheld ? "UPHOLD" : "DISMISS", OBJECTION, objectionId,
                before.itemLabel() + "（异议人：" + before.lodgedBy() + "）", before.orgId(), before, after));
        return after;
    }

    private ReviewItem move(ReviewItem before, ReviewAction action, String reason) {
        refusal(before, action, reason).ifPresent(r -> {
            throw new RuleViolationException(before.label() + "：" + r);
        });
        Actor actor = scope.requireActor();
        LocalDate from = before.publicityFrom();
        LocalDate until = before.publicityUntil();
        if (action == ReviewAction.PUBLICIZE) {
            from = LocalDate.now(clock);
            until = ReviewChain.publicityUntil(from, process(before.processId()).publicityDays());
        } else if (action == ReviewAction.UPHOLD || action == ReviewAction.RETURN) {
            from = null;
            until = null;
        }
        ReviewStage to = action.target(before.stage());
        repository.move(before, action, to, blank(reason) ? null : reason.strip(), actor.username(),
                actor.role().name(), from, until);
        ReviewItem after = repository.item(before.id()).orElseThrow();
        events.publishEvent(new Audited(action.name(), ITEM, before.id(), before.label() + "：" + action.label(),
                before.orgId(), before, after));
        return after;
    }

    /** Whether a township officer runs the process of the item (a township's own assessment). */
    private boolean runs(Actor actor, long itemId) {
        return actor.role() == Role.TOWNSHIP_OFFICER && repository.item(itemId)
                .flatMap(i -> repository.process(i.processId())).map(p -> p.ownerOrgId() == actor.orgId()).orElse(false);
    }

    private Optional<String> refusal(ReviewItem item, ReviewAction action, String reason) {
        Actor actor = scope.requireActor();
        if (action != ReviewAction.SUBMIT && actor.orgId() == item.orgId()) {
            return Optional.of("不能审核本单位自己的事项");
        }
        boolean runsProcess = actor.role() == Role.TOWNSHIP_OFFICER && !action.allowedFor(Role.TOWNSHIP_OFFICER)
                && repository.process(item.processId()).map(p -> p.ownerOrgId() == actor.orgId()).orElse(false);
        return ReviewChain.refusal(action, item.stage(), actor.role(), runsProcess, reason, item.publicityUntil(),
                item.openObjections(), LocalDate.now(clock));
    }

    private static void checkDeadlines(LocalDate submit, LocalDate review, LocalDate approve, Integer days) {
        List<RuleViolationException.FieldError> errors = new ArrayList<>();
        if (days == null || days < 1 || days > 30) {
            errors.add(new RuleViolationException.FieldError("publicityDays", "公示天数须在1至30天之间"));
        }
        if (submit != null && review != null && review.isBefore(submit)) {
            errors.add(new RuleViolationException.FieldError("reviewDue", "乡镇审核截止日不能早于村级提交截止日"));
        }
        if (review != null && approve != null && approve.isBefore(review)) {
            errors.add(new RuleViolationException.FieldError("approveDue", "县级审定截止日不能早于乡镇审核截止日"));
        }
        RuleViolationException.throwIfAny(errors);
    }

    /** The items in the user's scope, in list order, with one scope question for all of them. */
    private List<ReviewItem> visible(List<ReviewItem> items) {
        var covered = scope.coveredOrgs(items.stream().map(ReviewItem::orgId).toList());
        return items.stream().filter(i -> covered.contains(i.orgId())).toList();
    }

    private boolean covers(long orgId) {
        return scope.covers(new ObjectOwner(ScopeKind.REGISTER, orgId, null));
    }

    private String username() {
        return scope.actor().map(Actor::username).orElse("system");
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
