package org.jiceng.organization;

import java.time.LocalDate;

/** An active reserve cadre as the scoped list and its export show it; the phone is masked as the privacy settings say. */
public record ReserveRow(long id, long orgId, String orgName, String parentOrgName, long personId, String personName,
                         boolean member, String gender, LocalDate birthDate, String politicalStatus, String education,
                         String phone, LocalDate since, String targetPost, String note) {

    public String orgLabel() {
        return parentOrgName == null ? orgName : parentOrgName + " / " + orgName;
    }
}
