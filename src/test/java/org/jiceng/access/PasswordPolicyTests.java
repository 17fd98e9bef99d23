package org.jiceng.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    static final PasswordPolicy POLICY = new PasswordPolicy(8);

    @Test
    void refusesThePublishedDemoPasswordAndCommonOnesWhateverTheirCase() {
        assertThat(POLICY.problem("Jiceng@2010", "county")).hasValue("此密码过于常见或已公开，请另选一个");
        assertThat(POLICY.problem("p@SSW0RD", "county")).hasValue("此密码过于常见或已公开，请另选一个");
        assertThat(POLICY.problem("Admin@123", "county")).isPresent();
        assertThat(POLICY.problem("Qx7#kLm2pW9z", "county")).isEmpty();
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
