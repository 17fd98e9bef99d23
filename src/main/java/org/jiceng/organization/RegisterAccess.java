package org.jiceng.organization;

import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.ScopeKind;
import org.springframework.stereotype.Component;

/**
 * Finds register objects the current user may see, or answers "not found" — for ids that arrive in forms and
 * payloads (the data-scope guard already checks ids in paths and query parameters).
 */
@Component
class RegisterAccess {

    private final OrgTree tree;
    private final PeopleRepository people;
    private final DataScope scope;

    RegisterAccess(OrgTree tree, PeopleRepository people, DataScope scope) {
        this.tree = tree;
        this.people = people;
        this.scope = scope;
    }

    OrgSummary org(long orgId) {
        return tree.find(orgId)
                .filter(org -> scope.covers(new ObjectOwner(ScopeKind.REGISTER, org.id(), null)))
                .orElseThrow(() -> NotFoundException.of("党组织", orgId));
    }

    Person person(long personId) {
        return people.find(personId)
                .filter(p -> scope.covers(new ObjectOwner(ScopeKind.REGISTER, p.orgId(), p.id())))
                .orElseThrow(() -> NotFoundException.of("人员", personId));
    }
}
