package org.jiceng.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    static final PasswordPolicy POLICY = new PasswordPolicy(8);

    @Test
    void acceptsTheDemoPassword() {
        assertThat(POLICY.problem("Jiceng@2010", "county")).isEmpty();
    }

    @Test
    void refusesShortPasswords() {
        assertThat(POLICY.problem("Ab@1", "county")).hasValue("密码至少8位");
    }

    @Test
    void requiresThreeKindsOfCharacters() {
        assertThat(POLICY.problem("abcdefgh1", "county")).hasValue("密码须包含大写字母、小写字母、数字、符号中的至少三类");
        assertThat(POLICY.problem("abcdefg1X", "county")).isEmpty();
    }

    @Test
    void refusesPasswordsContainingTheUsername() {
        assertThat(POLICY.problem("Hanfeng@2010", "hanfeng")).hasValue("密码不能包含用户名");
    }

    @Test
    void followsTheConfiguredLength() {
        assertThat(new PasswordPolicy(12).problem("Jiceng@2010", "x")).hasValue("密码至少12位");
    }
}
