package org.jiceng.assessment;

import org.jiceng.organization.OrgTree;
import org.jiceng.shared.Actor;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read and write schemes: a published scheme binds the subtree of the org that wrote it, so officers and
 * secretaries anywhere under the owning county read it (others get 404); a draft is seen only by the county officers
 * of the owning org, who alone write schemes (403 for readers).
 */
@Component
class SchemeAccess {

    private final DataScope scope;
    private final OrgTree tree;

    SchemeAccess(DataScope scope, OrgTree tree) {
        this.scope = scope;
        this.tree = tree;
    }

    boolean canRead(long ownerOrgId) {
        return scope.actor().filter(a -> a.role().keepsRegister())
                .map(a -> tree.contains(ownerOrgId, a.orgId())).orElse(false);
    }

    boolean canWrite(long ownerOrgId) {
        return scope.actor().map(a -> a.role() == Role.COUNTY_OFFICER && a.orgId() == ownerOrgId).orElse(false);
    }

    StoredScheme readable(StoredScheme scheme) {
        if (!canRead(scheme.ownerOrgId()) || scheme.isDraft() && !canWrite(scheme.ownerOrgId())) {
            throw NotFoundException.of("考核方案", scheme.id());
        }
        return scheme;
    }

    StoredScheme writable(StoredScheme scheme) {
        readable(scheme);
        if (!canWrite(scheme.ownerOrgId())) {
            throw new AccessDeniedException("only county officers of the owning org edit a scheme");
        }
        return scheme;
    }

    /** The org whose drafts the current user sees (their own, if a county officer), or -1. */
    long draftsOf() {
        return scope.actor().filter(a -> a.role() == Role.COUNTY_OFFICER).map(Actor::orgId).orElse(-1L);
    }

    /** The org a new scheme of the current user belongs to: their county. */
    long writerOrg() {
        Actor actor = scope.requireActor();
        if (actor.role() != Role.COUNTY_OFFICER) {
            throw new AccessDeniedException("only county officers write schemes");
        }
        return actor.orgId();
    }
}
