package org.jiceng.assessment.metric;

import java.util.List;

import org.jiceng.assessment.engine.SubjectKind;
import org.jiceng.organization.OrgDirectory;
import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgType;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.metrics.MetricSubject;
import org.springframework.stereotype.Component;

/**
 * The orgs a signed-in officer can read figures of, for the pickers of 试算 and the metrics page: the village-level
 * orgs and townships under the user's own org (the user's scope), in tree order.
 */
@Component
public class MetricOrgs {

    static final int LIMIT = 2000;

    private final OrgDirectory directory;
    private final DataScope scope;

    MetricOrgs(OrgDirectory directory, DataScope scope) {
        this.directory = directory;
        this.scope = scope;
    }

    /** Orgs under the user's org whose kind is the subject's (village branches or townships). */
    public List<OrgSummary> of(MetricSubject subject) {
        return directory.under(scope.requireActor().orgId(), "", LIMIT).stream()
                .filter(o -> subjectOf(o.type()) == subject).toList();
    }

    /** Orgs under {@code orgId} (itself included) that have figures: village-level orgs and townships. */
    List<OrgSummary> under(long orgId) {
        return directory.under(orgId, "", LIMIT).stream().filter(o -> subjectOf(o.type()) != null).toList();
    }

    static MetricSubject subjectOf(OrgType type) {
        if (type.isVillageLevel()) {
            return MetricSubject.VILLAGE_BRANCH;
        }
        return type == OrgType.TOWNSHIP ? MetricSubject.TOWNSHIP : null;
    }

    public static MetricSubject subjectOf(SubjectKind kind) {
        return switch (kind) {
            case VILLAGE_BRANCH -> MetricSubject.VILLAGE_BRANCH;
            case TOWNSHIP_COMMITTEE -> MetricSubject.TOWNSHIP;
            default -> null;
        };
    }
}
