package org.jiceng.incentive.reward;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jiceng.assessment.campaign.CampaignOutcomes.Outcome;
import org.jiceng.organization.PersonFlagKind;
import org.jiceng.review.ReviewStage;
import org.jiceng.shared.Role;
import org.jiceng.shared.RuleViolationException.FieldError;
import org.junit.jupiter.api.Test;

/** The rules of 奖惩 without a database: amounts, rules, single entries, generation from results, totals. */
class RewardTests {

    static final LocalDate TODAY = LocalDate.of(2010, 5, 5);

    @Test
    void amountsAreAboveZeroAndExactToTheFen() {
        assertThat(Money.problem(new BigDecimal("-1"))).contains("金额不能为负数");
        assertThat(Money.problem(BigDecimal.ZERO)).contains("金额须大于0");
        assertThat(Money.problem(new BigDecimal("0.001"))).contains("金额最小单位为分，至多两位小数");
        assertThat(Money.problem(new BigDecimal("12.50"))).isEmpty();
        assertThat(Money.problem(new BigDecimal("12.500"))).as("trailing zeros are still fen").isEmpty();
        assertThat(Money.problem(new BigDecimal("1000000000000"))).contains("金额过大");
        assertThat(Money.format(new BigDecimal("2000"))).isEqualTo("2,000.00");
    }

    @Test
    void aSingleEntryTakesAtMostTheRulesStandardAndNoAmountWhereTheRuleHasNone() {
        RewardRule award = rule(new BigDecimal("500"), null, null, null);
        assertThat(fields(RewardChecks.check(award, form(1L, "500"), TODAY))).isEmpty();
        assertThat(messages(RewardChecks.check(award, form(1L, "500.01"), TODAY)))
                .containsExactly("不能超过规则标准500.00元");
        assertThat(messages(RewardChecks.check(award, form(1L, "-3"), TODAY))).containsExactly("金额不能为负数");
        assertThat(messages(RewardChecks.check(award, form(1L, null), TODAY))).containsExactly("请填写金额");

        RewardRule criticism = rule(null, "通报批评", null, null);
        assertThat(fields(RewardChecks.check(criticism, form(1L, null), TODAY))).isEmpty();
        assertThat(fields(RewardChecks.check(criticism, form(1L, "100"), TODAY))).containsExactly("amount");
    }

    @Test
    void aSingleEntryNeedsItsSubjectAndADecisionDateWithinTheRulesYearAndToday() {
        RewardRule award = rule(new BigDecimal("500"), null, null, null);
        assertThat(fields(RewardChecks.check(award, form(null, "100"), TODAY))).containsExactly("subjectPerson");
        RewardForm tomorrow = new RewardForm(1L, null, 1L, new BigDecimal("100"), null, "事由", TODAY.plusDays(1));
        assertThat(fields(RewardChecks.check(award, tomorrow, TODAY))).containsExactly("recordDate");
        RewardForm lastYear = new RewardForm(1L, null, 1L, new BigDecimal("100"), null, "事由", LocalDate.of(2009, 12, 31));
        assertThat(messages(RewardChecks.check(award, lastYear, TODAY))).containsExactly("决定日期不能早于2010年");
    }

    @Test
    void aResultDrivenSubsidyIsGeneratedNeverTyped() {
        RewardRule subsidy = new RewardRule(1, 1, "范家寨乡", 2010, "“五个好”村党支部补贴", "01", "综合奖", Nature.REWARD,
                Subject.BRANCH, new BigDecimal("2000"), null, "five-good-village", "五个好", null, null, "制度", true, 0);
        RewardForm typed = new RewardForm(1L, 5L, null, new BigDecimal("2000"), null, "事由", TODAY);
        assertThat(messages(RewardChecks.check(subsidy, typed, TODAY))).singleElement().asString().contains("按结果生成");
    }

    @Test
    void aBarLastsItsMonthsFromTheDecision() {
        assertThat(RewardChecks.barUntil(LocalDate.of(2010, 4, 1), 12)).isEqualTo(LocalDate.of(2011, 3, 31));
        assertThat(RewardChecks.barUntil(LocalDate.of(2010, 1, 31), 1)).isEqualTo(LocalDate.of(2010, 2, 27));
    }

    @Test
    void aRuleCarriesAnAmountOrAnEffectAndAResultDrivenOneNamesAGradeOfItsScheme() {
        List<String> grades = List.of("五个好", "达标", "未达标");
        assertThat(fields(RewardRules.check(ruleForm(null, null, null, null, Subject.BRANCH, null, null), true, grades)))
                .containsExactly("amount");
        assertThat(fields(RewardRules.check(ruleForm(new BigDecimal("2000"), null, "five-good-village", "五个好",
                Subject.BRANCH, null, null), true, grades))).isEmpty();
        assertThat(messages(RewardRules.check(ruleForm(new BigDecimal("2000"), null, "five-good-village", "一类",
                Subject.BRANCH, null, null), true, grades))).containsExactly("等次须为：五个好、达标、未达标");
        assertThat(fields(RewardRules.check(ruleForm(new BigDecimal("2000"), null, "five-good-village", null,
                Subject.BRANCH, null, null), true, grades))).containsExactly("grade");
        assertThat(fields(RewardRules.check(ruleForm(new BigDecimal("2000"), null, "five-good-village", "五个好",
                Subject.PERSON, null, null), true, grades))).containsExactly("subject");
        assertThat(fields(RewardRules.check(ruleForm(new BigDecimal("2000"), null, null, null, Subject.BRANCH, null,
                null), false, grades))).containsExactly("kind");
    }

