package org.jiceng.training.plan;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an org's officers see of 素质提升 in a year: the plan against what was held by quarter, how many members
 * reached their hours and the hours per member so far, and how many required meetings the branches held.
 */
public record TrainingDashboard(long orgId, String orgName, int year, List<QuarterFigures> quarters, Integer members,
                                Integer membersReached, BigDecimal averageHours, int meetingPeriodsDue,
                                int meetingPeriodsMet) {

    public int plannedSessions() {
        return quarters.stream().mapToInt(QuarterFigures::plannedSessions).sum();
    }

    public int heldSessions() {
        return quarters.stream().mapToInt(QuarterFigures::heldSessions).sum();
    }

    public int plannedHeadcount() {
        return quarters.stream().mapToInt(QuarterFigures::plannedHeadcount).sum();
    }

    public int headcount() {
        return quarters.stream().mapToInt(QuarterFigures::headcount).sum();
    }

    /** Share of members who reached their hours, in whole percent; null when the year has no hour rules. */
    public Integer percentReached() {
        return members == null || members == 0 ? null : Math.round(membersReached * 100f / members);
    }

    public int percentMeetings() {
        return meetingPeriodsDue == 0 ? 100 : Math.round(meetingPeriodsMet * 100f / meetingPeriodsDue);
    }
}
