package org.jiceng.incentive.pay.standard;

import java.util.List;
import java.util.Optional;

import org.jiceng.documents.BasisSubject;
import org.jiceng.documents.BasisSubjectSource;
import org.jiceng.incentive.pay.PayOrgs;
import org.jiceng.organization.OrgSummary;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.RuleViolationException;
import org.springframework.stereotype.Component;

/**
 * A township's pay top-ups of a year (乡镇补贴, id {@code "orgId/year"}) as subjects of the documents register: they
 * rest on the township's own rules, as 范家寨乡's on its 《乡村干部考核管理办法》; the top-up page shows them (依据).
 */
@Component
class PayTopupBasis implements BasisSubjectSource {

    static final String KIND = "PAY_TOPUP";

    private final PayOrgs orgs;
    private final DataScope scope;

    PayTopupBasis(PayOrgs orgs, DataScope scope) {
        this.orgs = orgs;
        this.scope = scope;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String kindLabel() {
        return "乡镇村干部报酬补贴";
    }

    @Override
    public List<BasisSubject> choices(int year) {
        return scope.actor().map(a -> orgs.townships(a.orgId()).stream().map(t -> subject(t, year)).toList())
                .orElse(List.of());
    }

    @Override
    public Optional<BasisSubject> find(String subjectId) {
        String[] parts = subjectId == null ? new String[0] : subjectId.split("/");
        if (parts.length != 2 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("\\d{4}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(subject(orgs.township(Long.parseLong(parts[0])), Integer.parseInt(parts[1])));
        } catch (NotFoundException | RuleViolationException e) {
            return Optional.empty();
        }
    }

    @Override
    public String href(String subjectId) {
        String[] parts = subjectId.split("/");
        return "/pay/topups/" + parts[1] + "?org=" + parts[0];
    }

    static String subjectId(long townshipId, int year) {
        return BasisSubject.orgYear(townshipId, year);
    }

    private static BasisSubject subject(OrgSummary township, int year) {
        return new BasisSubject(KIND, subjectId(township.id(), year), township.id(),
                township.shortName() + year + "年度村干部报酬补贴");
    }
}
