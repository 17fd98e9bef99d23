package org.jiceng.organization;

import java.time.LocalDate;

/**
 * A person in the register: a member (with the items of the national member information form, 党员基本信息采集表) or
 * a villager who is not a member. Codes follow the code lists (性别, 民族, 学历, 工作岗位, 党籍状态); the form's
 * 人员类别 (正式/预备党员) is {@code politicalStatus}. {@code phone} is the mobile, the landline is its area code and
 * number. {@code legacyCategory} is the old occupation code (人员类别 before the national 工作岗位) that the upgrade
 * could not map; it is shown until a keeper chooses the 工作岗位 and never written again.
 */
public record Person(long id, long orgId, Long partyGroupId, String name, String gender, String ethnicity,
                     String idNumber, LocalDate birthDate, String education, String workPost, String legacyCategory,
                     PoliticalStatus politicalStatus, LocalDate joinedOn, LocalDate confirmedOn, String job,
                     String phone, String landlineArea, String landlineNumber, String address,
                     String membershipStatus, boolean lostContact, LocalDate lostContactOn, boolean migrant,
                     String migrantDestination, boolean hardship, String hardshipNote, long version) {

    /** The values an edit may change, in the shape of the form. */
    MemberForm toForm() {
        return new MemberForm(orgId, partyGroupId, name, gender, ethnicity, idNumber, birthDate, education, workPost,
                politicalStatus.name(), joinedOn, confirmedOn, job, phone, landlineArea, landlineNumber, address,
                membershipStatus, lostContact, lostContactOn, migrant, migrantDestination, hardship, hardshipNote,
                version);
    }

    /** The landline as written on the form, 区号-号码, or null. */
    public String landline() {
        return landlineNumber == null ? null : landlineArea + "-" + landlineNumber;
    }
}
