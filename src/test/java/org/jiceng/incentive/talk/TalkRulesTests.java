package org.jiceng.incentive.talk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.jiceng.shared.RuleViolationException.FieldError;
import org.junit.jupiter.api.Test;

class TalkRulesTests {

    static final LocalDate TODAY = LocalDate.of(2010, 5, 5);

    static TalkForm form(TalkKind kind, LocalDate heldOn, String followUp) {
        return new TalkForm(kind, 1L, heldOn, "镇会议室", "赵国强", "镇党委书记", "刘芳", null, "事由", "内容", null,
                followUp);
    }

    static Talk talk(TalkStatus status) {
        return new Talk(1, TalkKind.ADMONITION, 1, "张三", "南指挥镇 / 槐原村", null, 2, 3L, 3, "中共南指挥镇委员会",
                LocalDate.of(2010, 3, 18), "镇会议室", "赵国强", "镇党委书记", "刘芳", null, "事由", "内容", null, "整改",
                LocalDate.of(2010, 9, 17), 9L, status, null, null, null, null, null, null, "nanzhihui", null, 0);
    }

    @Test
    void influencePeriodRunsTheCountysMonthsFromTheDayOfTheTalkLastDayIncluded() {
        assertThat(TalkRules.effectiveUntil(LocalDate.of(2010, 4, 12), 6)).isEqualTo(LocalDate.of(2010, 10, 11));
        assertThat(TalkRules.effectiveUntil(LocalDate.of(2010, 3, 18), 6)).isEqualTo(LocalDate.of(2010, 9, 17));
        assertThat(TalkRules.effectiveUntil(LocalDate.of(2010, 8, 31), 6)).isEqualTo(LocalDate.of(2011, 2, 27));
        assertThat(TalkRules.effectiveUntil(LocalDate.of(2010, 1, 31), 1)).isEqualTo(LocalDate.of(2010, 2, 27));
        assertThat(TalkRules.effectiveUntil(LocalDate.of(2010, 4, 12), 12)).isEqualTo(LocalDate.of(2011, 4, 11));
    }

    @Test
    void aTalkIsRecordedOnceHeldNeverAhead() {
        assertThat(fields(TalkRules.check(form(TalkKind.REMINDER, TODAY.plusDays(1), null), TODAY))).containsExactly("heldOn");
        assertThat(TalkRules.check(form(TalkKind.REMINDER, TODAY, null), TODAY)).isEmpty();
        assertThat(fields(TalkRules.check(form(TalkKind.REMINDER, LocalDate.of(1999, 12, 31), null), TODAY)))
                .containsExactly("heldOn");
    }

    @Test
    void anAdmonishmentStatesItsFollowUpAReminderNeedNot() {
        assertThat(fields(TalkRules.check(form(TalkKind.ADMONITION, TODAY, " "), TODAY))).containsExactly("followUp");
        assertThat(TalkRules.check(form(TalkKind.ADMONITION, TODAY, "一个月后回访"), TODAY)).isEmpty();
        assertThat(TalkRules.check(form(TalkKind.REMINDER, TODAY, null), TODAY)).isEmpty();
    }

    @Test
    void onlyAnAdmonishmentFlagsItsSubject() {
        assertThat(TalkKind.ADMONITION.flagsSubject()).isTrue();
        assertThat(TalkKind.REMINDER.flagsSubject()).isFalse();
    }

    @Test
    void aHigherOrgHoldsTheTalkNeverTheSubjectsOwnBranch() {
        assertThat(TalkRules.heldAbove(3, 2, true)).isTrue();
        assertThat(TalkRules.heldAbove(2, 2, true)).isFalse();
        assertThat(TalkRules.heldAbove(4, 2, false)).isFalse();
    }

    @Test
    void theFollowUpIsCheckedOnceOnOrAfterTheTalkAndNotInTheFuture() {
        Talk held = talk(TalkStatus.RECORDED);
        assertThat(TalkRules.checkFollowUp(held, LocalDate.of(2010, 4, 20), "已整改", TODAY)).isEmpty();
        assertThat(TalkRules.checkFollowUp(held, held.heldOn(), "已整改", TODAY)).isEmpty();
        assertThat(fields(TalkRules.checkFollowUp(held, LocalDate.of(2010, 3, 17), "已整改", TODAY))).containsExactly("checkedOn");
        assertThat(fields(TalkRules.checkFollowUp(held, TODAY.plusDays(1), "已整改", TODAY))).containsExactly("checkedOn");
        assertThat(fields(TalkRules.checkFollowUp(held, null, "", TODAY))).containsExactly("checkedOn", "result");
        assertThat(TalkRules.checkFollowUp(talk(TalkStatus.CHECKED), TODAY, "再次", TODAY)).extracting(FieldError::message)
                .containsExactly("该谈话记录已回访，不能再登记回访");
        assertThat(TalkRules.checkFollowUp(talk(TalkStatus.WITHDRAWN), TODAY, "x", TODAY)).hasSize(1);
    }

    @Test
    void aTalkIsWithdrawnOnceWithAReason() {
        assertThat(TalkRules.withdraw(talk(TalkStatus.RECORDED), "误登")).isEmpty();
        assertThat(TalkRules.withdraw(talk(TalkStatus.CHECKED), "误登")).isEmpty();
        assertThat(TalkRules.withdraw(talk(TalkStatus.RECORDED), " ")).extracting(FieldError::message)
                .containsExactly("请写明撤销原因");
        assertThat(TalkRules.withdraw(talk(TalkStatus.WITHDRAWN), "误登")).extracting(FieldError::message)
                .containsExactly("该谈话记录已撤销");
    }

    @Test
    void aWithdrawnTalkIsInForceOnNoDay() {
        assertThat(talk(TalkStatus.RECORDED).inForceOn(LocalDate.of(2010, 9, 17))).isTrue();
        assertThat(talk(TalkStatus.RECORDED).inForceOn(LocalDate.of(2010, 9, 18))).isFalse();
        assertThat(talk(TalkStatus.RECORDED).inForceOn(LocalDate.of(2010, 3, 17))).isFalse();
        assertThat(talk(TalkStatus.WITHDRAWN).inForceOn(LocalDate.of(2010, 4, 1))).isFalse();
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }
}
