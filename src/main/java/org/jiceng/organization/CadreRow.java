package org.jiceng.organization;

import java.time.LocalDate;

/** A current village cadre as the scoped list and its export show it; the phone is masked as the privacy settings say. */
public record CadreRow(long id, long orgId, String orgName, String parentOrgName, long personId, String personName,
                       boolean member, String gender, LocalDate birthDate, String politicalStatus, String education,
                       String phone, String post, String postLabel, LocalDate termStart, LocalDate termEnd,
                       boolean concurrentHead, boolean paid) {

    public String orgLabel() {
        return parentOrgName == null ? orgName : parentOrgName + " / " + orgName;
    }
}
