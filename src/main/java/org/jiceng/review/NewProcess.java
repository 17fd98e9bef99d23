package org.jiceng.review;

import java.time.LocalDate;

/**
 * What a module gives to open a process: its kind (e.g. CAMPAIGN), title, owner, deadlines and 公示 days; {@code
 * ownerDecides} when the owner, even a township, takes the county's steps (审定, 公示, 异议, 确定) in it.
 */
public record NewProcess(String kind, String title, long ownerOrgId, LocalDate submitDue, LocalDate reviewDue,
                         LocalDate approveDue, int publicityDays, boolean ownerDecides) {

    public NewProcess(String kind, String title, long ownerOrgId, LocalDate submitDue, LocalDate reviewDue,
                      LocalDate approveDue, int publicityDays) {
        this(kind, title, ownerOrgId, submitDue, reviewDue, approveDue, publicityDays, false);
    }
}
