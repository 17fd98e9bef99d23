package org.jiceng.incentive.reward;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.review.ReviewStage;

/**
 * Totals of a list of records, per township and overall: how many stand, the money of rewards and of penalties, and
 * how much of the rewards is final (确定, to be paid). Reversed records count nowhere.
 */
public record RewardTotals(long townshipId, String township, int count, int penalties, BigDecimal rewards,
                           BigDecimal finalRewards, BigDecimal penaltyAmount) {

    /** One row per township in order of first appearance, then the overall row (township id 0, “合计”). */
    static List<RewardTotals> of(List<Reward> rewards) {
        Map<Long, RewardTotals> byTownship = new LinkedHashMap<>();
        RewardTotals all = empty(0, "合计");
        for (Reward r : rewards) {
            if (!r.standing()) {
                continue;
            }
            byTownship.put(r.townshipId(), byTownship.getOrDefault(r.townshipId(),
                    empty(r.townshipId(), r.townshipName())).plus(r));
            all = all.plus(r);
        }
        List<RewardTotals> rows = new ArrayList<>(byTownship.values());
        rows.add(all);
        return rows;
    }

    private static RewardTotals empty(long townshipId, String name) {
        return new RewardTotals(townshipId, name, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    private RewardTotals plus(Reward r) {
        BigDecimal amount = r.amount() == null ? BigDecimal.ZERO : r.amount();
        boolean reward = r.nature() == Nature.REWARD;
        return new RewardTotals(townshipId, township, count + 1, penalties + (reward ? 0 : 1),
                reward ? rewards.add(amount) : rewards,
                reward && r.stage() == ReviewStage.FINAL ? finalRewards.add(amount) : finalRewards,
                reward ? penaltyAmount : penaltyAmount.add(amount));
    }

    public String rewardsText() {
        return Money.format(rewards);
    }

    public String finalRewardsText() {
        return Money.format(finalRewards);
    }
}
