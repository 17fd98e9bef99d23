package org.jiceng.incentive.reward;

import java.util.List;
import java.util.Optional;

import org.jiceng.documents.BasisSubject;
import org.jiceng.documents.BasisSubjectSource;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * 奖惩 rules as subjects of the documents register: a rule rests on the 奖惩制度 its org issued (范家寨乡's
 * 《干部管理奖惩制度》); the rules page shows it (依据), and a document's page offers the rules in the user's scope.
 */
@Component
class RewardRuleBasis implements BasisSubjectSource {

    static final String KIND = "REWARD_RULE";

    private final RewardRuleService rules;
    private final DataScope scope;

    RewardRuleBasis(RewardRuleService rules, DataScope scope) {
        this.rules = rules;
        this.scope = scope;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String kindLabel() {
        return "奖惩规则";
    }

    @Override
    public List<BasisSubject> choices(int year) {
        return scope.actor().map(a -> rules.rules(a.orgId(), year).stream().map(RewardRuleBasis::subject).toList())
                .orElse(List.of());
    }

    @Override
    public Optional<BasisSubject> find(String subjectId) {
        if (subjectId == null || !subjectId.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(subject(rules.rule(Long.parseLong(subjectId))));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public String href(String subjectId) {
        return "/reward-rules/" + subjectId;
    }

    static BasisSubject subject(RewardRule rule) {
        return new BasisSubject(KIND, String.valueOf(rule.id()), rule.ownerOrgId(),
                rule.ownerName() + rule.year() + "年奖惩规则：" + rule.name());
    }
}
