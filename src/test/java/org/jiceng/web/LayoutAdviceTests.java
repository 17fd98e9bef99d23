package org.jiceng.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jiceng.shared.Role;
import org.junit.jupiter.api.Test;

class LayoutAdviceTests {

    @Test
    void eachAdministratorSeesOnlyTheirOwnDutyAndNoRegister() {
        assertThat(hrefs(Role.SYSTEM_ADMIN)).containsExactly("/", "/admin/settings", "/admin/code-lists", "/account");
        assertThat(hrefs(Role.SECURITY_ADMIN)).containsExactly("/", "/admin/accounts", "/account");
        assertThat(hrefs(Role.AUDITOR)).containsExactly("/", "/audit", "/account");
    }

    @Test
    void officersSeeTheRegisterButNoAdministration() {
        assertThat(hrefs(Role.COUNTY_OFFICER))
                .contains("/members", "/account").noneMatch(href -> href.startsWith("/admin") || href.equals("/audit"));
    }

    @Test
    void theMenuIsGroupedByTheProgrammesParts() {
        assertThat(LayoutAdvice.menu(Role.TOWNSHIP_OFFICER)).extracting(NavGroup::label)
                .startsWith("工作台", "组织与队伍", "素质提升", "争先创优").endsWith("系统");
        assertThat(LayoutAdvice.menu(Role.MEMBER)).extracting(NavGroup::label).containsExactly("工作台", "我的", "系统");
    }

    @Test
    void theCurrentPageIsTheLongestMatchInItsGroup() {
        NavGroup training = LayoutAdvice.menu(Role.TOWNSHIP_OFFICER).stream()
                .filter(g -> g.label().equals("素质提升")).findFirst().orElseThrow();
        assertThat(training.current("/training/sessions/12").label()).isEqualTo("培训");
        assertThat(training.current("/training").label()).isEqualTo("素质提升概况");
        assertThat(training.current("/trainingx")).isNull();
        assertThat(LayoutAdvice.menu(Role.MEMBER).get(0).current("/members")).isNull();
    }

    private static List<String> hrefs(Role role) {
        return LayoutAdvice.menu(role).stream().flatMap(g -> g.items().stream()).map(NavItem::href).toList();
    }
}
