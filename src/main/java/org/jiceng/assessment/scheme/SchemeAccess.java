package org.jiceng.assessment.scheme;

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
public class SchemeAccess {

    private final DataScope scope;
    private final OrgTree tree;

    SchemeAccess(DataScope scope, OrgTree tree) {
        this.scope = scope;
        this.tree = tree;
    }

    /** Read down the tree (a county's scheme binds its townships and villages) and, by those above, up it. */
    public boolean canRead(long ownerOrgId) {
        return scope.actor().filter(a -> a.role().keepsRegister())
                .map(a -> tree.contains(ownerOrgId, a.orgId()) || tree.contains(a.orgId(), ownerOrgId)).orElse(false);
    }

    /** A county's officers write the county's schemes; a township's officers its own (e.g. its 年终目责考核). */
    public boolean canWrite(long ownerOrgId) {
        return scope.actor().map(a -> officer(a) && a.orgId() == ownerOrgId).orElse(false);
    }

    private static boolean officer(Actor actor) {
        return actor.role() == Role.COUNTY_OFFICER || actor.role() == Role.TOWNSHIP_OFFICER;
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
            throw new AccessDeniedException("only officers of the owning org edit a scheme");
        }
        return scheme;
    }

    /** The org whose drafts the current user sees (their own, if a county officer), or -1. */
    long draftsOf() {
        return scope.actor().filter(SchemeAccess::officer).map(Actor::orgId).orElse(-1L);
    }

    /** The org a new scheme of the current user belongs to: their county or township. */
    long writerOrg() {
        Actor actor = scope.requireActor();
        if (!officer(actor)) {
            throw new AccessDeniedException("only county and township officers write schemes");
        }
        return actor.orgId();
    }
}
