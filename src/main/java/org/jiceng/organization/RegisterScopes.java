package org.jiceng.organization;

import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.ScopedObjectResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Names the request variables that point at register objects, so the data-scope guard checks them on every
 * endpoint: {@code orgId}, {@code personId}, {@code postId}, {@code cadreId}, {@code reserveId}, {@code importId} in
 * paths, and {@code org}, {@code parent} in query strings.
 */
@Component
class RegisterScopes implements ScopedObjectResolver {

    private final JdbcClient jdbc;
    private final OrgTree tree;
    private final PeopleRepository people;

    RegisterScopes(JdbcClient jdbc, OrgTree tree, PeopleRepository people) {
        this.jdbc = jdbc;
        this.tree = tree;
        this.people = people;
    }

    @Override
    public Map<String, LongFunction<Optional<ObjectOwner>>> owners() {
        return Map.of(
                "orgId", this::org,
                "org", this::org,
                "parent", this::org,
                "personId", this::person,
                "postId", id -> byOrgColumn("committee_posts", id),
                "cadreId", id -> byOrgColumn("village_cadres", id),
                "reserveId", id -> byOrgColumn("reserve_cadres", id),
                "importId", id -> byOrgColumn("member_imports", id));
    }

    private Optional<ObjectOwner> org(long id) {
        return tree.find(id).map(org -> new ObjectOwner(ScopeKind.REGISTER, org.id(), null));
    }

    /** Read whole: the service or page that follows takes the person from the request ({@link PeopleRepository#find}). */
    private Optional<ObjectOwner> person(long id) {
        return people.find(id).map(person -> new ObjectOwner(ScopeKind.REGISTER, person.orgId(), id));
    }

    private Optional<ObjectOwner> byOrgColumn(String table, long id) {
        return jdbc.sql("SELECT org_id FROM " + table + " WHERE id = ?").param(id).query(Long.class).optional()
                .map(orgId -> new ObjectOwner(ScopeKind.REGISTER, orgId, null));
    }
}
