package org.jiceng.incentive.pay.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.jiceng.incentive.pay.account.PayMethod;
import org.junit.jupiter.api.Test;

/** What a payment against a pay line must be; each refusal names its field. */
class PaymentRulesTests {

    static final LocalDate TODAY = LocalDate.of(2010, 5, 5);
    static final PayRun JANUARY = new PayRun(1, 9, "范家寨乡", RunKind.MONTHLY, 2010, 1, 1, LocalDate.of(2010, 2, 10),
            "fanjiazhai", LocalDateTime.of(2010, 2, 1, 9, 0), 0);
    static final PayLine OPEN = PayFixtures.line(new BigDecimal("400.00"), new BigDecimal("100.00"), null,
            LineStatus.PENDING, null);

    @Test
    void aPersonTheRunPaysNothingHoldsNoPaidPostAndIsRefused() {
        PayLine excluded = PayFixtures.line(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), null,
                LineStatus.EXCLUDED, "超出报酬职数（户籍人口900人，限3人）");
        assertThat(PaymentRules.check(excluded, JANUARY, form("400", LocalDate.of(2010, 2, 5)), TODAY))
                .singleElement().satisfies(e -> {
                    assertThat(e.field()).isEqualTo("personId");
                    assertThat(e.message()).contains("不在领取报酬的职数内");
                });
    }

    @Test
    void negativeSubFenAndOverpaidAmountsAreRefused() {
        assertThat(PaymentRules.check(OPEN, JANUARY, form("-1", LocalDate.of(2010, 2, 5)), TODAY))
                .extracting(e -> e.message()).containsExactly("实发金额须大于0");
        assertThat(PaymentRules.check(OPEN, JANUARY, form("10.005", LocalDate.of(2010, 2, 5)), TODAY))
                .extracting(e -> e.message()).containsExactly("实发金额只能精确到分（最多两位小数）");
        assertThat(PaymentRules.check(OPEN, JANUARY, form("300.01", LocalDate.of(2010, 2, 5)), TODAY))
                .extracting(e -> e.message()).containsExactly("超过应发未发金额300.00元（应发400.00元，已发100.00元）");
        assertThat(PaymentRules.check(OPEN, JANUARY, form("300.00", LocalDate.of(2010, 2, 5)), TODAY)).isEmpty();
    }

    @Test
    void aPayDateBeforeItsPeriodOrAfterTodayIsRefused() {
        assertThat(PaymentRules.check(OPEN, JANUARY, form("100", LocalDate.of(2009, 12, 31)), TODAY))
                .extracting(e -> e.field(), e -> e.message())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("date", "发放日期不能早于2010年1月报酬所属期间开始（2010-01-01）"));
        assertThat(PaymentRules.check(OPEN, JANUARY, form("100", TODAY.plusDays(1)), TODAY))
                .extracting(e -> e.field()).containsExactly("date");
        PayRun performance = new PayRun(2, 9, "范家寨乡", RunKind.PERFORMANCE, 2009, 0, 1, LocalDate.of(2010, 1, 10),
                "fanjiazhai", LocalDateTime.of(2010, 1, 2, 9, 0), 0);
        assertThat(PaymentRules.check(OPEN, performance, form("100", LocalDate.of(2009, 12, 20)), TODAY))
                .extracting(e -> e.field()).containsExactly("date");
    }

    private static PaymentForm form(String amount, LocalDate date) {
        return new PaymentForm(new BigDecimal(amount), date, PayMethod.PASSBOOK, null);
    }
}
