package org.jiceng.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.jiceng.shared.RuleViolationException.FieldError;
import org.junit.jupiter.api.Test;

class CodeItemRulesTests {

    static final Optional<CodeItemRow> NONE = Optional.empty();
    static final CodeItemRow LOCAL = new CodeItemRow("WORK_POST", "99", "其他", 1, true, false, 0);
    static final CodeItemRow HAN = new CodeItemRow("ETHNICITY", "01", "汉族", 1, true, true, 0);

    @Test
    void newItemNeedsAWellFormedCodeUniqueInItsListAndAName() {
        assertThat(CodeItemRules.checkNew(new CodeItemForm("99", "其他", 1, null), NONE, NONE)).isEmpty();
        assertThat(CodeItemRules.checkNew(new CodeItemForm("99", "其他", 1, null), Optional.of(LOCAL), NONE))
                .extracting(FieldError::message).containsExactly("本代码表中已有代码 99");
        assertThat(CodeItemRules.checkNew(new CodeItemForm("9 9", " ", 1, null), NONE, NONE))
                .extracting(FieldError::field).containsExactly("code", "label");
        assertThat(CodeItemRules.checkNew(new CodeItemForm(null, "其他", 1, null), NONE, NONE))
                .extracting(FieldError::field).containsExactly("code");
    }

    @Test
    void aLocalAdditionCannotTakeANationalCodeOrName() {
        assertThat(CodeItemRules.checkNew(new CodeItemForm("01", "本地族", 1, null), Optional.of(HAN), NONE))
                .extracting(FieldError::message)
                .containsExactly("代码 01 是国家代码（汉族），本地代码不能使用或重新定义它");
        assertThat(CodeItemRules.checkNew(new CodeItemForm("L1", "汉族", 1, null), NONE, Optional.of(HAN)))
                .extracting(FieldError::message).containsExactly("“汉族”已是国家代码 01，请直接使用");
    }

    @Test
    void editedItemNeedsANameAndANationalItemKeepsItsName() {
        assertThat(CodeItemRules.checkEdit(LOCAL, new CodeItemForm("99", "", 1, 0L))).extracting(FieldError::message)
                .containsExactly("请填写名称");
        assertThat(CodeItemRules.checkEdit(LOCAL, new CodeItemForm("99", "其他人员", 1, 0L))).isEmpty();
        assertThat(CodeItemRules.checkEdit(HAN, new CodeItemForm("01", "汉族", 5, 0L))).as("reordering").isEmpty();
        assertThat(CodeItemRules.checkEdit(HAN, new CodeItemForm("01", "汉", 1, 0L))).extracting(FieldError::field)
                .containsExactly("label");
    }
}
