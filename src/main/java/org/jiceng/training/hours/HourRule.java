package org.jiceng.training.hours;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A county's training-hour requirements for one year (学时要求, research §4.8): the hours every member must reach,
 * the hours branch secretaries and committee members must reach, and how many hours one training day counts.
 * The county edits them yearly; nothing here is a constant.
 */
public record HourRule(Long id, long orgId, int year, BigDecimal memberHours, BigDecimal committeeHours,
                       BigDecimal dayHours, long version) {

    /** Committee members (书记 and 支委) carry the higher requirement; everyone else the members' one. */
    public BigDecimal requiredFor(boolean committeeMember) {
        return committeeMember ? committeeHours : memberHours;
    }

    /** Hours a session counts when the officer gives none: its days (both ends included) times the day's hours. */
    public BigDecimal hoursFor(LocalDate start, LocalDate end) {
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        return dayHours.multiply(BigDecimal.valueOf(days)).setScale(1, RoundingMode.HALF_UP);
    }
}
