package org.jiceng.incentive.reward;

import java.util.List;

import org.jiceng.organization.OrgSummary;

/** A year's records under an org, with totals per township and overall (the last row). */
public record RewardList(OrgSummary org, int year, List<Reward> rewards, List<RewardTotals> totals) {
}
