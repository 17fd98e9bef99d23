package org.jiceng.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTests {

    @Test
    void hidesAllButTheProvinceAndCheckDigitOfAnIdentityNumber() {
        assertThat(Masking.idNumber("61032219800101123X")).isEqualTo("610**************X");
    }

    @Test
    void aMaskedNumberShownBesideTheBirthDateCannotBeRestored() {
        // Lists show the birth date next to the mask: the county code, sequence and gender digits must stay hidden,
        // so many real numbers share what is shown.
        String masked = Masking.idNumber("610322199001011234");
        assertThat(masked.replace("*", "")).hasSize(4);
        assertThat(masked).doesNotContain("610322").doesNotContain("123");
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
