package org.jiceng.documents.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.jiceng.shared.RuleViolationException.FieldError;
import org.junit.jupiter.api.Test;

class DocumentRulesTests {

    static final LocalDate TODAY = LocalDate.of(2010, 5, 5);

    @Test
    void bracketsAndSpacesAreWrittenTheOfficialWay() {
        assertThat(DocumentNumbers.normalise("范发[2010]3号")).isEqualTo("范发〔2010〕3号");
        assertThat(DocumentNumbers.normalise(" 范发（2010） 3 号")).isEqualTo("范发〔2010〕3号");
        assertThat(DocumentNumbers.normalise("郭发【2010】5号")).isEqualTo("郭发〔2010〕5号");
        assertThat(DocumentNumbers.normalise("郭发［ 2010 ］5号")).isEqualTo("郭发〔2010〕5号");
        assertThat(DocumentNumbers.normalise("范发〔2010〕3号")).isEqualTo("范发〔2010〕3号");
        assertThat(DocumentNumbers.normalise("凤组发(附件2)")).as("only a four-digit year is bracketed anew")
                .isEqualTo("凤组发(附件2)");
        assertThat(DocumentNumbers.normalise(null)).isNull();
    }

    @Test
    void theYearOfANumberIsTheOneInItsBrackets() {
        assertThat(DocumentNumbers.yearOf("范发〔2010〕3号")).contains(2010);
        assertThat(DocumentNumbers.yearOf("第3号")).isEmpty();
    }

    @Test
    void aDocumentIsRecordedOnceIssuedNotBefore() {
        assertThat(errors(form("范发〔2010〕3号", LocalDate.of(2010, 5, 6)), true))
                .containsExactly("issuedOn: 发文日期不能晚于今天（2010-05-05）");
        assertThat(errors(form("范发〔2010〕3号", TODAY), true)).isEmpty();
    }

    @Test
    void theYearInTheNumberIsTheYearOfIssue() {
        assertThat(errors(form("范发〔2009〕3号", LocalDate.of(2010, 3, 8)), true))
                .containsExactly("number: 文号中的年份〔2009〕与发文日期的年份（2010年）不一致");
        assertThat(errors(form("范发3号", LocalDate.of(2010, 3, 8)), true)).as("a number without a year").isEmpty();
    }

    @Test
    void theKindComesFromTheCodeList() {
        assertThat(errors(form("范发〔2010〕3号", TODAY), false)).containsExactly("kind: 请从文件类别代码表中选择文种");
    }

    @Test
    void aNumberUsedTwiceIsRefusedNextToTheNumber() {
        FieldError error = DocumentRules.duplicate("范发〔2010〕3号", 2010, "范家寨乡");
        assertThat(error.field()).isEqualTo("number");
        assertThat(error.message()).isEqualTo("范家寨乡2010年已登记文号为范发〔2010〕3号的文件，同一单位同一年度文号不能重复");
    }

    private static DocumentForm form(String number, LocalDate issuedOn) {
        return new DocumentForm(number, "范家寨乡乡村干部考核管理办法", "01", issuedOn, null, null);
    }

    private static List<String> errors(DocumentForm form, boolean kindValid) {
        return DocumentRules.check(form, DocumentNumbers.normalise(form.number()), kindValid, TODAY).stream()
                .map(e -> e.field() + ": " + e.message()).toList();
    }
}
