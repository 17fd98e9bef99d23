package org.jiceng.incentive.pay;

import java.util.List;
import java.util.Optional;

import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgTree;
import org.jiceng.organization.OrgType;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.ScopeKind;
import org.springframework.stereotype.Component;

/**
 * Where pay hangs in the tree, read through the organization module's {@link OrgTree}: standards belong to the county
 * (县委) above a township, runs and top-ups to a township, accounts and grades to a village branch (党支部/党总支).
 */
@Component
public class PayOrgs {

    private final OrgTree tree;
    private final DataScope scope;

    PayOrgs(OrgTree tree, DataScope scope) {
        this.tree = tree;
        this.scope = scope;
    }

    /** An org the signed-in user may see; 404 otherwise. */
    public OrgSummary inScope(long orgId) {
        return tree.find(orgId).filter(o -> covers(o.id())).orElseThrow(() -> NotFoundException.of("组织", orgId));
    }

    public boolean covers(long orgId) {
        return scope.covers(new ObjectOwner(ScopeKind.REGISTER, orgId, null));
    }

    /** {@link #covers} remembered per org for the length of one list, so a list of lines asks once per village. */
    public java.util.function.LongPredicate coverage() {
        java.util.Map<Long, Boolean> seen = new java.util.HashMap<>();
        return orgId -> seen.computeIfAbsent(orgId, this::covers);
    }

    public Optional<OrgSummary> find(long orgId) {
        return tree.find(orgId);
    }

    public String name(long orgId) {
        return tree.find(orgId).map(OrgSummary::shortName).orElse("");
    }

    /** The township in scope the org names (itself, or the township above a village). */
    public OrgSummary township(long orgId) {
        return townshipOf(inScope(orgId).id())
                .orElseThrow(() -> RuleViolationException.onField("org", "请选择乡镇：村干部报酬按乡镇发放"));
    }

    /** The township at or above the org, whatever the user's scope. */
    public Optional<OrgSummary> townshipOf(long orgId) {
        return tree.path(orgId).stream().filter(o -> o.type() == OrgType.TOWNSHIP).findFirst();
    }

    /** The county (县委) at or above the org, or the root where the tree has no county level: it sets the standards. */
    public long countyOf(long orgId) {
        return tree.countyOrRootOf(orgId);
    }

    /** The village-level branches directly under a township, in the tree's order. */
    public List<OrgSummary> villages(long townshipId) {
        return tree.children(townshipId).stream().filter(o -> o.type().isVillageLevel()).toList();
    }

    /**
     * The village branches of a township the user may see: all of them when the township is in scope (one check),
     * else each checked (a village secretary sees only their own).
     */
    public List<OrgSummary> villagesInScope(long townshipId) {
        List<OrgSummary> villages = villages(townshipId);
        return covers(townshipId) ? villages : villages.stream().filter(v -> covers(v.id())).toList();
    }

    /** The townships under a county (or the township itself), in the tree's order. */
    public List<OrgSummary> townships(long orgId) {
        OrgSummary org = tree.find(orgId).orElseThrow(() -> NotFoundException.of("组织", orgId));
        if (org.type() == OrgType.TOWNSHIP) {
            return List.of(org);
        }
        return tree.children(orgId).stream().filter(o -> o.type() == OrgType.TOWNSHIP).toList();
    }

    /** A village-level branch in scope; refused for any other kind of org. */
    public OrgSummary village(long orgId) {
        OrgSummary org = inScope(orgId);
        if (!org.type().isVillageLevel()) {
            throw RuleViolationException.onField("villageId", org.shortName() + "不是村党组织：专帐按村开设");
        }
        return org;
    }
}
