package org.jiceng.training.plan;

/** Planned against held in one quarter: sessions and attendees (named attendees plus villagers counted). */
public record QuarterFigures(int quarter, int plannedSessions, int heldSessions, int plannedHeadcount, int headcount) {
}
