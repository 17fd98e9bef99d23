package org.jiceng.training.session;

import java.math.BigDecimal;

/** A person on a session's attendance list: present (credited the hours) or absent with a reason. */
public record Attendee(long sessionId, long personId, String name, boolean member, String orgName, boolean attended,
                       String absenceReason, BigDecimal hours) {
}
