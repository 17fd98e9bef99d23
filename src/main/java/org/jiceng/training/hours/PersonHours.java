package org.jiceng.training.hours;

import java.util.List;

/** A person's training record for a year: the requirement (null when none is set), the hours, the sessions. */
public record PersonHours(long personId, String name, int year, HourRule rule, HoursRow hours,
                          List<PersonSession> sessions) {
}
