package org.jiceng.incentive.reward;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jiceng.assessment.campaign.CampaignOutcomes.Outcome;
import org.jiceng.shared.Role;

/**
 * 按结果生成: the subsidies a result-driven rule earns, read from the campaign's results instead of retyped (the
 * seed: 范家寨乡 pays “五个好” branches by its assessment). A branch earns the rule when its grade in the campaign of
 * the rule's family and year is exactly the rule's grade and that result is final; a result yields at most one
 * standing record per rule, so generating twice adds nothing. Only county and township officers generate.
 */
public final class Generation {

    /** One branch the rule's grade concerns, and what generation does with it. */
    public record Line(long entryId, long campaignId, long orgId, String orgName, String grade, Status status) {
    }

    public enum Status {
        NEW("将生成"), DONE("已生成"), PENDING("结果尚未确定");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private Generation() {
    }

    static List<Line> lines(RewardRule rule, List<Outcome> results, Set<Long> generatedEntries) {
        return results.stream().filter(o -> rule.grade() != null && rule.grade().equals(o.grade()))
                .map(o -> new Line(o.entryId(), o.campaignId(), o.orgId(), o.orgName(), o.grade(),
                        !o.settled() ? Status.PENDING
                                : generatedEntries.contains(o.entryId()) ? Status.DONE : Status.NEW))
                .toList();
    }

    /** Why the role may not generate, in Chinese; empty when it may. */
    static Optional<String> refusal(Role role) {
        return role == Role.COUNTY_OFFICER || role == Role.TOWNSHIP_OFFICER ? Optional.empty()
                : Optional.of(role.label() + "不能按结果生成奖惩，请由乡镇组织委员或县委组织部生成");
    }
}
