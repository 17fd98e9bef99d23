package org.jiceng.organization;

import java.util.List;

/**
 * A branch's committee as its page and the API show it: current holders, history (ended posts), the number of full
 * members and the sizing hint of {@link CommitteeRules#sizingHint}, if any.
 */
public record CommitteeView(long orgId, String orgName, long fullMembers, String sizingHint,
                            List<CommitteePost> current, List<CommitteePost> history) {

    static CommitteeView of(OrgSummary org, List<CommitteePost> all, long fullMembers) {
        List<CommitteePost> current = all.stream().filter(CommitteePost::current).toList();
        return new CommitteeView(org.id(), org.name(), fullMembers,
                CommitteeRules.sizingHint(fullMembers, current).orElse(null), current,
                all.stream().filter(p -> !p.current()).toList());
    }

    /** The sitting secretary, if any. */
    public CommitteePost secretary() {
        return current.stream().filter(p -> CommitteeRules.SECRETARY.equals(p.post())).findFirst().orElse(null);
    }
}
