package org.jiceng.training.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jiceng.documents.BasisSubject;
import org.jiceng.documents.BasisSubjectSource;
import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgTree;
import org.jiceng.organization.OrgType;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.ScopeKind;
import org.springframework.stereotype.Component;

/**
 * Training plans as subjects of the documents register: a plan is the county committee's or a township's for one
 * year (id {@code "orgId/year"}), and rests on documents such as 郭店镇's 《关于认真搞好农村基层干部年度培训工作的实施方案》.
 * The plan page shows them (依据); a document's page offers the plans in the user's scope for citing.
 */
@Component
class TrainingPlanBasis implements BasisSubjectSource {

    static final String KIND = "TRAINING_PLAN";

    private final OrgTree tree;
    private final DataScope scope;

    TrainingPlanBasis(OrgTree tree, DataScope scope) {
        this.tree = tree;
        this.scope = scope;
    }

    static String subjectId(long orgId, int year) {
        return BasisSubject.orgYear(orgId, year);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String kindLabel() {
        return "培训计划";
    }

    /** The user's own org's plan and, for the county, each township's. */
    @Override
    public List<BasisSubject> choices(int year) {
        List<OrgSummary> planners = new ArrayList<>();
        scope.actor().flatMap(a -> tree.find(a.orgId())).filter(TrainingPlanBasis::plans).ifPresent(org -> {
            planners.add(org);
            tree.children(org.id()).stream().filter(TrainingPlanBasis::plans).forEach(planners::add);
        });
        return planners.stream().filter(o -> covers(o.id())).map(o -> subject(o, year)).toList();
    }

    @Override
    public Optional<BasisSubject> find(String subjectId) {
        String[] parts = subjectId == null ? new String[0] : subjectId.split("/");
        if (parts.length != 2 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("\\d{4}")) {
            return Optional.empty();
        }
        int year = Integer.parseInt(parts[1]);
        return tree.find(Long.parseLong(parts[0])).filter(TrainingPlanBasis::plans).filter(o -> covers(o.id()))
                .map(o -> subject(o, year));
    }

    @Override
    public String href(String subjectId) {
        String[] parts = subjectId.split("/");
        return "/orgs/" + parts[0] + "/training-plans/" + parts[1];
    }

    /** The county committee and the townships keep yearly training plans. */
    private static boolean plans(OrgSummary org) {
        return org.type() == OrgType.COUNTY || org.type() == OrgType.TOWNSHIP;
    }

    private boolean covers(long orgId) {
        return scope.covers(new ObjectOwner(ScopeKind.REGISTER, orgId, null));
    }

    private static BasisSubject subject(OrgSummary org, int year) {
        return new BasisSubject(KIND, subjectId(org.id(), year), org.id(), org.shortName() + year + "年培训计划");
    }
}
