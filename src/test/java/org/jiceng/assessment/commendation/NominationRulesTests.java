package org.jiceng.assessment.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;

import org.jiceng.organization.PersonBrief;
import org.jiceng.organization.PersonFlag;
import org.jiceng.organization.PersonFlagKind;
import org.jiceng.organization.PoliticalStatus;
import org.jiceng.review.ReviewStage;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.StaleEditException;
import org.junit.jupiter.api.Test;

/** Who may be nominated and what may change once a nomination moves, without a database. */
class NominationRulesTests {

    static final PersonBrief MEMBER = new PersonBrief(1, "王建国", 10, PoliticalStatus.FULL);

    @Test
    void aMemberWithDeedsInATownshipWithRoomMayBeNominated() {
        assertThat(NominationRules.nominate(MEMBER, false, Optional.empty(), 2010, "汉封乡", 2, 1, "带头致富"))
                .isEmpty();
    }

    @Test
    void whoMayNotBeNominatedIsSaidNextToTheField() {
        assertThat(NominationRules.nominate(new PersonBrief(2, "李四", 10, PoliticalStatus.NONE), false,
                Optional.empty(), 2010, "汉封乡", 2, 0, "事迹")).extracting(RuleViolationException.FieldError::message)
                .containsExactly("李四不是党员，不能推荐为优秀共产党员");
        assertThat(NominationRules.nominate(MEMBER, true, Optional.empty(), 2010, "汉封乡", 2, 0, "事迹"))
                .extracting(RuleViolationException.FieldError::message).containsExactly("王建国已在本次评选中被推荐");
        PersonFlag admonished = new PersonFlag(5, 1, PersonFlagKind.ADMONISHMENT, LocalDate.of(2010, 3, 1), null,
                "诫勉", "county", null, 0);
        assertThat(NominationRules.nominate(MEMBER, false, Optional.of(admonished), 2010, "汉封乡", 2, 0, "事迹"))
                .extracting(RuleViolationException.FieldError::message)
                .containsExactly("王建国在2010年有“诫勉谈话”记录（2010-03-01起），不符合推荐条件");
        assertThat(NominationRules.nominate(MEMBER, false, Optional.empty(), 2010, "汉封乡", null, 0, "事迹"))
                .extracting(RuleViolationException.FieldError::message).containsExactly("汉封乡在本次评选中没有名额");
        assertThat(NominationRules.nominate(MEMBER, false, Optional.empty(), 2010, "汉封乡", 2, 2, " "))
                .extracting(RuleViolationException.FieldError::field).containsExactly("personId", "deeds");
        assertThat(NominationRules.nominate(MEMBER, false, Optional.empty(), 2010, "汉封乡", 2, 0, "富".repeat(4001)))
                .extracting(RuleViolationException.FieldError::message).containsExactly("主要事迹不超过4000字");
    }

    @Test
    void deedsAndEvidenceChangeOnlyWhileADraftFromTheVersionSeen() {
        NominationRules.editDeeds(nomination(ReviewStage.DRAFT), 3L, "新的事迹");
        NominationRules.attach(nomination(ReviewStage.DRAFT));
        assertThatThrownBy(() -> NominationRules.editDeeds(nomination(ReviewStage.DRAFT), 2L, "新的事迹"))
                .isInstanceOf(StaleEditException.class);
        assertThatThrownBy(() -> NominationRules.editDeeds(nomination(ReviewStage.SUBMITTED), 3L, "新的事迹"))
                .hasMessage("王建国的推荐已提交，不能修改事迹");
        assertThatThrownBy(() -> NominationRules.editDeeds(nomination(ReviewStage.DRAFT), 3L, ""))
                .hasMessage("请填写主要事迹（不超过4000字）");
        assertThatThrownBy(() -> NominationRules.attach(nomination(ReviewStage.REVIEWED)))
                .hasMessage("推荐已提交，不能再上传佐证材料");
    }

    private static Nomination nomination(ReviewStage stage) {
        return new Nomination(1, 1, 1, "王建国", 10, "程家塬村", 100, "汉封乡", 55, "事迹", stage, null, 3, "hanfeng");
    }
}
