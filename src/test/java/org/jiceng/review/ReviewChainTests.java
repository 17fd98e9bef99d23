package org.jiceng.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.jiceng.shared.Role;
import org.junit.jupiter.api.Test;

class ReviewChainTests {

    private static final LocalDate TODAY = LocalDate.of(2010, 12, 10);

    private static String refused(ReviewAction action, ReviewStage stage, Role role, String reason) {
        return ReviewChain.refusal(action, stage, role, reason, null, 0, TODAY).orElse(null);
    }

    @Test
    void aBranchSubmitsItsDraftButCannotReviewIt() {
        assertThat(refused(ReviewAction.SUBMIT, ReviewStage.DRAFT, Role.BRANCH_SECRETARY, null)).isNull();
        assertThat(ReviewAction.SUBMIT.target(ReviewStage.DRAFT)).isEqualTo(ReviewStage.SUBMITTED);
        assertThat(refused(ReviewAction.REVIEW, ReviewStage.SUBMITTED, Role.BRANCH_SECRETARY, null))
                .isEqualTo("村党组织书记不能乡镇审核通过");
        assertThat(refused(ReviewAction.SUBMIT, ReviewStage.SUBMITTED, Role.BRANCH_SECRETARY, null))
                .isEqualTo("当前环节为“待乡镇审核”，不能提交");
    }

    @Test
    void membersAndAdministratorsTakeNoStep() {
        for (ReviewAction action : ReviewAction.values()) {
            assertThat(refused(action, ReviewStage.DRAFT, Role.MEMBER, "x")).startsWith("党员不能");
            assertThat(refused(action, ReviewStage.DRAFT, Role.SYSTEM_ADMIN, "x")).startsWith("系统管理员不能");
        }
    }

    @Test
    void aReturnNeedsAReasonAndGoesOneDeskBack() {
        assertThat(refused(ReviewAction.RETURN, ReviewStage.SUBMITTED, Role.TOWNSHIP_OFFICER, " "))
                .isEqualTo("退回须写明原因");
        assertThat(refused(ReviewAction.RETURN, ReviewStage.SUBMITTED, Role.TOWNSHIP_OFFICER, "照片不清")).isNull();
        assertThat(ReviewAction.RETURN.target(ReviewStage.SUBMITTED)).isEqualTo(ReviewStage.DRAFT);
        assertThat(ReviewAction.RETURN.target(ReviewStage.REVIEWED)).isEqualTo(ReviewStage.SUBMITTED);
        assertThat(ReviewAction.RETURN.target(ReviewStage.APPROVED)).isEqualTo(ReviewStage.SUBMITTED);
    }

    @Test
    void aTownshipCannotReturnWhatTheCountyHolds() {
        assertThat(refused(ReviewAction.RETURN, ReviewStage.REVIEWED, Role.TOWNSHIP_OFFICER, "改"))
                .isEqualTo("已报县级审定，乡镇不能退回");
        assertThat(refused(ReviewAction.RETURN, ReviewStage.REVIEWED, Role.COUNTY_OFFICER, "改")).isNull();
        assertThat(refused(ReviewAction.APPROVE, ReviewStage.REVIEWED, Role.TOWNSHIP_OFFICER, null))
                .isEqualTo("乡镇组织委员不能县级审定");
        assertThat(refused(ReviewAction.RETURN, ReviewStage.PUBLICIZING, Role.COUNTY_OFFICER, "改"))
                .isEqualTo("当前环节为“公示中”，不能退回");
    }

    @Test
    void resultsBecomeFinalOnlyAfterThePublicityWithNoOpenObjection() {
        LocalDate until = ReviewChain.publicityUntil(LocalDate.of(2010, 12, 1), 7);
        assertThat(until).isEqualTo(LocalDate.of(2010, 12, 7));
        assertThat(ReviewChain.refusal(ReviewAction.FINALIZE, ReviewStage.PUBLICIZING, Role.COUNTY_OFFICER, null,
                until, 0, LocalDate.of(2010, 12, 7))).contains("公示期至2010-12-07，期满后才能确定结果");
        assertThat(ReviewChain.refusal(ReviewAction.FINALIZE, ReviewStage.PUBLICIZING, Role.COUNTY_OFFICER, null,
                until, 1, LocalDate.of(2010, 12, 8))).contains("有1件异议尚未处理");
        assertThat(ReviewChain.refusal(ReviewAction.FINALIZE, ReviewStage.PUBLICIZING, Role.COUNTY_OFFICER, null,
                until, 0, LocalDate.of(2010, 12, 8))).isEmpty();
    }

    @Test
    void objectionsAreTakenOnlyDuringThePublicity() {
        LocalDate from = LocalDate.of(2010, 12, 1);
        LocalDate until = LocalDate.of(2010, 12, 7);
        assertThat(ReviewChain.objectionsOpen(ReviewStage.PUBLICIZING, from, until, from)).isTrue();
        assertThat(ReviewChain.objectionsOpen(ReviewStage.PUBLICIZING, from, until, until)).isTrue();
        assertThat(ReviewChain.objectionsOpen(ReviewStage.PUBLICIZING, from, until, until.plusDays(1))).isFalse();
        assertThat(ReviewChain.objectionsOpen(ReviewStage.FINAL, from, until, from)).isFalse();
    }

    @Test
    void aTownshipThatRunsItsOwnProcessTakesTheCountysStepsInItButNotInTheCountys() {
        java.time.LocalDate today = java.time.LocalDate.of(2010, 1, 12);
        org.assertj.core.api.Assertions.assertThat(ReviewChain.refusal(ReviewAction.APPROVE, ReviewStage.REVIEWED,
                Role.TOWNSHIP_OFFICER, true, null, null, 0, today)).isEmpty();
        org.assertj.core.api.Assertions.assertThat(ReviewChain.refusal(ReviewAction.FINALIZE, ReviewStage.PUBLICIZING,
                Role.TOWNSHIP_OFFICER, true, null, today.minusDays(1), 0, today)).isEmpty();
        org.assertj.core.api.Assertions.assertThat(ReviewChain.refusal(ReviewAction.APPROVE, ReviewStage.REVIEWED,
                Role.TOWNSHIP_OFFICER, false, null, null, 0, today)).contains("乡镇组织委员不能县级审定");
        org.assertj.core.api.Assertions.assertThat(ReviewChain.refusal(ReviewAction.APPROVE, ReviewStage.REVIEWED,
                Role.BRANCH_SECRETARY, true, null, null, 0, today)).isPresent();
    }
}
