package org.jiceng.training.hours;

import java.math.BigDecimal;

/** One org's members and how many of them have reached their hours in the year. */
public record BranchHours(long orgId, String orgName, int members, int reached, BigDecimal averageHours) {

    public int behind() {
        return members - reached;
    }

    /** Share of members who reached their hours, in whole percent. */
    public int percentReached() {
        return members == 0 ? 0 : Math.round(reached * 100f / members);
    }
}
