package org.jiceng.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTests {

    @Test
    void hidesTheBirthDateAndSequenceOfAnIdentityNumber() {
        assertThat(Masking.idNumber("61032219800101123X")).isEqualTo("610322********123X");
    }

    @Test
    void hidesTheMiddleOfAMobileNumber() {
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
    }

    @Test
    void leavesEmptyAndShortValuesAlone() {
        assertThat(Masking.idNumber(null)).isNull();
        assertThat(Masking.phone("12345")).isEqualTo("12345");
    }

    @Test
    void masksALandlineKeepingTheLastFourDigits() {
        assertThat(Masking.phone("0917-7212345")).isEqualTo("091*****2345");
    }
}
