package org.jiceng.incentive.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jiceng.shared.RuleViolationException.FieldError;
import org.junit.jupiter.api.Test;

class CareRulesTests {

    static final LocalDate TODAY = LocalDate.of(2010, 5, 5);

    static HardshipCase hardship(LocalDate opened, LocalDate closed) {
        return new HardshipCase(1, 2, "王秀英", 3, "关村村", 4L, true, false, "01", "本人患重病", "2", "特别困难", opened,
                null, closed, closed == null ? null : "已脱困", null, "hanfeng", null, 0);
    }

    static SupportForm support(LocalDate on, String amount, String goods) {
        return new SupportForm(on, "01", amount == null ? null : new BigDecimal(amount), "01", goods, "汉封乡党委", null);
    }

    static SupportEntry entry(Long reversalOf, Long reversedBy) {
        return new SupportEntry(5, 1, 2010, LocalDate.of(2010, 2, 8), "01", "春节走访慰问", new BigDecimal("300.00"), "01",
                "党费划拨", null, null, null, reversalOf, reversalOf == null ? null : "重复登记", reversedBy, "hanfeng", null);
    }

    @Test
    void amountsAreExactYuanAndFenNeverNegativeNeverFinerThanAFen() {
        assertThat(CareRules.amount(new BigDecimal("300"))).isEmpty();
        assertThat(CareRules.amount(new BigDecimal("300.5"))).isEmpty();
        assertThat(CareRules.amount(new BigDecimal("0.01"))).isEmpty();
        assertThat(CareRules.amount(new BigDecimal("12.300"))).as("trailing zeros are still fen").isEmpty();
        assertThat(CareRules.amount(BigDecimal.ZERO)).isEmpty();
        assertThat(messages(CareRules.amount(new BigDecimal("-0.01")))).containsExactly("金额不能为负数；登记错了请冲销原记录");
        assertThat(messages(CareRules.amount(new BigDecimal("0.005")))).containsExactly("金额最多精确到分（两位小数）");
        assertThat(messages(CareRules.amount(new BigDecimal("1000000000000.00")))).containsExactly("金额过大");
        assertThat(CareRules.amount(new BigDecimal("999999999999.99"))).isEmpty();
        assertThat(messages(CareRules.amount(null))).containsExactly("请填写金额（只发物资的填0）");
        assertThat(CareRules.amount(new BigDecimal("-1"))).extracting(FieldError::field).containsExactly("amount");
    }

    @Test
    void supportIsForAnOpenCaseFromItsOpeningUntilToday() {
        HardshipCase open = hardship(LocalDate.of(2009, 12, 10), null);
        assertThat(CareRules.support(open, support(LocalDate.of(2010, 2, 8), "300.00", null), TODAY)).isEmpty();
        assertThat(CareRules.support(open, support(LocalDate.of(2009, 12, 10), "300.00", null), TODAY)).isEmpty();
        assertThat(fields(CareRules.support(open, support(LocalDate.of(2009, 12, 9), "300", null), TODAY)))
                .containsExactly("givenOn");
        assertThat(fields(CareRules.support(open, support(TODAY.plusDays(1), "300", null), TODAY)))
                .containsExactly("givenOn");
        HardshipCase closed = hardship(LocalDate.of(2009, 12, 10), LocalDate.of(2010, 4, 1));
        assertThat(messages(CareRules.support(closed, support(LocalDate.of(2010, 4, 2), "300", null), TODAY)))
                .containsExactly("该帮扶对象已于2010-04-01结案，不能再登记帮扶");
    }

    @Test
    void somethingIsGivenAnAmountOrGoods() {
        HardshipCase open = hardship(LocalDate.of(2009, 12, 10), null);
        assertThat(fields(CareRules.support(open, support(TODAY, "0", null), TODAY))).containsExactly("goods");
        assertThat(CareRules.support(open, support(TODAY, "0.00", "面粉一袋"), TODAY)).isEmpty();
        assertThat(fields(CareRules.support(open, support(TODAY, "-5", null), TODAY))).containsExactly("amount");
    }

    @Test
    void anEntryIsReversedOnceWithAReasonAndAReversalNeverAgain() {
        assertThat(CareRules.reverse(entry(null, null), "重复登记")).isEmpty();
        assertThat(messages(CareRules.reverse(entry(null, null), ""))).containsExactly("请写明冲销原因");
        assertThat(messages(CareRules.reverse(entry(null, 6L), "重复登记"))).containsExactly("该帮扶记录已冲销");
        assertThat(messages(CareRules.reverse(entry(4L, null), "重复登记"))).containsExactly("冲销记录不能再冲销");
        assertThat(entry(null, null).effective()).isTrue();
        assertThat(entry(null, 6L).effective()).isFalse();
        assertThat(entry(4L, null).effective()).isFalse();
    }

    @Test
    void aCaseClosesOnceAfterItsLastSupportWithAReason() {
        HardshipCase open = hardship(LocalDate.of(2009, 12, 10), null);
        LocalDate lastSupport = LocalDate.of(2010, 4, 6);
        assertThat(CareRules.close(open, new CloseForm(LocalDate.of(2010, 4, 28), "已脱困", 0L), lastSupport, TODAY))
                .isEmpty();
        assertThat(messages(CareRules.close(open, new CloseForm(LocalDate.of(2010, 4, 5), "已脱困", 0L), lastSupport, TODAY)))
                .containsExactly("结案日期不能早于最后一次帮扶（2010-04-06）");
        assertThat(fields(CareRules.close(open, new CloseForm(LocalDate.of(2009, 12, 9), "已脱困", 0L), null, TODAY)))
                .containsExactly("closedOn");
        assertThat(fields(CareRules.close(open, new CloseForm(TODAY.plusDays(1), "已脱困", 0L), null, TODAY)))
                .containsExactly("closedOn");
        assertThat(fields(CareRules.close(open, new CloseForm(TODAY, " ", 0L), null, TODAY))).containsExactly("reason");
        assertThat(messages(CareRules.close(hardship(LocalDate.of(2009, 12, 10), LocalDate.of(2010, 4, 1)),
                new CloseForm(TODAY, "再结", 0L), null, TODAY))).containsExactly("该帮扶对象已于2010-04-01结案");
    }

    @Test
    void theRegisterSaysTheCaseNoteOrElseItsCause() {
        assertThat(hardship(LocalDate.of(2010, 1, 1), null).registerNote()).isEqualTo("本人患重病");
        HardshipCase withNote = new HardshipCase(1, 2, "王秀英", 3, "关村村", 4L, true, false, "01", "本人患重病", "2",
                "特别困难", LocalDate.of(2010, 1, 1), "胃癌术后，长期化疗", null, null, null, "hanfeng", null, 0);
        assertThat(withNote.registerNote()).isEqualTo("胃癌术后，长期化疗");
    }

    @Test
    void anOpeningIsNotInTheFuture() {
        assertThat(fields(CareRules.openCase(new CaseForm(1L, "01", "1", TODAY.plusDays(1), null), TODAY)))
                .containsExactly("openedOn");
        assertThat(CareRules.openCase(new CaseForm(1L, "01", "1", TODAY, null), TODAY)).isEmpty();
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    private static List<String> messages(List<FieldError> errors) {
        return errors.stream().map(FieldError::message).toList();
    }
}
