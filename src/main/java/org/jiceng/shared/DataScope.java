package org.jiceng.shared;

import java.util.Optional;

/**
 * The one place that says what the current user may see. Implemented by the access module; every scoped query and
 * every object lookup goes through it.
 */
public interface DataScope {

    /** The signed-in user, if any. */
    Optional<Actor> actor();

    /** The signed-in user; throws if nobody is signed in. */
    default Actor requireActor() {
        return actor().orElseThrow(() -> new IllegalStateException("no signed-in user"));
    }

    /** What the current user may see of this kind of object. */
    Scope scope(ScopeKind kind);

    /** Whether the current user may see this owner's objects. */
    boolean covers(ObjectOwner owner);

    /**
     * Which of these orgs the current user may see the register objects of, asked at once: for lists filtered row by
     * row, which would otherwise ask once per distinct org.
     */
    java.util.Set<Long> coveredOrgs(java.util.Collection<Long> orgIds);

    /** Throws {@link NotFoundException} unless the current user may see the owner's objects. */
    default void require(ObjectOwner owner, String type, Object id) {
        if (!covers(owner)) {
            throw NotFoundException.of(type, id);
        }
    }
}
