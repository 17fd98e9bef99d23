package org.jiceng.training.meeting;

import java.time.LocalDate;

/** A record of a branch's organizational-life meeting (三会一课 and others), as kept in the meeting register. */
public record Meeting(long id, long orgId, String orgName, String type, String typeLabel, LocalDate heldOn,
                      LocalDate plannedOn, String topic, String chair, String recorder, int expected, int present,
                      String absences, String decisions, MeetingStatus status, String reviewNote, String reviewedBy,
                      long version) {

    public int absent() {
        return expected - present;
    }

    public boolean editable() {
        return status != MeetingStatus.APPROVED;
    }

    String label() {
        return heldOn + " " + typeLabel + " " + topic;
    }
}
