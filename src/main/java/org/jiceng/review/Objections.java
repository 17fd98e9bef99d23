package org.jiceng.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.shared.Actor;
import org.jiceng.shared.Audited;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Objections (异议) during 公示: anyone may lodge one (实名: name and contact required) against an item in 公示, during
 * its 公示 period, through the public notice code — no sign-in needed, but limited per source address and per 公示
 * ({@link ObjectionLimits}); the county resolves it with a reason, an upheld one sending the item back to the
 * township's review. Runs inside {@link ReviewService}'s transaction.
 */
@Component
class Objections {

    static final String OBJECTION = "REVIEW_OBJECTION";

    private final ReviewRepository repository;
    private final DataScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ObjectionLimits limits;
    private final Transitions transitions;

    Objections(ReviewRepository repository, DataScope scope, ApplicationEventPublisher events, Clock clock,
               ObjectionLimits limits, Transitions transitions) {
        this.repository = repository;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
        this.limits = limits;
        this.transitions = transitions;
    }

    /** Lodges an objection against an item of the process whose 公示 notice it came through. */
    Objection lodge(ReviewProcess process, long itemId, String lodgedBy, String contact, String content, String source) {
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

    Objection objection(long objectionId) {
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

    List<Objection> ofProcess(long processId) {
        var objections = repository.objections(processId);
        var covered = scope.coveredOrgs(objections.stream().map(o -> o.orgId()).toList());
        return objections.stream().filter(o -> covered.contains(o.orgId())).map(this::forViewer).toList();
    }

    /** Upheld sends the item back to the township's review; dismissed keeps it in 公示. A reason either way. */
    Objection resolve(long objectionId, boolean upheld, String reason, Long version) {
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
        if (actor.role() != org.jiceng.shared.Role.COUNTY_OFFICER
                && !transitions.runs(actor, repository.item(before.itemId()).orElseThrow())) {
            throw new org.springframework.security.access.AccessDeniedException(actor.role().label() + "不能处理异议");
        }
        repository.resolveObjection(objectionId, upheld ? Objection.Status.UPHELD : Objection.Status.DISMISSED,
                reason.strip(), actor.username(), before.version());
        if (upheld) {
            transitions.move(repository.item(before.itemId()).orElseThrow(), ReviewAction.UPHOLD, reason.strip());
        }
        Objection after = repository.objection(objectionId).orElseThrow();
        events.publishEvent(new Audited(upheld ? "UPHOLD" : "DISMISS", OBJECTION, objectionId,
                before.itemLabel() + "（异议人：" + before.lodgedBy() + "）", before.orgId(), before, after));
        return after;
    }

    private boolean covers(long orgId) {
        return scope.covers(new ObjectOwner(ScopeKind.REGISTER, orgId, null));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
