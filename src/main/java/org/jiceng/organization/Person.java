package org.jiceng.organization;

import java.time.LocalDate;

/**
 * A person in the register: a member (with the 16 items of the national member information form) or a villager who
 * is not a member. Codes follow the code lists (性别, 民族, 学历, 人员类别, 党籍状态).
 */
public record Person(long id, long orgId, Long partyGroupId, String name, String gender, String ethnicity,
                     String idNumber, LocalDate birthDate, String education, String category,
                     PoliticalStatus politicalStatus, LocalDate joinedOn, LocalDate confirmedOn, String job,
                     String phone, String address, String membershipStatus, boolean lostContact,
                     LocalDate lostContactOn, boolean migrant, String migrantDestination, boolean hardship,
                     String hardshipNote, long version) {

    /** The values an edit may change, in the shape of the form. */
    MemberForm toForm() {
        return new MemberForm(orgId, partyGroupId, name, gender, ethnicity, idNumber, birthDate, education, category,
                politicalStatus.name(), joinedOn, confirmedOn, job, phone, address, membershipStatus, lostContact,
                lostContactOn, migrant, migrantDestination, hardship, hardshipNote, version);
    }
}
