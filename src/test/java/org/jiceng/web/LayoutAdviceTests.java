package org.jiceng.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiceng.shared.Role;
import org.junit.jupiter.api.Test;

class LayoutAdviceTests {

    @Test
    void eachAdministratorSeesOnlyTheirOwnDutyAndNoRegister() {
        assertThat(LayoutAdvice.menu(Role.SYSTEM_ADMIN)).extracting(NavItem::href)
                .containsExactly("/", "/admin/settings", "/admin/code-lists", "/account");
        assertThat(LayoutAdvice.menu(Role.SECURITY_ADMIN)).extracting(NavItem::href)
                .containsExactly("/", "/admin/accounts", "/account");
        assertThat(LayoutAdvice.menu(Role.AUDITOR)).extracting(NavItem::href)
                .containsExactly("/", "/audit", "/account");
    }

    @Test
    void officersSeeTheRegisterButNoAdministration() {
        assertThat(LayoutAdvice.menu(Role.COUNTY_OFFICER)).extracting(NavItem::href)
                .contains("/members", "/account").noneMatch(href -> href.startsWith("/admin") || href.equals("/audit"));
    }
}
