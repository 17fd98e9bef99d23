package org.jiceng.organization;

import java.time.Clock;
import java.time.LocalDateTime;

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

    OrgService(OrgRepository orgs, OrgTree tree, RegisterAccess access, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
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
    public Org create(OrgForm form) {
        if (form.parentId() == null) {
            throw RuleViolationException.onField("parentId", "请选择上级党组织");
        }
        OrgSummary parent = access.org(form.parentId());
        OrgType type = parseType(form.type());
        if (!type.canBeChildOf(parent.type())) {
            throw RuleViolationException.onField("type", type.label() + "不能设在" + parent.type().label() + "之下");
        }
        String shortName = form.shortName().trim();
        if (orgs.siblingNameTaken(parent.id(), shortName, null)) {
            throw RuleViolationException.onField("shortName", parent.shortName() + "下已有名为“" + shortName + "”的组织");
        }
        long id = orgs.insert(parent.id(), type, blankToNull(form.code()), form.fullNameOr(type), shortName,
                parent.depth() + 1, form.sortOrderOrZero(), form.foundedOn(), blankToNull(form.phone()),
                blankToNull(form.address()), LocalDateTime.now(clock));
        Org created = orgs.find(id).orElseThrow();
        events.publishEvent(Audited.created(AUDIT_TYPE, id, created.name(), id, created));
        return created;
    }

    public Org update(long orgId, OrgForm form) {
        access.org(orgId);
        Org before = orgs.find(orgId).orElseThrow();
        if (form.version() == null || form.version() != before.version()) {
            throw new StaleEditException("该组织信息");
        }
        String shortName = form.shortName().trim();
        if (orgs.siblingNameTaken(before.parentId(), shortName, orgId)) {
            throw RuleViolationException.onField("shortName", "同一上级组织下已有名为“" + shortName + "”的组织");
        }
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

    private static OrgType parseType(String value) {
        try {
            return OrgType.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw RuleViolationException.onField("type", "请选择组织类别");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
