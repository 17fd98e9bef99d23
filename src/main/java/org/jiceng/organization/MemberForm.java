package org.jiceng.organization;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jiceng.shared.Text;

/**
 * A person's record as a form or API payload. {@code version} is the version the user started editing from; a save
 * against a newer version is refused as a conflict.
 */
public record MemberForm(
        @NotNull(message = "请选择所在党支部") Long orgId,
        Long partyGroupId,
        @NotBlank(message = "请填写姓名") @Size(max = 50, message = "姓名不能超过50个字") String name,
        @NotBlank(message = "请选择性别") String gender,
        @NotBlank(message = "请选择民族") String ethnicity,
        @Size(max = 18, message = "身份证号应为18位") String idNumber,
        @NotNull(message = "请填写出生日期") LocalDate birthDate,
        String education,
        String workPost,
        @NotBlank(message = "请选择政治面貌") String politicalStatus,
        LocalDate joinedOn,
        LocalDate confirmedOn,
        @Size(max = 100, message = "工作单位及职务不能超过100个字") String job,
        @Pattern(regexp = "^$|^1\\d{10}$", message = "手机号码应为1开头的11位数字") String phone,
        @Pattern(regexp = "^$|^0\\d{2,3}$", message = "区号应为0开头的3–4位数字，如 0917") String landlineArea,
        @Pattern(regexp = "^$|^\\d{7,8}$", message = "固定电话号码应为7–8位数字（区号另填）") String landlineNumber,
        @Size(max = 200, message = "家庭住址不能超过200个字") String address,
        String membershipStatus,
        Boolean lostContact,
        LocalDate lostContactOn,
        Boolean migrant,
        @Size(max = 200, message = "外出流向不能超过200个字") String migrantDestination,
        Boolean hardship,
        @Size(max = 200, message = "困难情况不能超过200个字") String hardshipNote,
        Long version) {

    /** An empty form for a new member of a branch. */
    static MemberForm newMemberOf(long orgId) {
        return new MemberForm(orgId, null, null, null, "01", null, null, null, "11", PoliticalStatus.FULL.name(),
                null, null, null, null, null, null, null, "1", false, null, false, null, false, null, null);
    }

    /** An empty form for a villager who is not a member. */
    static MemberForm newVillagerOf(long orgId) {
        return new MemberForm(orgId, null, null, null, "01", null, null, null, "11", PoliticalStatus.NONE.name(),
                null, null, null, null, null, null, null, null, false, null, false, null, false, null, null);
    }

    /** Blank strings become nulls and the identity number is normalized, so rules and storage see clean values. */
    MemberForm normalized() {
        return new MemberForm(orgId, partyGroupId, Text.clean(name), Text.clean(gender), Text.clean(ethnicity),
                Text.clean(idNumber) == null ? null : idNumber.strip().toUpperCase(), birthDate,
                Text.clean(education), Text.clean(workPost), Text.clean(politicalStatus), joinedOn, confirmedOn, Text.clean(job),
                Text.clean(phone), Text.clean(landlineArea), Text.clean(landlineNumber), Text.clean(address), Text.clean(membershipStatus),
                isLostContact(), isLostContact() ? lostContactOn : null,
                isMigrant(), isMigrant() ? Text.clean(migrantDestination) : null, isHardship(),
                isHardship() ? Text.clean(hardshipNote) : null, version);
    }

    /** The same record with the register's hardship mark as it stands (the mark follows hardship cases). */
    MemberForm withHardship(boolean mark, String note) {
        return new MemberForm(orgId, partyGroupId, name, gender, ethnicity, idNumber, birthDate, education, workPost,
                politicalStatus, joinedOn, confirmedOn, job, phone, landlineArea, landlineNumber, address,
                membershipStatus, lostContact,
                lostContactOn, migrant, migrantDestination, mark, note, version);
    }

    /** Unticked checkboxes and omitted JSON flags arrive as null: they mean no. */
    boolean isLostContact() {
        return Boolean.TRUE.equals(lostContact);
    }

    boolean isMigrant() {
        return Boolean.TRUE.equals(migrant);
    }

    boolean isHardship() {
        return Boolean.TRUE.equals(hardship);
    }

}
