package org.jiceng.incentive.reward;

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
 * Resolves {@code rewardId} and {@code ruleId} for the data-scope guard. A record belongs to its branch (a person's
 * record to the person's branch); a rule is read down the tree like a scheme: for a user under the org that set it,
 * it is placed at the user's org.
 */
@Component
class RewardScopes implements ScopedObjectResolver {

    private final RewardRepository rewards;
    private final RewardRuleRepository rules;
    private final DataScope scope;
    private final OrgTree tree;

    RewardScopes(RewardRepository rewards, RewardRuleRepository rules, DataScope scope, OrgTree tree) {
        this.rewards = rewards;
        this.rules = rules;
        this.scope = scope;
        this.tree = tree;
    }

    @Override
    public Map<String, LongFunction<Optional<ObjectOwner>>> owners() {
        return Map.of(
                "rewardId", id -> rewards.find(id).map(r -> new ObjectOwner(ScopeKind.REGISTER, r.orgId(), r.personId())),
                "ruleId", id -> rules.ownerOf(id).map(owner -> new ObjectOwner(ScopeKind.REGISTER, readerOrg(owner), null)));
    }

    private long readerOrg(long owner) {
        return scope.actor().filter(a -> a.role().keepsRegister() && tree.contains(owner, a.orgId()))
                .map(a -> a.orgId()).orElse(owner);
    }
}
