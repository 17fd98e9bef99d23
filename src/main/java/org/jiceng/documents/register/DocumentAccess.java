package org.jiceng.documents.register;

import java.util.HashMap;
import java.util.Map;

import org.jiceng.organization.OrgTree;
import org.jiceng.organization.ScopedSql;
import org.jiceng.shared.Actor;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.Role;
import org.jiceng.shared.Scope;
import org.jiceng.shared.ScopeKind;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who reads and who writes documents. A document binds the org that issued it and every org below (a county's
 * 意见 binds its townships and villages, a township's 办法 its villages), so officers and branch secretaries read the
 * documents of their own org, of every org above it, and of the orgs in their subtree — a village reads its
 * township's and county's rules, never another township's, never another county's (404). Members and the three
 * administrators read none. Only county and township officers record documents, and only their own org's.
 */
@Component
public class DocumentAccess {

    /** Who opens the documents register: officers and branch secretaries. */
    public static final String READERS = "hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER', 'BRANCH_SECRETARY')";
    /** Who records documents and citations: county and township officers. */
    public static final String OFFICERS = "hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER')";

    private final DataScope scope;
    private final OrgTree tree;

    DocumentAccess(DataScope scope, OrgTree tree) {
        this.scope = scope;
        this.tree = tree;
    }

    /** Whether the signed-in user reads what {@code orgId} issued (or what belongs to it, such as a citation). */
    public boolean canRead(long orgId) {
        return scope.actor().filter(a -> a.role().keepsRegister())
                .map(a -> tree.contains(a.orgId(), orgId) || tree.contains(orgId, a.orgId())).orElse(false);
    }

    /** Whether the signed-in user records and edits the documents of {@code orgId}: its own officers. */
    public boolean canWrite(long orgId) {
        return scope.actor().map(a -> isOfficer(a) && a.orgId() == orgId).orElse(false);
    }

    /** The org whose documents the signed-in user records: their own; 403 for anyone but an officer. */
    public long writerOrg() {
        Actor actor = scope.requireActor();
        if (!isOfficer(actor)) {
            throw new AccessDeniedException("only county and township officers record documents");
        }
        return actor.orgId();
    }

    /**
     * Where the data-scope guard should place a document of {@code ownerOrg}: at the user's own org when the owner
     * lies above it (so the subtree check lets them read it), otherwise at the owner.
     */
    long readerOrg(long ownerOrg) {
        return scope.actor().filter(a -> a.role().keepsRegister() && tree.contains(ownerOrg, a.orgId()))
                .map(Actor::orgId).orElse(ownerOrg);
    }

    /** The SQL predicate of what the user reads: rows whose {@code orgColumn} is in their subtree or above them. */
    public ScopedSql readable(String orgColumn) {
        Scope register = scope.scope(ScopeKind.REGISTER);
        ScopedSql below = ScopedSql.of(register, orgColumn, null);
        ScopedSql above = ScopedSql.ownedAbove(register, orgColumn);
        Map<String, Object> params = new HashMap<>(below.params());
        params.putAll(above.params());
        return new ScopedSql("(" + below.predicate() + " OR " + above.predicate() + ")", params);
    }

    private static boolean isOfficer(Actor actor) {
        return actor.role() == Role.COUNTY_OFFICER || actor.role() == Role.TOWNSHIP_OFFICER;
    }
}
