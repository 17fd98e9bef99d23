package org.jiceng.assessment.scheme;

import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

import org.jiceng.organization.OrgTree;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.ScopedObjectResolver;
import org.springframework.stereotype.Component;

/**
 * Resolves {@code schemeId} for the data-scope guard. Schemes are read down the tree (a county's scheme binds its
 * townships and villages), while the guard asks whether the owner lies in the user's subtree; so for a user who sits
 * under the owning org the scheme is placed at the user's own org, otherwise at its owner (then only users above the
 * owner, or the owner itself, see it; users of another county get 404).
 */
@Component
class SchemeScopes implements ScopedObjectResolver {

    private final SchemeRepository schemes;
    private final DataScope scope;
    private final OrgTree tree;

    SchemeScopes(SchemeRepository schemes, DataScope scope, OrgTree tree) {
        this.schemes = schemes;
        this.scope = scope;
        this.tree = tree;
    }

    @Override
    public Map<String, LongFunction<Optional<ObjectOwner>>> owners() {
        return Map.of("schemeId", this::scheme);
    }

    private Optional<ObjectOwner> scheme(long id) {
        return schemes.ownerOf(id).map(owner -> new ObjectOwner(ScopeKind.REGISTER, readerOrg(owner), null));
    }

    private long readerOrg(long owner) {
        return scope.actor().filter(a -> a.role().keepsRegister() && tree.contains(owner, a.orgId()))
                .map(a -> a.orgId()).orElse(owner);
    }
}
