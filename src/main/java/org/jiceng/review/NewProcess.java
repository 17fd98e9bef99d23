package org.jiceng.review;

import java.time.LocalDate;

/** What a module gives to open a process: its kind (e.g. CAMPAIGN), title, owner, deadlines and 公示 days. */
public record NewProcess(String kind, String title, long ownerOrgId, LocalDate submitDue, LocalDate reviewDue,
                         LocalDate approveDue, int publicityDays) {
}
