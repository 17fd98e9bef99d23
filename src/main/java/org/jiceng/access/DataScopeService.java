package org.jiceng.access;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import org.jiceng.organization.OrgTree;
import org.jiceng.shared.Actor;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.Role;
import org.jiceng.shared.Scope;
import org.jiceng.shared.ScopeKind;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Who sees what (DOMAIN decision 7): officers and secretaries see the register under their org; a member sees their
 * own record; the security administrator sees accounts under their org, the auditor the audit log; no administrator
 * sees the register (三员分立).
 */
@Service
class DataScopeService implements DataScope {

    private final OrgTree tree;

    DataScopeService(OrgTree tree) {
        this.tree = tree;
    }

    @Override
    public Optional<Actor> actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof AccountPrincipal principal
                ? Optional.of(principal.actor()) : Optional.empty();
    }

    @Override
    public Scope scope(ScopeKind kind) {
        return actor().map(actor -> scopeOf(actor, kind)).orElse(Scope.none());
    }

    static Scope scopeOf(Actor actor, ScopeKind kind) {
        Role role = actor.role();
        return switch (kind) {
            case REGISTER -> role.keepsRegister() ? Scope.subtree(actor.orgId())
                    : role == Role.MEMBER && actor.personId() != null ? Scope.self(actor.personId()) : Scope.none();
            case ACCOUNT -> role == Role.SECURITY_ADMIN ? Scope.subtree(actor.orgId()) : Scope.none();
            case AUDIT -> role == Role.AUDITOR ? Scope.subtree(actor.orgId()) : Scope.none();
        };
    }

    @Override
    public boolean covers(ObjectOwner owner) {
        Scope scope = scope(owner.kind());
        return switch (scope.extent()) {
            case SUBTREE -> owner.orgId() != null && tree.contains(scope.orgId(), owner.orgId());
            case SELF -> owner.personId() != null && owner.personId().equals(scope.personId());
            case NONE -> false;
        };
    }

    @Override
    public Set<Long> coveredOrgs(Collection<Long> orgIds) {
        Scope scope = scope(ScopeKind.REGISTER);
        return scope.extent() == Scope.Extent.SUBTREE ? tree.containedIn(scope.orgId(), orgIds) : Set.of();
    }
}
