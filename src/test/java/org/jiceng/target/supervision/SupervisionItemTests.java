package org.jiceng.target.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class SupervisionItemTests {

    static final LocalDate REGISTERED = LocalDate.of(2010, 4, 1);
    static final LocalDate DEADLINE = LocalDate.of(2010, 4, 30);

    static SupervisionItem item(SupervisionStatus status) {
        return new SupervisionItem(1, 10, "中共南指挥镇委员会", 2010, "督办〔2010〕1号", "街道硬化", null, "四月底前完成",
                20, "南指挥镇 / 槐原村", 10L, List.of(), REGISTERED, DEADLINE, DEADLINE, status, null, null, null, null,
                null, null, null, "nanzhihui", null, 0);
    }

    @Test
    void anItemRunsFromRegistrationToClosedOnTime() {
        SupervisionItem assigned = item(SupervisionStatus.REGISTERED).assign(Party.REGISTRAR);
        assertThat(assigned.status()).isEqualTo(SupervisionStatus.ASSIGNED);
        assigned.remind(Party.REGISTRAR, "请抓紧办理");
        SupervisionItem reported = assigned.report(Party.LEAD, "已硬化街道2条", LocalDate.of(2010, 4, 28));
        assertThat(reported.status()).isEqualTo(SupervisionStatus.REPORTED);
        SupervisionItem closed = reported.accept(Party.REGISTRAR, LocalDate.of(2010, 5, 2));
        assertThat(closed.status()).isEqualTo(SupervisionStatus.CLOSED);
        assertThat(closed.closedOn()).isEqualTo(LocalDate.of(2010, 5, 2));
        assertThat(closed.closedOnTime()).isTrue();
        assertThat(closed.overdueOn(LocalDate.of(2010, 6, 1))).isFalse();
    }

    @Test
    void aReportAfterTheDeadlineClosesLate() {
        SupervisionItem closed = item(SupervisionStatus.ASSIGNED).report(Party.LEAD, "已完成", LocalDate.of(2010, 5, 3))
                .accept(Party.REGISTRAR, LocalDate.of(2010, 5, 4));
        assertThat(closed.closedOnTime()).isFalse();
    }

    @Test
    void closingWithoutAReportIsRefused() {
        assertThatThrownBy(() -> item(SupervisionStatus.ASSIGNED).accept(Party.REGISTRAR, LocalDate.of(2010, 5, 1)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("尚未反馈");
    }

    @Test
    void aReturnNeedsAReasonAndSendsTheItemBackToTheLead() {
        SupervisionItem reported = item(SupervisionStatus.ASSIGNED).report(Party.LEAD, "已完成", LocalDate.of(2010, 4, 20));
        assertThatThrownBy(() -> reported.returnToLead(Party.REGISTRAR, " ")).hasMessageContaining("原因");
        SupervisionItem returned = reported.returnToLead(Party.REGISTRAR, "缺少照片");
        assertThat(returned.status()).isEqualTo(SupervisionStatus.RETURNED);
        assertThat(returned.returnedReason()).isEqualTo("缺少照片");
        assertThat(returned.report(Party.LEAD, "补充照片", LocalDate.of(2010, 4, 25)).status())
                .isEqualTo(SupervisionStatus.REPORTED);
    }

    @Test
    void onlyTheRegisteringOrgReviewsAndOnlyTheLeadReports() {
        SupervisionItem assigned = item(SupervisionStatus.ASSIGNED);
        assertThatThrownBy(() -> assigned.report(Party.REGISTRAR, "代为反馈", REGISTERED)).hasMessageContaining("承办单位");
        SupervisionItem reported = assigned.report(Party.LEAD, "已完成", REGISTERED);
        assertThatThrownBy(() -> reported.accept(Party.LEAD, REGISTERED)).hasMessageContaining("立项单位");
        assertThatThrownBy(() -> reported.accept(Party.READER, REGISTERED)).hasMessageContaining("立项单位");
    }

    @Test
    void anExtensionIsAskedBeforeTheDeadlineAndMovesItWhenGranted() {
        SupervisionItem assigned = item(SupervisionStatus.ASSIGNED);
        var late = org.assertj.core.api.Assertions.catchThrowableOfType(RuleViolationException.class,
                () -> assigned.requestExtension(Party.LEAD, LocalDate.of(2010, 5, 20), "雨天", LocalDate.of(2010, 5, 1)));
        assertThat(late.fieldErrors()).extracting(RuleViolationException.FieldError::field).containsExactly("extendTo");
        assertThat(late.getMessage()).contains("时限届满前");
        assertThatThrownBy(() -> assigned.requestExtension(Party.LEAD, DEADLINE, "雨天", DEADLINE))
                .hasMessageContaining("须晚于");
        SupervisionItem asked = assigned.requestExtension(Party.LEAD, LocalDate.of(2010, 5, 20), "连续降雨", DEADLINE);
        assertThat(asked.extensionPending()).isTrue();
        assertThatThrownBy(() -> asked.requestExtension(Party.LEAD, LocalDate.of(2010, 5, 25), "再延", DEADLINE))
                .hasMessageContaining("待审批");
        SupervisionItem granted = asked.grantExtension(Party.REGISTRAR);
        assertThat(granted.deadline()).isEqualTo(LocalDate.of(2010, 5, 20));
        assertThat(granted.firstDue()).isEqualTo(DEADLINE);
        assertThat(granted.extensionPending()).isFalse();
        assertThat(granted.overdueOn(LocalDate.of(2010, 5, 5))).isFalse();
        SupervisionItem refused = asked.refuseExtension(Party.REGISTRAR, "时间充足");
        assertThat(refused.deadline()).isEqualTo(DEADLINE);
        assertThat(refused.extensionPending()).isFalse();
    }

    @Test
    void strikingOffNeedsAReasonAndEndsTheItem() {
        assertThatThrownBy(() -> item(SupervisionStatus.ASSIGNED).strike(Party.REGISTRAR, null))
                .hasMessageContaining("原因");
        SupervisionItem struck = item(SupervisionStatus.ASSIGNED).strike(Party.REGISTRAR, "任务已调整");
        assertThat(struck.status()).isEqualTo(SupervisionStatus.STRUCK);
        assertThat(struck.overdueOn(LocalDate.of(2010, 6, 1))).isFalse();
        assertThatThrownBy(() -> struck.strike(Party.REGISTRAR, "再撤")).hasMessageContaining("已撤销");
    }

    @Test
    void overdueMeansDeadlinePassedAndNotClosed() {
        assertThat(item(SupervisionStatus.ASSIGNED).overdueOn(DEADLINE)).isFalse();
        assertThat(item(SupervisionStatus.ASSIGNED).overdueOn(DEADLINE.plusDays(1))).isTrue();
        assertThat(item(SupervisionStatus.REPORTED).overdueOn(DEADLINE.plusDays(1))).isTrue();
    }

    @Test
    void aDeadlineBeforeTheRegistrationDateIsRefusedOnTheDeadline() {
        List<RuleViolationException.FieldError> errors = new ArrayList<>();
        SupervisionItem.checkDates(REGISTERED, REGISTERED.minusDays(1), REGISTERED, errors);
        assertThat(errors).extracting(RuleViolationException.FieldError::field).containsExactly("deadline");
    }

    @Test
    void numbersAreWrittenTheOfficialWay() {
        assertThat(SupervisionNumbers.normalise(" 督办[2010] 3号")).isEqualTo("督办〔2010〕3号");
        assertThat(SupervisionNumbers.serialOf("督办〔2010〕3号", 2010)).isEqualTo(3);
        assertThat(SupervisionNumbers.serialOf("南督〔2010〕3号", 2010)).isNull();
        assertThat(SupervisionNumbers.generated(2010, 4)).isEqualTo("督办〔2010〕4号");
    }
}
