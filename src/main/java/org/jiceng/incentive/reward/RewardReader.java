package org.jiceng.incentive.reward;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.configuration.CodeLists;
import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgTree;
import org.jiceng.review.ReviewItem;
import org.jiceng.review.ReviewService;
import org.jiceng.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Completes stored records for reading: the stage each stands at in the review chain (one read for a whole list),
 * the rule's name, the kind's label and the township's name, through the owning modules' APIs.
 */
@Component
class RewardReader {

    private final RewardRepository repository;
    private final RewardRuleRepository rules;
    private final ReviewService review;
    private final CodeLists codes;
    private final OrgTree tree;

    RewardReader(RewardRepository repository, RewardRuleRepository rules, ReviewService review, CodeLists codes,
                 OrgTree tree) {
        this.repository = repository;
        this.rules = rules;
        this.review = review;
        this.codes = codes;
        this.tree = tree;
    }

    /** A record by id, unscoped: the caller has checked or will check its org. */
    Reward load(long rewardId) {
        return repository.find(rewardId).map(r -> complete(List.of(r)).get(0))
                .orElseThrow(() -> NotFoundException.of("奖惩记录", rewardId));
    }

    List<Reward> complete(List<Reward> rewards) {
        if (rewards.isEmpty()) {
            return rewards;
        }
        Map<Long, ReviewItem> items = review.itemsById(rewards.stream().map(Reward::itemId).toList());
        Map<String, String> kinds = codes.labels(RewardRuleService.KIND_LIST);
        Map<Long, String> ruleNames = new HashMap<>();
        Map<Long, String> townships = new HashMap<>();
        return rewards.stream().map(r -> r.with(items.get(r.itemId()),
                ruleNames.computeIfAbsent(r.ruleId(), id -> rules.find(id).map(RewardRule::name).orElse("")),
                kinds.getOrDefault(r.kind(), r.kind()),
                townships.computeIfAbsent(r.townshipId(), id -> tree.find(id).map(OrgSummary::shortName).orElse(""))))
                .toList();
    }
}
