package org.jiceng.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiceng.organization.PostFixtures.TODAY;
import static org.jiceng.organization.PostFixtures.cadre;
import static org.jiceng.organization.PostFixtures.person;

import java.time.LocalDate;
import java.util.List;

import org.jiceng.shared.RuleViolationException.FieldError;
import org.junit.jupiter.api.Test;

class CadreRulesTests {

    private static final LocalDate START = LocalDate.of(2021, 1, 15);

    private final Person member = person(1, "李建国", PoliticalStatus.FULL);
    private final Person villager = person(2, "王村民", PoliticalStatus.NONE);

    @Test
    void concurrentHeadIsAFullMemberHoldingSecretaryOrChairPost() {
        assertThat(check(new CadreForm(1L, "01", START, null, true, true, null), member)).isEmpty();
        assertThat(check(new CadreForm(1L, "03", START, null, true, true, null), member)).isEmpty();
        assertThat(check(new CadreForm(1L, "07", START, null, true, true, null), member)).singleElement()
                .satisfies(e -> {
                    assertThat(e.field()).isEqualTo("concurrentHead");
                    assertThat(e.message()).contains("村党组织书记或村委会主任");
                });
        assertThat(check(new CadreForm(2L, "03", START, null, true, true, null), villager)).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("须为正式党员"));
    }

    @Test
    void villagersMayServeOnTheVillagersCommitteeButNotAsPartySecretary() {
        assertThat(check(new CadreForm(2L, "05", START, null, false, false, null), villager)).isEmpty();
        assertThat(fields(check(new CadreForm(2L, "01", START, null, false, true, null), villager)))
                .containsExactly("personId");
    }

    @Test
    void onlyPeopleOfTheVillageAndNoDoubleEntry() {
        var form = new CadreForm(1L, "05", START, null, false, true, null);

        assertThat(CadreRules.check(form, member, false, true, false, TODAY)).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("本村"));
        assertThat(CadreRules.check(form, member, true, true, true, TODAY)).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("不能重复登记"));
    }

    @Test
    void termStartsNotInTheFutureAndEndsNotBeforeItStarts() {
        assertThat(fields(check(new CadreForm(1L, "05", TODAY.plusDays(1), null, false, true, null), member)))
                .containsExactly("termStart");
        assertThat(fields(check(new CadreForm(1L, "05", START, START.minusDays(1), false, true, null), member)))
                .containsExactly("termEnd");
        assertThat(check(new CadreForm(1L, "05", START, START.plusYears(5), false, true, null), member))
                .as("a planned end of term may lie in the future").isEmpty();
    }

    @Test
    void aTermIsHistoryFromItsEndDate() {
        assertThat(CadreRules.isCurrent(null, TODAY)).isTrue();
        assertThat(CadreRules.isCurrent(TODAY.plusDays(1), TODAY)).isTrue();
        assertThat(CadreRules.isCurrent(TODAY, TODAY)).isFalse();
    }

    @Test
    void endingATermChecksTheDateAndThatItIsStillRunning() {
        VillageCadre running = cadre("03", START, TODAY.plusYears(2));

        assertThat(CadreRules.checkEnd(running, TODAY, TODAY)).isEmpty();
        assertThat(fields(CadreRules.checkEnd(running, TODAY.plusDays(1), TODAY))).containsExactly("endedOn");
        assertThat(fields(CadreRules.checkEnd(running, START.minusDays(1), TODAY))).containsExactly("endedOn");
        assertThat(CadreRules.checkEnd(cadre("03", START, TODAY.minusDays(3)), TODAY, TODAY)).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("已于"));
    }

    @Test
    void reserveCadresAreOfTheVillageOnceAndNotListedInTheFuture() {
        var form = new ReserveForm(2L, TODAY, "村委会委员", null, null);

        assertThat(CadreRules.checkReserve(form, villager, true, false, TODAY)).isEmpty();
        assertThat(fields(CadreRules.checkReserve(form, villager, false, false, TODAY))).containsExactly("personId");
        assertThat(fields(CadreRules.checkReserve(form, villager, true, true, TODAY))).containsExactly("personId");
        assertThat(fields(CadreRules.checkReserve(new ReserveForm(2L, TODAY.plusDays(1), null, null, null), villager,
                true, false, TODAY))).containsExactly("since");
    }

    private static List<FieldError> check(CadreForm form, Person person) {
        return CadreRules.check(form, person, true, true, false, TODAY);
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }
}
