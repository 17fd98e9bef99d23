package org.jiceng.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.configuration.CodeLists;
import org.jiceng.shared.Audited;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds, edits and moves organizations in the tree, within the user's scope, audited. */
@Service
@Transactional
public class OrgService {

    static final String AUDIT_TYPE = "ORG";

    private final OrgRepository orgs;
    private final OrgTree tree;
    private final RegisterAccess access;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final CodeLists codes;

    OrgService(OrgRepository orgs, OrgTree tree, RegisterAccess access, ApplicationEventPublisher events, Clock clock,
               CodeLists codes) {
        this.clock = clock;
        this.codes = codes;
        this.orgs = orgs;
        this.tree = tree;
        this.access = access;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Org get(long orgId) {
        access.org(orgId);
        return orgs.find(orgId).orElseThrow();
    }

    /** Adds an organization under a parent in scope, of a kind that may hang there, with a name unique among its siblings. */
    public Org create(OrgForm submitted) {
        OrgForm form = submitted.normalized();
        if (form.parentId() == null) {
            throw RuleViolationException.onField("parentId", "请选择上级党组织");
        }
        OrgSummary parent = access.org(form.parentId());
        OrgType type = parseType(form.type());
        if (!type.canBeChildOf(parent.type())) {
            throw RuleViolationException.onField("type", type.label() + "不能设在" + parent.type().label() + "之下");
        }
        String shortName = form.shortName();
        if (orgs.siblingNameTaken(parent.id(), shortName, null)) {
            throw RuleViolationException.onField("shortName", parent.shortName() + "下已有名为“" + shortName + "”的组织");
        }
        checkUnit(form, null, orgs.find(parent.id()).orElseThrow().foundedOn());
        long id = orgs.insert(parent.id(), type, form, form.fullNameOr(type), parent.depth() + 1,
                LocalDateTime.now(clock));
        Org created = orgs.find(id).orElseThrow();
        events.publishEvent(Audited.created(AUDIT_TYPE, id, created.name(), id, created));
        return created;
    }

    public Org update(long orgId, OrgForm submitted) {
        OrgForm form = submitted.normalized();
        access.org(orgId);
        Org before = orgs.find(orgId).orElseThrow();
        if (form.version() == null || form.version() != before.version()) {
            throw new StaleEditException("该组织信息");
        }
        String shortName = form.shortName();
        if (orgs.siblingNameTaken(before.parentId(), shortName, orgId)) {
            throw RuleViolationException.onField("shortName", "同一上级组织下已有名为“" + shortName + "”的组织");
        }
        LocalDate parentFounded = before.parentId() == null ? null
                : orgs.find(before.parentId()).map(Org::foundedOn).orElse(null);
        checkUnit(form, orgId, parentFounded);
        orgs.update(orgId, form, form.fullNameOr(before.type()), before.version(), LocalDateTime.now(clock));
        Org after = orgs.find(orgId).orElseThrow();
        events.publishEvent(Audited.updated(AUDIT_TYPE, orgId, after.name(), orgId, before, after));
        return after;
    }

    /** Moves an organization with its whole subtree (members, posts and all) under a new parent in scope. */
    public Org move(long orgId, long newParentId, Long version) {
        access.org(orgId);
        Org before = orgs.find(orgId).orElseThrow();
        if (version != null && version != before.version()) {
            throw new StaleEditException("该组织信息");
        }
        OrgSummary newParent = access.org(newParentId);
        boolean intoOwnSubtree = tree.contains(orgId, newParentId);
        boolean sameParent = before.parentId() != null && before.parentId() == newParentId;
        TreeMove.problem(before.type(), newParent.type(), intoOwnSubtree, sameParent).ifPresent(problem -> {
            throw RuleViolationException.onField("newParentId", problem);
        });
        if (orgs.siblingNameTaken(newParentId, before.shortName(), orgId)) {
            throw RuleViolationException.onField("newParentId", newParent.shortName() + "下已有同名组织");
        }
        orgs.move(orgId, newParentId, newParent.depth() + 1 - before.depth(), before.version(), LocalDateTime.now(clock));
        Org after = orgs.find(orgId).orElseThrow();
        events.publishEvent(new Audited("MOVE", AUDIT_TYPE, orgId, after.name(), orgId, before, after));
        return after;
    }

    /** The unit fields' rules ({@link OrgUnitRules}) and a 党组织代码 no other organization holds, all reported at once. */
    private void checkUnit(OrgForm form, Long orgId, LocalDate parentFoundedOn) {
        List<RuleViolationException.FieldError> errors = new ArrayList<>(
                OrgUnitRules.check(form, codes::isValid, LocalDate.now(clock), parentFoundedOn));
        if (form.partyCode() != null && errors.stream().noneMatch(e -> e.field().equals("partyCode"))) {
            orgs.partyCodeHolder(form.partyCode(), orgId).ifPresent(holder -> errors.add(
                    new RuleViolationException.FieldError("partyCode", "党组织代码已由“" + holder + "”使用")));
        }
        RuleViolationException.throwIfAny(errors);
    }

    private static OrgType parseType(String value) {
        try {
            return OrgType.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw RuleViolationException.onField("type", "请选择组织类别");
        }
    }
}
