package org.jiceng.organization;

/** The outcome of an appointment: the new post and, when a new secretary was appointed, the post it ended. */
public record Appointment(CommitteePost appointed, CommitteePost predecessorEnded) {
}
