package org.jiceng.review;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.StaleEditException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review chain as a service for other modules. The module that owns the subjects opens a process, adds an item
 * per subject and checks its own content rules (e.g. every indicator scored) before asking the chain to move an item;
 * the chain checks the stage, the role, the reason, the version the user saw and the data scope, records the
 * transition and publishes {@link Audited} and {@link ItemMoved} ({@link Transitions}): the owner module reacts to moves
 * (an honour when a nomination becomes final) by listening to {@link ItemMoved}, not by checking what it got back.
 * Objections during 公示 are kept by {@link Objections}.
 */
@Service
@Transactional
public class ReviewService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ReviewRepository repository;
    private final DataScope scope;
    private final Transitions transitions;
    private final Objections objections;

    ReviewService(ReviewRepository repository, DataScope scope, Transitions transitions, Objections objections) {
        this.repository = repository;
        this.scope = scope;
        this.transitions = transitions;
        this.objections = objections;
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
        return transitions.move(before, action, reason);
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
            transitions.refusal(item, action, reason).ifPresent(r -> errors.add(new RuleViolationException.FieldError(
                    "item" + item.id(), item.label() + "：" + r)));
        }
        RuleViolationException.throwIfAny(action.label() + "未完成，请先处理以下事项", errors);
        ReviewProcess process = process(processId);
        return movable.stream().map(i -> transitions.move(process, i, action, reason)).toList();
    }

    /** Counts of items per reviewer org and stage, with how many are past their stage's deadline. */
    @Transactional(readOnly = true)
    public List<StageCount> progress(long processId, LocalDate today) {
        ReviewProcess process = process(processId);
        return progress(Map.of(processId, process), today).getOrDefault(processId, List.of());
    }

    /** {@link #progress(long, LocalDate)} of several processes at once (three statements for any number). */
    @Transactional(readOnly = true)
    public Map<Long, List<StageCount>> progress(Collection<Long> processIds, LocalDate today) {
        Map<Long, ReviewProcess> processes = new HashMap<>();
        repository.processes(processIds).forEach(p -> processes.put(p.id(), p));
        return progress(processes, today);
    }

    private Map<Long, List<StageCount>> progress(Map<Long, ReviewProcess> processes, LocalDate today) {
        Map<Long, Map<String, int[]>> counts = new HashMap<>();
        for (ReviewItem item : visible(repository.itemsOfProcesses(processes.keySet()))) {
            int[] c = counts.computeIfAbsent(item.processId(), k -> new TreeMap<>())
                    .computeIfAbsent(item.reviewerOrgId() + ":" + item.stage().ordinal(), k -> new int[2]);
            c[0]++;
            if (overdue(processes.get(item.processId()), item, today)) {
                c[1]++;
            }
        }
        Map<Long, List<StageCount>> result = new HashMap<>();
        counts.forEach((process, byStage) -> {
            List<StageCount> list = new ArrayList<>();
            byStage.forEach((key, c) -> {
                String[] parts = key.split(":");
                list.add(new StageCount(Long.parseLong(parts[0]), ReviewStage.values()[Integer.parseInt(parts[1])],
                        c[0], c[1]));
            });
            result.put(process, list);
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
        return objections.lodge(process, itemId, lodgedBy, contact, content, source);
    }

    /** An objection in the user's scope; its objector is named only to the level that reviews the item. */
    @Transactional(readOnly = true)
    public Objection objection(long objectionId) {
        return objections.objection(objectionId);
    }

    @Transactional(readOnly = true)
    public List<Objection> objections(long processId) {
        return objections.ofProcess(processId);
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
        return objections.resolve(objectionId, upheld, reason, version);
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
}
