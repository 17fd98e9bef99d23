package org.jiceng.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditCodeTests {

    @Test
    void acceptsPublishedCodesWhoseCheckCharacterMatches() {
        // Codes printed on business licences (a company in 杭州, one in 深圳): letter and digit check characters.
        assertThat(CreditCode.problem("91330100799655058B")).isEmpty();
        assertThat(CreditCode.problem("91440300708461136T")).isEmpty();
    }

    @Test
    void acceptsLowerCaseAndSurroundingSpaces() {
        assertThat(CreditCode.isValid(" 91330100799655058b ")).isTrue();
    }

    @Test
    void rejectsAWrongCheckCharacter() {
        assertThat(CreditCode.problem("91330100799655058C")).hasValue("统一社会信用代码校验位错误（GB 32100），请核对");
        assertThat(CreditCode.problem("91330100799655059B")).hasValue("统一社会信用代码校验位错误（GB 32100），请核对");
    }

    @Test
    void rejectsWrongLength() {
        assertThat(CreditCode.problem("91330100799655058")).hasValue("统一社会信用代码应为18位");
        assertThat(CreditCode.problem("")).hasValue("统一社会信用代码应为18位");
    }

    @Test
    void rejectsLettersOutsideTheCodeSet() {
        assertThat(CreditCode.problem("9133010079965505IB")).get().asString().contains("不含I、O、S、V、Z");
    }

    @Test
    void checkCharacterZeroWhenTheSumIsAMultipleOf31() {
        // 17 zeros sum to 0: the check is (31 - 0) mod 31 = 0, not the out-of-range 31.
        assertThat(CreditCode.checkCharacter("00000000000000000")).isEqualTo('0');
    }
}
