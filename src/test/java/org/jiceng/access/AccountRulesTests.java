package org.jiceng.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.jiceng.shared.Role;
import org.jiceng.shared.RuleViolationException.FieldError;
import org.junit.jupiter.api.Test;

class AccountRulesTests {

    static Account account(long id, Role role) {
        LocalDateTime now = LocalDateTime.now();
        return new Account(id, "u" + id, "用户", role, 1, null, true, 0, null, null, now, 0);
    }

    @Test
    void memberAccountNeedsThePersonRecord() {
        assertThat(AccountRules.checkRole(Role.MEMBER, null)).extracting(FieldError::field).containsExactly("memberId");
        assertThat(AccountRules.checkRole(Role.MEMBER, 7L)).isEmpty();
        assertThat(AccountRules.checkRole(Role.BRANCH_SECRETARY, 7L)).isEmpty();
    }

    @Test
    void administratorsAndOfficersHaveNoPersonRecord() {
        assertThat(AccountRules.checkRole(Role.AUDITOR, 7L)).extracting(FieldError::field).containsExactly("memberId");
        assertThat(AccountRules.checkRole(Role.COUNTY_OFFICER, 7L)).hasSize(1);
        assertThat(AccountRules.checkRole(Role.SYSTEM_ADMIN, null)).isEmpty();
    }

    @Test
    void administratorAccountNeverBecomesARegisterAccountNorTheReverse() {
        assertThat(AccountRules.checkChange(account(2, Role.SYSTEM_ADMIN), Role.COUNTY_OFFICER, 1))
                .extracting(FieldError::message).singleElement().asString().contains("三员分立");
        assertThat(AccountRules.checkChange(account(2, Role.TOWNSHIP_OFFICER), Role.AUDITOR, 1)).hasSize(1);
    }

    @Test
    void administratorRolesMayBeSwappedAmongAdministratorsAndRegisterRolesAmongThemselves() {
        assertThat(AccountRules.checkChange(account(2, Role.SYSTEM_ADMIN), Role.AUDITOR, 1)).isEmpty();
        assertThat(AccountRules.checkChange(account(2, Role.TOWNSHIP_OFFICER), Role.COUNTY_OFFICER, 1)).isEmpty();
    }

    @Test
    void anAuditorStaysAnAuditor() {
        assertThat(AccountRules.checkChange(account(2, Role.AUDITOR), Role.SECURITY_ADMIN, 1))
                .extracting(FieldError::message).singleElement().asString().contains("安全审计员账户的角色不能修改");
        assertThat(AccountRules.checkChange(account(2, Role.AUDITOR), Role.SYSTEM_ADMIN, 1)).isNotEmpty();
        assertThat(AccountRules.checkChange(account(2, Role.AUDITOR), Role.AUDITOR, 1)).isEmpty();
    }

    @Test
    void aSecondPersonOfAnotherRoleConfirmsWhatTheSecurityAdministratorProposed() {
        var county = new org.jiceng.shared.Actor(7, "county", "县", Role.COUNTY_OFFICER, 1, null);
        var sysadmin = new org.jiceng.shared.Actor(8, "sysadmin", "系统", Role.SYSTEM_ADMIN, 1, null);
        var security = new org.jiceng.shared.Actor(9, "security", "安全", Role.SECURITY_ADMIN, 1, null);
        assertThat(AccountRules.mayConfirm(county, Role.TOWNSHIP_OFFICER, 2, true)).isTrue();
        assertThat(AccountRules.mayConfirm(county, Role.TOWNSHIP_OFFICER, 2, false)).as("outside their org").isFalse();
        assertThat(AccountRules.mayConfirm(county, Role.COUNTY_OFFICER, 7, true)).as("their own account").isFalse();
        assertThat(AccountRules.mayConfirm(county, Role.AUDITOR, 2, true)).isFalse();
        assertThat(AccountRules.mayConfirm(sysadmin, Role.AUDITOR, 2, false)).isTrue();
        assertThat(AccountRules.mayConfirm(sysadmin, Role.MEMBER, 2, true)).isFalse();
        assertThat(AccountRules.mayConfirm(security, Role.MEMBER, 2, true)).isFalse();
        assertThat(AccountRules.mayConfirm(security, Role.SECURITY_ADMIN, 2, true)).isFalse();
    }

    @Test
    void securityAdministratorCannotChangeOwnRoleNorDisableThemselves() {
        Account self = account(1, Role.SECURITY_ADMIN);
        assertThat(AccountRules.checkChange(self, Role.AUDITOR, 1)).extracting(FieldError::message)
                .containsExactly("不能修改自己的角色");
        assertThat(AccountRules.checkChange(self, Role.SECURITY_ADMIN, 1)).isEmpty();
        assertThat(AccountRules.mayDisable(self, 1)).isFalse();
        assertThat(AccountRules.mayDisable(self, 2)).isTrue();
    }

    @Test
    void oneTimePasswordsSatisfyThePasswordPolicy() {
        for (int i = 0; i < 200; i++) {
            String password = OneTimePasswords.generate(8);
            assertThat(password).hasSize(12);
            assertThat(new PasswordPolicy(12).problem(password, "county")).isEmpty();
        }
        assertThat(OneTimePasswords.generate(16)).hasSize(16);
    }
}
