package org.jiceng.incentive.care;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A member or village cadre in hardship (帮扶对象, research §2.15): the cause and severity the 帮扶台账 is classified
 * by, opened and — once the hardship is over — closed with a reason. Name and unit as on the day it was opened;
 * {@code cadre} marks a village cadre, whom townships such as 范家寨乡 support first (seed).
 */
public record HardshipCase(long id, long personId, String personName, long orgId, String orgName, Long townshipId,
                           boolean member, boolean cadre, String cause, String causeLabel, String severity,
                           String severityLabel, LocalDate openedOn, String note, LocalDate closedOn,
                           String closeReason, String closedBy, String createdBy, LocalDateTime createdAt,
                           long version) {

    public boolean open() {
        return closedOn == null;
    }

    public String label() {
        return personName + "（" + causeLabel + "）";
    }

    /** What the register's 困难情况 says while this case is open: the note, or else the cause. */
    public String registerNote() {
        return note == null || note.isBlank() ? causeLabel : note;
    }
}