    @Test
    void onlyAPenaltyOfAPersonBarsNominationAndForAStatedTime() {
        RewardRuleForm bar = new RewardRuleForm(2010, "取消评先资格", "12", Nature.PENALTY, Subject.PERSON, null,
                "取消当年评先资格", null, null, PersonFlagKind.COMMENDATION_BARRED, 12, "办法", true, null);
        assertThat(RewardRules.check(bar, true, List.of())).isEmpty();
        RewardRuleForm onBranch = new RewardRuleForm(2010, "取消评先资格", "12", Nature.PENALTY, Subject.BRANCH, null,
                "取消", null, null, PersonFlagKind.COMMENDATION_BARRED, 12, "办法", true, null);
        assertThat(fields(RewardRules.check(onBranch, true, List.of()))).containsExactly("flagKind");
        RewardRuleForm noMonths = new RewardRuleForm(2010, "取消评先资格", "12", Nature.PENALTY, Subject.PERSON, null,
                "取消", null, null, PersonFlagKind.COMMENDATION_BARRED, 0, "办法", true, null);
        assertThat(fields(RewardRules.check(noMonths, true, List.of()))).containsExactly("flagMonths");
    }

    @Test
    void generationTakesFinalResultsOfTheRulesGradeOnceEach() {
        RewardRule rule = new RewardRule(9, 1, "范家寨乡", 2009, "一类村补贴", "01", "综合奖", Nature.REWARD, Subject.BRANCH,
                new BigDecimal("2000"), null, "upgrade-grading", "一类", null, null, "制度", true, 0);
        List<Outcome> results = List.of(outcome(11, "凉泉村", "一类", true), outcome(12, "庙底村", "二类", true),
                outcome(13, "八旗屯村", "一类", false), outcome(14, "西坡村", "一类", true), outcome(15, "沟口村", null, true));
        List<Generation.Line> lines = Generation.lines(rule, results, Set.of(14L));
        assertThat(lines).extracting(Generation.Line::orgName).containsExactly("凉泉村", "八旗屯村", "西坡村");
        assertThat(lines).extracting(Generation.Line::status).containsExactly(Generation.Status.NEW,
                Generation.Status.PENDING, Generation.Status.DONE);
        assertThat(Generation.lines(rule, results, Set.of(11L, 14L))).extracting(Generation.Line::status)
                .doesNotContain(Generation.Status.NEW);
    }

    @Test
    void onlyCountyAndTownshipOfficersGenerate() {
        assertThat(Generation.refusal(Role.COUNTY_OFFICER)).isEmpty();
        assertThat(Generation.refusal(Role.TOWNSHIP_OFFICER)).isEmpty();
        assertThat(Generation.refusal(Role.BRANCH_SECRETARY)).isPresent();
        assertThat(Generation.refusal(Role.MEMBER)).isPresent();
        assertThat(Generation.refusal(Role.SYSTEM_ADMIN)).isPresent();
    }

    @Test
    void totalsCountStandingRecordsPerTownshipAndOverall() {
        List<Reward> rewards = List.of(reward(1, "范家寨乡", Nature.REWARD, "2000", ReviewStage.FINAL, false),
                reward(1, "范家寨乡", Nature.REWARD, "500.50", ReviewStage.SUBMITTED, false),
                reward(1, "范家寨乡", Nature.REWARD, "2000", ReviewStage.FINAL, true),
                reward(2, "南指挥镇", Nature.PENALTY, null, ReviewStage.FINAL, false));
        List<RewardTotals> totals = RewardTotals.of(rewards);
        assertThat(totals).extracting(RewardTotals::township).containsExactly("范家寨乡", "南指挥镇", "合计");
        assertThat(totals.get(0).count()).isEqualTo(2);
        assertThat(totals.get(0).rewards()).isEqualByComparingTo("2500.50");
        assertThat(totals.get(0).finalRewards()).isEqualByComparingTo("2000");
        assertThat(totals.get(1).penalties()).isEqualTo(1);
        assertThat(totals.get(2).count()).isEqualTo(3);
        assertThat(totals.get(2).rewardsText()).isEqualTo("2,500.50");
    }

    // ---- fixtures

    private static RewardRule rule(BigDecimal amount, String effect, String family, String grade) {
        return new RewardRule(1, 1, "范家寨乡", 2010, "单项工作奖", "02", "单项工作奖", Nature.REWARD, Subject.PERSON, amount,
                effect, family, grade, null, null, "《范家寨乡干部管理奖惩制度》", true, 0);
    }

    private static RewardForm form(Long person, String amount) {
        return new RewardForm(1L, null, person, amount == null ? null : new BigDecimal(amount), null, "事由", TODAY);
    }

    private static RewardRuleForm ruleForm(BigDecimal amount, String effect, String family, String grade,
                                           Subject subject, PersonFlagKind flag, Integer months) {
        return new RewardRuleForm(2010, "规则", "01", Nature.REWARD, subject, amount, effect, family, grade, flag, months,
                "办法", true, null);
    }

    private static Outcome outcome(long entry, String village, String grade, boolean settled) {
        return new Outcome(3, "2009年度村党组织升级晋档评定", entry, entry + 100, village, 1, grade, settled);
    }

    private static Reward reward(long township, String name, Nature nature, String amount, ReviewStage stage,
                                 boolean reversed) {
        return new Reward(1, 1, "规则", 2010, "01", "综合奖", nature, Subject.BRANCH, 5, township, name, null, "村",
                amount == null ? null : new BigDecimal(amount), null, "制度", "事由", TODAY, null, null, null, null, 1,
                stage, null, 0, null, reversed ? TODAY.atStartOfDay() : null, reversed ? "county" : null,
                reversed ? "有误" : null, 0, "county", TODAY.atStartOfDay());
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    private static List<String> messages(List<FieldError> errors) {
        return errors.stream().map(FieldError::message).toList();
    }
}
