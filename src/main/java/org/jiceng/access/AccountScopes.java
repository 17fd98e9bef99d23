package org.jiceng.access;

import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

import org.jiceng.organization.OrgTree;
import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.ScopedObjectResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Request variables naming account-administration objects: {@code accountId} (an account, owned by its org) and
 * {@code accountOrg} (an org whose accounts to list) — both in the security administrator's account scope.
 */
@Component
class AccountScopes implements ScopedObjectResolver {

    private final JdbcClient jdbc;
    private final OrgTree tree;

    AccountScopes(JdbcClient jdbc, OrgTree tree) {
        this.jdbc = jdbc;
        this.tree = tree;
    }

    @Override
    public Map<String, LongFunction<Optional<ObjectOwner>>> owners() {
        return Map.of(
                "accountId", id -> jdbc.sql("SELECT org_id FROM accounts WHERE id = ?").param(id).query(Long.class)
                        .optional().map(orgId -> new ObjectOwner(ScopeKind.ACCOUNT, orgId, null)),
                "accountOrg", id -> tree.find(id).map(org -> new ObjectOwner(ScopeKind.ACCOUNT, org.id(), null)));
    }
}
