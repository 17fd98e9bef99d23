package org.jiceng.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiceng.organization.PostFixtures.TODAY;
import static org.jiceng.organization.PostFixtures.person;
import static org.jiceng.organization.PostFixtures.post;
import static org.jiceng.organization.PostFixtures.secretary;

import java.time.LocalDate;
import java.util.List;

import org.jiceng.shared.RuleViolationException.FieldError;
import org.junit.jupiter.api.Test;

class CommitteeRulesTests {

    private static final LocalDate SITTING_SINCE = LocalDate.of(2021, 1, 15);

    private final Person full = person(1, "李建国", PoliticalStatus.FULL);
    private final List<CommitteePost> committee = List.of(secretary(2, "张书记", SITTING_SINCE),
            post(3, 3, "王组织", "03", "组织委员", SITTING_SINCE));

    @Test
    void appointingASecretaryEndsTheSittingSecretaryTheDayBefore() {
        var form = new AppointmentForm(1L, CommitteeRules.SECRETARY, LocalDate.of(2026, 3, 1));

        assertThat(CommitteeRules.checkAppointment(form, full, true, true, committee, TODAY)).isEmpty();
        assertThat(CommitteeRules.sittingSecretary(form, committee)).map(CommitteePost::personName).contains("张书记");
        assertThat(CommitteeRules.predecessorEnds(form.startedOn())).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void otherPostsLeaveTheSecretaryInPost() {
        var form = new AppointmentForm(1L, "04", LocalDate.of(2026, 3, 1));

        assertThat(CommitteeRules.sittingSecretary(form, committee)).isEmpty();
    }

    @Test
    void refusesANewSecretaryStartingNoLaterThanTheSittingOne() {
        var form = new AppointmentForm(1L, CommitteeRules.SECRETARY, SITTING_SINCE);

        assertThat(fields(CommitteeRules.checkAppointment(form, full, true, true, committee, TODAY)))
                .containsExactly("startedOn");
    }

    @Test
    void refusesASecondCurrentPostForThePerson() {
        Person organizer = person(3, "王组织", PoliticalStatus.FULL);
        var form = new AppointmentForm(3L, "04", LocalDate.of(2026, 3, 1));

        var errors = CommitteeRules.checkAppointment(form, organizer, true, true, committee, TODAY);

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("personId");
            assertThat(e.message()).contains("现任本支部组织委员");
        });
    }

    @Test
    void onlyFullMembersOfTheBranchSitOnTheCommittee() {
        var form = new AppointmentForm(1L, "04", LocalDate.of(2026, 3, 1));

        assertThat(fields(CommitteeRules.checkAppointment(form, full, false, true, committee, TODAY)))
                .containsExactly("personId");
        assertThat(fields(CommitteeRules.checkAppointment(form, person(5, "村民", PoliticalStatus.NONE), true, true,
                committee, TODAY))).containsExactly("personId");
        assertThat(CommitteeRules.checkAppointment(form, person(6, "预备", PoliticalStatus.PROBATIONARY), true, true,
                committee, TODAY)).singleElement().satisfies(e -> assertThat(e.message()).contains("预备党员"));
    }

    @Test
    void refusesFutureStartAndUnknownPost() {
        var form = new AppointmentForm(1L, "99", TODAY.plusDays(1));

        assertThat(fields(CommitteeRules.checkAppointment(form, full, true, false, committee, TODAY)))
                .containsExactlyInAnyOrder("post", "startedOn");
    }

    @Test
    void endingAPostRefusesFutureDatesAndDatesBeforeTheStart() {
        CommitteePost sitting = committee.get(0);

        assertThat(CommitteeRules.checkEnd(sitting, TODAY, TODAY)).isEmpty();
        assertThat(CommitteeRules.checkEnd(sitting, SITTING_SINCE, TODAY)).isEmpty();
        assertThat(CommitteeRules.checkEnd(sitting, TODAY.plusDays(1), TODAY)).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("不能晚于今天"));
        assertThat(CommitteeRules.checkEnd(sitting, SITTING_SINCE.minusDays(1), TODAY)).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("不能早于开始日期"));
    }

    @Test
    void anEndedPostCannotEndAgain() {
        CommitteePost ended = new CommitteePost(9, 10, 9, "老书记", "01", "书记", SITTING_SINCE,
                LocalDate.of(2024, 1, 1), 1);

        assertThat(CommitteeRules.checkEnd(ended, TODAY, TODAY)).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("已于 2024-01-01 终止"));
    }

    @Test
    void smallBranchWithMoreThanASecretaryGetsAHint() {
        var secretaryOnly = List.of(secretary(2, "张书记", SITTING_SINCE));
        var withDeputy = List.of(secretary(2, "张书记", SITTING_SINCE), post(4, 4, "副", "02", "副书记", SITTING_SINCE));

        assertThat(CommitteeRules.sizingHint(6, secretaryOnly)).isEmpty();
        assertThat(CommitteeRules.sizingHint(6, withDeputy)).isEmpty();
        assertThat(CommitteeRules.sizingHint(6, committee)).hasValueSatisfying(hint ->
                assertThat(hint).contains("不足7人").contains("现有6人"));
    }

    @Test
    void largerBranchesAreHintedTowardsACommitteeOfThreeToSeven() {
        var three = List.of(secretary(2, "张", SITTING_SINCE), post(3, 3, "王", "03", "组织委员", SITTING_SINCE),
                post(4, 4, "赵", "04", "宣传委员", SITTING_SINCE));

        assertThat(CommitteeRules.sizingHint(7, three)).isEmpty();
        assertThat(CommitteeRules.sizingHint(30, committee)).hasValueSatisfying(h -> assertThat(h).contains("3至5人"));
        var eight = java.util.stream.LongStream.rangeClosed(1, 8)
                .mapToObj(i -> post(i, i, "委员" + i, "07", "委员", SITTING_SINCE)).toList();
        assertThat(CommitteeRules.sizingHint(60, eight)).hasValueSatisfying(h -> assertThat(h).contains("不超过7人"));
    }

    @Test
    void aCommitteeIsCompleteWithASecretaryAndTheSizeTheBranchNeeds() {
        assertThat(CommitteeRules.complete(5, 1, true)).as("small branch: a secretary is enough").isTrue();
        assertThat(CommitteeRules.complete(5, 0, false)).as("no secretary").isFalse();
        assertThat(CommitteeRules.complete(30, 3, true)).isTrue();
        assertThat(CommitteeRules.complete(30, 2, true)).as("7+ full members need 3 to 7").isFalse();
        assertThat(CommitteeRules.complete(30, 8, true)).isFalse();
        assertThat(CommitteeRules.complete(30, 5, false)).isFalse();
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }
}
