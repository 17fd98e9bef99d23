package org.jiceng.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

import org.jiceng.configuration.CodeLists;
import org.assertj.core.groups.Tuple;
import org.jiceng.shared.RuleViolationException.FieldError;
import org.junit.jupiter.api.Test;

class OrgUnitRulesTests {

    static final LocalDate TODAY = LocalDate.of(2010, 3, 15);
    static final Map<String, List<String>> LISTS = Map.of(CodeLists.ORG_UNIT_CATEGORY, List.of("51", "52"),
            CodeLists.ORG_UNIT_PARTY_STATUS, List.of("1", "2", "3"), CodeLists.ORG_FORMATION, List.of("1", "2", "3"));
    static final BiPredicate<String, String> CODES = (list, code) -> LISTS.get(list).contains(code);

    static OrgForm form(String partyCode, String unitCode, String category, LocalDate approvedOn) {
        return new OrgForm(null, "BRANCH", null, null, "关村村", 0, null, null, null, partyCode, "关村村民委员会",
                category, unitCode, "3", "1", approvedOn, 0L).normalized();
    }

    static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aCompleteVillageRecordPasses() {
        assertThat(OrgUnitRules.check(form("61032200012", "91330100799655058b", "52", LocalDate.of(1998, 6, 1)),
                CODES, TODAY, LocalDate.of(1956, 1, 1))).isEmpty();
    }

    @Test
    void everythingMayBeLeftEmpty() {
        assertThat(OrgUnitRules.check(form(" ", "", null, null), CODES, TODAY, null)).isEmpty();
    }

    @Test
    void refusesAPartyCodeWithSymbolsOrTooShort() {
        assertThat(fields(OrgUnitRules.check(form("6103-22", null, null, null), CODES, TODAY, null)))
                .containsExactly("partyCode");
        assertThat(fields(OrgUnitRules.check(form("61032", null, null, null), CODES, TODAY, null)))
                .containsExactly("partyCode");
    }

    @Test
    void refusesACreditCodeWithAWrongCheckCharacterAndACodeNotInTheList() {
        assertThat(OrgUnitRules.check(form(null, "91330100799655058C", "99", null), CODES, TODAY, null))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(Tuple.tuple("unitCode", "统一社会信用代码校验位错误（GB 32100），请核对"),
                        Tuple.tuple("unitCategory", "单位类别不在代码表中，请从列表中选择"));
    }

    @Test
    void anApprovalIsNotAfterTodayNorBeforeTheParentWasFounded() {
        assertThat(OrgUnitRules.check(form(null, null, null, TODAY.plusDays(1)), CODES, TODAY, null))
                .extracting(FieldError::message).containsExactly("批准建立日期不能晚于今天");
        assertThat(OrgUnitRules.check(form(null, null, null, LocalDate.of(1955, 12, 31)), CODES, TODAY,
                LocalDate.of(1956, 1, 1))).extracting(FieldError::message)
                .containsExactly("批准建立日期不能早于上级党组织的成立日期（1956-01-01）");
        assertThat(OrgUnitRules.check(form(null, null, null, LocalDate.of(1956, 1, 1)), CODES, TODAY,
                LocalDate.of(1956, 1, 1))).isEmpty();
    }
}
