package org.jiceng.organization;

import java.time.LocalDate;

/** A person as lists and exports show them; identity and phone numbers are masked for roles that need no more. */
public record PersonRow(long id, String name, String gender, LocalDate birthDate, String idNumber, String phone,
                        String politicalStatus, LocalDate joinedOn, String membershipStatus, String education,
                        long orgId, String orgName, String parentOrgName, boolean migrant, boolean hardship,
                        boolean lostContact) {

    public String orgLabel() {
        return parentOrgName == null ? orgName : parentOrgName + " / " + orgName;
    }

    public int age(LocalDate today) {
        return birthDate == null ? 0 : java.time.Period.between(birthDate, today).getYears();
    }
}
