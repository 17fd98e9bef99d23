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

    /**
     * The dashboard of a province or a city: the plans and sessions of its own (the province's, the cities') with its
     * counties' quarters, members, hours and meetings added up — each county judged by its own hour rules and meeting
     * frequencies. Members and hours are left out (null) when no county has hour rules for the year; the hours per
     * member are the counties' averages weighted by their members.
     */
    static TrainingDashboard acrossCounties(long orgId, String orgName, int year, List<QuarterFigures> quarters,
                                            List<TrainingDashboard> counties) {
        Integer members = null;
        Integer reached = null;
        BigDecimal hours = BigDecimal.ZERO;
        int due = 0;
        int met = 0;
        for (TrainingDashboard county : counties) {
            if (county.members() != null) {
                members = (members == null ? 0 : members) + county.members();
                reached = (reached == null ? 0 : reached) + county.membersReached();
                if (county.averageHours() != null) {
                    hours = hours.add(county.averageHours().multiply(BigDecimal.valueOf(county.members())));
                }
            }
            due += county.meetingPeriodsDue();
            met += county.meetingPeriodsMet();
        }
        BigDecimal average = members == null || members == 0 ? null
                : hours.divide(BigDecimal.valueOf(members), 1, java.math.RoundingMode.HALF_UP);
        List<QuarterFigures> total = new java.util.ArrayList<>();
        for (QuarterFigures own : quarters) {
            int plannedSessions = own.plannedSessions();
            int heldSessions = own.heldSessions();
            int plannedHeadcount = own.plannedHeadcount();
            int headcount = own.headcount();
            for (TrainingDashboard county : counties) {
                QuarterFigures q = county.quarters().get(own.quarter() - 1);
                plannedSessions += q.plannedSessions();
                heldSessions += q.heldSessions();
                plannedHeadcount += q.plannedHeadcount();
                headcount += q.headcount();
            }
            total.add(new QuarterFigures(own.quarter(), plannedSessions, heldSessions, plannedHeadcount, headcount));
        }
        return new TrainingDashboard(orgId, orgName, year, total, members, reached, average, due, met);
    }
}
