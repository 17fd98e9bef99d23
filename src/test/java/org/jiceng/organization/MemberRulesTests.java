package org.jiceng.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.jiceng.shared.IdCardNumber;
import org.jiceng.shared.RuleViolationException.FieldError;
import org.junit.jupiter.api.Test;

class MemberRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final LocalDate BIRTH = LocalDate.of(1970, 5, 1);
    static final String ID = IdCardNumber.compose("610322", BIRTH, 21);

    static MemberForm fullMember() {
        return new MemberForm(1L, null, "王建国", "1", "01", ID, BIRTH, "7", "11", "FULL",
                LocalDate.of(1995, 7, 1), LocalDate.of(1996, 7, 1), "农业生产", "13800000000", null, null, "凤翔县", "1",
                false, null, false, null, false, null, 0L);
    }

    static List<FieldError> check(MemberForm form) {
        return MemberRules.check(form.normalized(), (list, code) -> !"bad".equals(code), TODAY);
    }

    static MemberForm with(MemberForm f, String politicalStatus, String idNumber, LocalDate joinedOn,
                           LocalDate confirmedOn) {
        return new MemberForm(f.orgId(), f.partyGroupId(), f.name(), f.gender(), f.ethnicity(), idNumber,
                f.birthDate(), f.education(), f.workPost(), politicalStatus, joinedOn, confirmedOn, f.job(),
                f.phone(), f.landlineArea(), f.landlineNumber(), f.address(), f.membershipStatus(), f.lostContact(), f.lostContactOn(), f.migrant(),
                f.migrantDestination(), f.hardship(), f.hardshipNote(), f.version());
    }

    @Test
    void acceptsAConsistentFullMember() {
        assertThat(check(fullMember())).isEmpty();
    }

    @Test
    void refusesJoiningAfterConfirmation() {
        var form = with(fullMember(), "FULL", ID, LocalDate.of(1997, 7, 1), LocalDate.of(1996, 7, 1));
        assertThat(check(form)).containsExactly(new FieldError("confirmedOn", "入党日期不能晚于转正日期"));
    }

    @Test
    void refusesJoiningBeforeEighteen() {
        var form = with(fullMember(), "FULL", ID, LocalDate.of(1987, 7, 1), LocalDate.of(1988, 7, 1));
        assertThat(check(form)).containsExactly(new FieldError("joinedOn", "入党时应年满十八岁"));
    }

    @Test
    void requiresAConfirmationDateOfFullMembersAndNoneOfProbationaryOnes() {
        assertThat(check(with(fullMember(), "FULL", ID, LocalDate.of(1995, 7, 1), null)))
                .extracting(FieldError::field).containsExactly("confirmedOn");
        assertThat(check(with(fullMember(), "PROBATIONARY", ID, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 1))))
                .containsExactly(new FieldError("confirmedOn", "预备党员不应填写转正日期"));
    }

    @Test
    void refusesDatesInTheFuture() {
        var form = with(fullMember(), "PROBATIONARY", ID, TODAY.plusDays(1), null);
        assertThat(check(form)).containsExactly(new FieldError("joinedOn", "入党日期不能晚于今天"));
    }

    @Test
    void requiresAValidIdentityNumberOfMembersButNotOfVillagers() {
        assertThat(check(with(fullMember(), "FULL", null, LocalDate.of(1995, 7, 1), LocalDate.of(1996, 7, 1))))
                .containsExactly(new FieldError("idNumber", "党员须填写公民身份证号"));
        assertThat(check(with(fullMember(), "NONE", null, null, null))).isEmpty();
        String wrongCheck = ID.substring(0, 17) + (ID.charAt(17) == '1' ? '2' : '1');
        assertThat(check(with(fullMember(), "FULL", wrongCheck, LocalDate.of(1995, 7, 1), LocalDate.of(1996, 7, 1))))
                .extracting(FieldError::field).containsExactly("idNumber");
    }

    @Test
    void refusesAnIdentityNumberThatDisagreesWithBirthDateOrGender() {
        String womanBornElsewhen = IdCardNumber.compose("610322", LocalDate.of(1971, 5, 1), 22);
        assertThat(check(with(fullMember(), "FULL", womanBornElsewhen, LocalDate.of(1995, 7, 1), LocalDate.of(1996, 7, 1))))
                .extracting(FieldError::field).containsExactlyInAnyOrder("birthDate", "gender");
    }

    @Test
    void refusesMembershipDatesOnAVillager() {
        assertThat(check(with(fullMember(), "NONE", ID, LocalDate.of(1995, 7, 1), null)))
                .containsExactly(new FieldError("joinedOn", "群众不应填写入党日期"));
    }

    @Test
    void refusesCodesThatAreNotInTheCodeLists() {
        var f = fullMember();
        var form = new MemberForm(f.orgId(), null, f.name(), f.gender(), "bad", f.idNumber(), f.birthDate(), "bad",
                "bad", "FULL", f.joinedOn(), f.confirmedOn(), null, null, null, null, null, "1", false, null, false,
                null, false, null, 0L);
        assertThat(check(form)).extracting(FieldError::field)
                .containsExactlyInAnyOrder("ethnicity", "education", "workPost");
    }

    @Test
    void requiresTheDateOfLostContactAndTheDestinationOfMigrants() {
        var f = fullMember();
        var form = new MemberForm(f.orgId(), null, f.name(), f.gender(), f.ethnicity(), f.idNumber(), f.birthDate(),
                null, null, "FULL", f.joinedOn(), f.confirmedOn(), null, null, null, null, null, "1", true, null, true,
                " ", false, null, 0L);
        assertThat(check(form)).extracting(FieldError::field)
                .containsExactlyInAnyOrder("lostContactOn", "migrantDestination");
    }

    @Test
    void refusesConfirmationBeforeTheProbationYearEnds() {
        var form = with(fullMember(), "FULL", ID, LocalDate.of(1995, 7, 1), LocalDate.of(1996, 6, 30));
        assertThat(check(form)).containsExactly(
                new FieldError("confirmedOn", "转正日期不能早于预备期满（入党一年后，即 1996-07-01）"));
    }

    @Test
    void refusesALandlineWithoutItsAreaCode() {
        var f = fullMember();
        var noArea = new MemberForm(f.orgId(), null, f.name(), f.gender(), f.ethnicity(), f.idNumber(),
                f.birthDate(), f.education(), f.workPost(), "FULL", f.joinedOn(), f.confirmedOn(), null,
                "13800000000", null, "8123456", null, "1", false, null, false, null, false, null, 0L);
        assertThat(check(noArea)).containsExactly(new FieldError("landlineArea", "固定电话请填写区号"));
        var both = new MemberForm(f.orgId(), null, f.name(), f.gender(), f.ethnicity(), f.idNumber(),
                f.birthDate(), f.education(), f.workPost(), "FULL", f.joinedOn(), f.confirmedOn(), null,
                "13800000000", "0917", "8123456", null, "1", false, null, false, null, false, null, 0L);
        assertThat(check(both)).as("a member may have a mobile and a landline").isEmpty();
    }
}
