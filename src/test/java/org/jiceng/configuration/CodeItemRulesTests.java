package org.jiceng.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiceng.shared.RuleViolationException.FieldError;
import org.junit.jupiter.api.Test;

class CodeItemRulesTests {

    @Test
    void newItemNeedsAWellFormedCodeUniqueInItsListAndAName() {
        assertThat(CodeItemRules.checkNew(new CodeItemForm("99", "其他", 1, null), false)).isEmpty();
        assertThat(CodeItemRules.checkNew(new CodeItemForm("99", "其他", 1, null), true))
                .extracting(FieldError::message).containsExactly("本代码表中已有代码 99");
        assertThat(CodeItemRules.checkNew(new CodeItemForm("9 9", " ", 1, null), false))
                .extracting(FieldError::field).containsExactly("code", "label");
        assertThat(CodeItemRules.checkNew(new CodeItemForm(null, "其他", 1, null), false))
                .extracting(FieldError::field).containsExactly("code");
    }

    @Test
    void editedItemNeedsAName() {
        assertThat(CodeItemRules.checkEdit(new CodeItemForm("01", "", 1, 0L))).extracting(FieldError::message)
                .containsExactly("请填写名称");
        assertThat(CodeItemRules.checkEdit(new CodeItemForm("01", "汉族", 1, 0L))).isEmpty();
    }
}
