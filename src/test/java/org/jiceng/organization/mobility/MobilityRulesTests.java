package org.jiceng.organization.mobility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.jiceng.shared.RuleViolationException.FieldError;
import org.junit.jupiter.api.Test;

class MobilityRulesTests {

    static final LocalDate TODAY = LocalDate.of(2010, 5, 5);
    static final LocalDate JOINED = LocalDate.of(1998, 7, 1);

    static MobilityForm out(String place, LocalDate leftOn) {
        return new MobilityForm("OUT", place, "深圳市宝安区流动党员党支部", leftOn, "务工经商", "13800000000").normalized();
    }

    @Test
    void anOutflowNeedsItsDestination() {
        assertThat(MobilityRules.check(out(" ", LocalDate.of(2009, 3, 1)), JOINED, true, false, TODAY))
                .containsExactly(new FieldError("place", "外出党员请填写外出流向"));
        assertThat(MobilityRules.check(out("广东省深圳市", LocalDate.of(2009, 3, 1)), JOINED, true, false, TODAY))
                .isEmpty();
    }

    @Test
    void refusesFutureDatesDatesBeforeJoiningASecondOpenRegistrationAndVillagers() {
        assertThat(MobilityRules.check(out("深圳", TODAY.plusDays(1)), JOINED, true, false, TODAY))
                .extracting(FieldError::message).containsExactly("日期不能晚于今天");
        assertThat(MobilityRules.check(out("深圳", JOINED.minusDays(1)), JOINED, true, false, TODAY))
                .extracting(FieldError::message).containsExactly("日期不能早于入党日期");
        assertThat(MobilityRules.check(out("深圳", TODAY), JOINED, true, true, TODAY))
                .extracting(FieldError::field).containsExactly("direction");
        assertThat(MobilityRules.check(out("深圳", TODAY), null, false, false, TODAY))
                .extracting(FieldError::message).containsExactly("只有党员才能登记为流动党员");
    }

    @Test
    void aReturnFallsBetweenLeavingAndToday() {
        Mobility open = new Mobility(1, 2, "张三", 3, "程家塬村", "OUT", "深圳", null, LocalDate.of(2009, 3, 1),
                "务工", null, null, null, "x", null, 0);
        assertThat(MobilityRules.checkReturn(open, new ReturnForm(LocalDate.of(2009, 2, 1), null, 0L), TODAY))
                .extracting(FieldError::message).containsExactly("返回日期不能早于外出日期");
        assertThat(MobilityRules.checkReturn(open, new ReturnForm(TODAY.plusDays(1), null, 0L), TODAY))
                .extracting(FieldError::message).containsExactly("返回日期不能晚于今天");
        assertThat(MobilityRules.checkReturn(open, new ReturnForm(TODAY, "返乡", 0L), TODAY)).isEmpty();
    }
}
