package org.jiceng.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class IdCardNumberTests {

    @Test
    void acceptsANumberWhoseCheckCharacterMatches() {
        // GB 11643-1999 worked example.
        assertThat(IdCardNumber.problem("11010519491231002X")).isEmpty();
    }

    @Test
    void acceptsALowerCaseX() {
        assertThat(IdCardNumber.isValid("11010519491231002x")).isTrue();
    }

    @Test
    void rejectsAWrongCheckCharacter() {
        assertThat(IdCardNumber.problem("110105194912310021")).hasValue("身份证号校验位错误（GB 11643），请核对");
    }

    @Test
    void rejectsWrongLengthAndLetters() {
        assertThat(IdCardNumber.problem("61032219800101123")).get().asString().contains("18位");
        assertThat(IdCardNumber.problem("6103221980010112AB")).get().asString().contains("18位");
        assertThat(IdCardNumber.problem("  ")).hasValue("身份证号不能为空");
    }

    @Test
    void rejectsAnImpossibleBirthDate() {
        String first17 = "61032219800231123";
        assertThat(IdCardNumber.problem(first17 + IdCardNumber.checkCharacter(first17))).hasValue("身份证号中的出生日期无效");
    }

    @Test
    void composesNumbersThatValidateAndEncodeBirthDateAndGender() {
        LocalDate birth = LocalDate.of(1968, 2, 29);
        String man = IdCardNumber.compose("610322", birth, 13);
        String woman = IdCardNumber.compose("610322", birth, 14);
        assertThat(IdCardNumber.isValid(man)).isTrue();
        assertThat(IdCardNumber.birthDate(man)).hasValue(birth);
        assertThat(IdCardNumber.genderCode(man)).isEqualTo("1");
        assertThat(IdCardNumber.genderCode(woman)).isEqualTo("2");
    }
}
