package org.jiceng.target.demonstration;

import java.util.List;
import java.util.Optional;

import org.jiceng.documents.BasisSubject;
import org.jiceng.documents.BasisSubjectSource;
import org.jiceng.organization.ScopedSql;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.ScopeKind;
import org.springframework.stereotype.Component;

/**
 * Demonstration village designations as subjects of the documents register: a designation rests on the township's
 * or county's document that names the village; a document's page offers the year's designations in the user's scope.
 */
@Component
class DemonstrationBasis implements BasisSubjectSource {

    private final DemonstrationRepository repository;
    private final DataScope scope;

    /** Reads the repository, not {@link DemonstrationService}: the service cites through the documents module. */
    DemonstrationBasis(DemonstrationRepository repository, DataScope scope) {
        this.repository = repository;
        this.scope = scope;
    }

    @Override
    public String kind() {
        return DemonstrationService.DESIGNATION;
    }

    @Override
    public String kindLabel() {
        return "示范村";
    }

    @Override
    public List<BasisSubject> choices(int year) {
        return scope.actor().map(a -> repository.under(ScopedSql.of(scope.scope(ScopeKind.REGISTER), "d.village_id",
                null), a.orgId(), year).stream().map(DemonstrationService::subject).toList()).orElse(List.of());
    }

    @Override
    public Optional<BasisSubject> find(String subjectId) {
        if (subjectId == null || !subjectId.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return repository.find(Long.parseLong(subjectId))
                .filter(d -> scope.covers(new ObjectOwner(ScopeKind.REGISTER, d.villageId(), null)))
                .map(DemonstrationService::subject);
    }

    @Override
    public String href(String subjectId) {
        return "/demonstration-villages/" + subjectId;
    }
}
