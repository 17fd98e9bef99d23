package org.jiceng.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.jiceng.support.Json;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** 账户管理 by the security administrator: scope, separation of duties, one-time passwords, conflicts, audit. */
@JicengIntegrationTest
class AccountAdminIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserDetailsService users;

    @Autowired
    Fixtures fixtures;

    @Test
    void securityAdministratorListsAccountsUnderTheirOrgOnly() throws Exception {
        mvc.perform(get("/api/v1/accounts").param("size", "200").with(httpBasic("security", Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].username", hasItem("county")))
                .andExpect(jsonPath("$.items[*].username", not(hasItem("qishan"))));
        mvc.perform(get("/api/v1/accounts").param("role", "TOWNSHIP_OFFICER").param("sort", "username")
                        .with(httpBasic("security", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.items[0].username").value("fanjiazhai"))
                .andExpect(jsonPath("$.items[*].roleLabel", everyItem(containsString("乡镇"))));
        mvc.perform(get("/admin/accounts").param("accountOrg", String.valueOf(fixtures.org("汉封乡")))
                        .with(user(users.loadUserByUsername("security"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hanfeng")))
                .andExpect(content().string(not(containsString(">guodian<"))));
        mvc.perform(get("/api/v1/accounts/" + fixtures.outsideAccount).with(httpBasic("security", Fixtures.PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyTheSecurityAdministratorAdministersAccounts() throws Exception {
        for (String role : new String[] {"county", "sysadmin", "auditor"}) {
            mvc.perform(get("/api/v1/accounts").with(httpBasic(role, Fixtures.PASSWORD)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/admin/accounts").with(user(users.loadUserByUsername(role))))
                    .andExpect(status().isForbidden())
                    .andExpect(content().string(containsString("<title>无权操作 · 基层</title>")));
        }
        long county = accountId("county");
        mvc.perform(post("/api/v1/accounts/" + county + "/disable").with(httpBasic("auditor", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void securityAdministratorReadsOrgNamesButNoMemberRecords() throws Exception {
        mvc.perform(get("/api/v1/account-orgs").param("q", "程家塬").with(httpBasic("security", Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].shortName").value("程家塬村"));
        mvc.perform(get("/api/v1/account-orgs").param("q", "岐山").with(httpBasic("security", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/members").with(httpBasic("security", Fixtures.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void newAccountWaitsForACountyOfficerWhoReceivesItsOneTimePassword() throws Exception {
        String body = create(Map.of("username", "newofficer", "displayName", "新组织委员", "role", "TOWNSHIP_OFFICER",
                "accountOrg", fixtures.org("郭店镇")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.account.username").value("newofficer"))
                .andExpect(jsonPath("$.oneTimePassword").doesNotExist())
                .andExpect(jsonPath("$.awaitingConfirmationBy").value("县委组织部干部"))
                .andReturn().getResponse().getContentAsString();
        long id = Json.parse(body).get("account").get("id").asLong();
        long version = Json.parse(body).get("account").get("version").asLong();
        mvc.perform(get("/api/v1/account").with(httpBasic("newofficer", Fixtures.PASSWORD)))
                .andExpect(status().isUnauthorized());

        String request = "{\"account\":" + id + ",\"version\":" + version + "}";
        mvc.perform(post("/api/v1/account-confirmations").with(httpBasic("security", Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(request)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/account-confirmations").with(httpBasic("sysadmin", Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(request)).andExpect(status().isNotFound());
        String confirmed = mvc.perform(post("/api/v1/account-confirmations").with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(request))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String password = Json.parse(confirmed).get("oneTimePassword").asString();
        assertThat(password).hasSize(12);

        mvc.perform(get("/api/v1/orgs").with(httpBasic("newofficer", password))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/account").with(httpBasic("newofficer", password)))
                .andExpect(jsonPath("$.mustChangePassword").value(true));
        String audit = jdbc.sql("""
                SELECT after_value FROM audit_entries WHERE object_type = 'ACCOUNT' AND action = 'CREATE'
                AND object_label = 'newofficer' AND actor = 'security'""").query(String.class).single();
        assertThat(audit).contains("新组织委员").doesNotContain(password).doesNotContainIgnoringCase("hash");
        String confirmation = jdbc.sql("""
                SELECT after_value FROM audit_entries WHERE object_type = 'ACCOUNT' AND action = 'CONFIRM'
                AND object_label = 'newofficer' AND actor = 'county'""").query(String.class).single();
        assertThat(confirmation).contains("security", "county").doesNotContain(password);
    }

    @Test
    void anAdministratorAccountMadeOnThePageIsConfirmedByTheSystemAdministratorWhoSeesThePasswordOnce()
            throws Exception {
        var security = user(users.loadUserByUsername("security"));
        mvc.perform(get("/admin/accounts/new").with(security)).andExpect(status().isOk())
                .andExpect(content().string(containsString("程家塬村")))
                .andExpect(content().string(containsString("创建（待确认）")));
        mvc.perform(post("/admin/accounts").with(security).with(csrf()).param("username", "pagemade")
                        .param("displayName", "页面新建").param("role", "AUDITOR")
                        .param("accountOrg", String.valueOf(fixtures.org("汉封乡"))))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", containsString("待系统管理员确认")));
        long id = accountId("pagemade");
        mvc.perform(get("/admin/accounts/" + id).with(security))
                .andExpect(content().string(containsString("提出人 security")));

        var sysadmin = user(users.loadUserByUsername("sysadmin"));
        mvc.perform(get("/account-confirmations").with(user(users.loadUserByUsername("county"))))
                .andExpect(content().string(not(containsString("pagemade"))));
        mvc.perform(get("/account-confirmations").with(sysadmin))
                .andExpect(content().string(containsString("waiting-pagemade")));
        String page = mvc.perform(post("/account-confirmations").with(sysadmin).with(csrf())
                        .param("account", String.valueOf(id)).param("version", "0"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("只显示这一次")))
                .andReturn().getResponse().getContentAsString();
        String password = page.replaceAll("(?s).*id=\"one-time-password\">([^<]+)<.*", "$1");
        mvc.perform(get("/api/v1/account").with(httpBasic("pagemade", password)))
                .andExpect(jsonPath("$.roleLabel").value("安全审计员"))
                .andExpect(jsonPath("$.mustChangePassword").value(true));
        long version = jdbc.sql("SELECT version FROM accounts WHERE id = ?").param(id).query(Long.class).single();
        update(id, "SECURITY_ADMIN", fixtures.org("汉封乡"), version).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("安全审计员账户的角色不能修改")));
    }

    @Test
    void promotingARegisterAccountWaitsForConfirmationBeforeItSignsInAgain() throws Exception {
        long id = AccountFixtures.account(jdbc, encoder, "promoted", "TOWNSHIP_OFFICER", fixtures.org("汉封乡"), false);
        mvc.perform(get("/api/v1/orgs").with(httpBasic("promoted", Fixtures.PASSWORD))).andExpect(status().isOk());
        update(id, "COUNTY_OFFICER", AccountFixtures.countyId(jdbc), 0).andExpect(status().isOk());
        mvc.perform(get("/api/v1/orgs").with(httpBasic("promoted", Fixtures.PASSWORD)))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/account-confirmations").with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"account\":" + id + ",\"version\":1}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.oneTimePassword").doesNotExist());
        mvc.perform(get("/api/v1/orgs").with(httpBasic("promoted", Fixtures.PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void createFormShowsMessagesNextToTheFieldsAndKeepsTheInput() throws Exception {
        mvc.perform(post("/admin/accounts").with(user(users.loadUserByUsername("security"))).with(csrf())
                        .param("username", "county").param("displayName", "重复的用户名").param("role", "MEMBER")
                        .param("accountOrg", String.valueOf(fixtures.org("汉封乡"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("用户名已被使用")))
                .andExpect(content().string(containsString("党员账户须填写本人的人员编号")))
                .andExpect(content().string(containsString("value=\"重复的用户名\"")));
        mvc.perform(post("/admin/accounts").with(user(users.loadUserByUsername("security"))).with(csrf())
                        .param("username", "qishan2").param("displayName", "岐山").param("role", "COUNTY_OFFICER")
                        .param("accountOrg", String.valueOf(fixtures.outsideCounty)))
                .andExpect(status().isNotFound());
        create(Map.of("username", "qishan3", "displayName", "岐山", "role", "COUNTY_OFFICER",
                "accountOrg", fixtures.outsideCounty))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("所选组织不存在或不在您的管辖范围内"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM accounts WHERE display_name = '重复的用户名'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void memberAccountIsLinkedToAMemberRegisteredUnderTheChosenOrg() throws Exception {
        long village = fixtures.org("程家塬村");
        long member = fixtures.firstMemberOf("程家塬村");
        create(Map.of("username", "villager1", "displayName", "群众", "role", "MEMBER", "accountOrg", village,
                "memberId", fixtures.outsideVillager))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("memberId"));
        create(Map.of("username", "member1", "displayName", "程家塬党员", "role", "MEMBER", "accountOrg", village,
                "memberId", member))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.account.personId").value(member));
    }

    @Test
    void separationOfDutiesKeepsAdministratorAndRegisterRolesInSeparateAccounts() throws Exception {
        long county = AccountFixtures.countyId(jdbc);
        long admin = AccountFixtures.account(jdbc, encoder, "sodadmin", "SYSTEM_ADMIN", county, false);
        update(admin, "COUNTY_OFFICER", county, 0).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("三员分立")));
        update(admin, "AUDITOR", county, 0).andExpect(status().isOk()).andExpect(jsonPath("$.role").value("AUDITOR"));

        long self = accountId("security");
        long version = jdbc.sql("SELECT version FROM accounts WHERE id = ?").param(self).query(Long.class).single();
        update(self, "AUDITOR", county, version).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("不能修改自己的角色"));
        mvc.perform(post("/api/v1/accounts/" + self + "/disable").with(httpBasic("security", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + version + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("不能停用自己的账户"));
    }

    @Test
    void secondEditFromAStaleVersionIsAConflict() throws Exception {
        long county = AccountFixtures.countyId(jdbc);
        long id = AccountFixtures.account(jdbc, encoder, "staleedit", "COUNTY_OFFICER", county, false);
        update(id, "COUNTY_OFFICER", county, 0).andExpect(status().isOk());
        update(id, "TOWNSHIP_OFFICER", county, 0).andExpect(status().isConflict());
        assertThat(jdbc.sql("SELECT role FROM accounts WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("COUNTY_OFFICER");
    }

    @Test
    void disableUnlockAndResetWorkFromTheAccountPage() throws Exception {
        long id = AccountFixtures.account(jdbc, encoder, "lockedout", "TOWNSHIP_OFFICER", fixtures.org("汉封乡"), false);
        jdbc.sql("UPDATE accounts SET failed_attempts = 0, locked_until = ? WHERE id = ?")
                .params(LocalDateTime.now().plusMinutes(10), id).update();
        var security = user(users.loadUserByUsername("security"));
        mvc.perform(get("/admin/accounts/" + id).with(security)).andExpect(content().string(containsString("已锁定至")));
        mvc.perform(post("/admin/accounts/" + id + "/unlock").with(security).with(csrf()).param("version", "0"))
                .andExpect(redirectedUrl("/admin/accounts/" + id));
        mvc.perform(get("/api/v1/orgs").with(httpBasic("lockedout", Fixtures.PASSWORD))).andExpect(status().isOk());

        mvc.perform(post("/admin/accounts/" + id + "/disable").with(security).with(csrf()).param("version", "0"))
                .andExpect(flash().attribute("problem", containsString("已被他人修改")));
        mvc.perform(post("/admin/accounts/" + id + "/disable").with(security).with(csrf()).param("version", "1"))
                .andExpect(flash().attribute("notice", "已停用账户 lockedout"));
        long version = jdbc.sql("SELECT version FROM accounts WHERE id = ?").param(id).query(Long.class).single();
        mvc.perform(get("/api/v1/orgs").with(httpBasic("lockedout", Fixtures.PASSWORD)))
                .andExpect(status().isUnauthorized());

        mvc.perform(post("/admin/accounts/" + id + "/reset-password").with(security).with(csrf())
                        .param("version", String.valueOf(version)))
                .andExpect(flash().attribute("notice", containsString("由确认人交给本人")));
        assertThat(jdbc.sql("SELECT pending_action FROM accounts WHERE id = ?").param(id).query(String.class)
                .single()).isEqualTo("RESET");
        assertThat(jdbc.sql("""
                SELECT action FROM audit_entries WHERE object_type = 'ACCOUNT' AND object_id = ? AND actor = 'security'
                ORDER BY id""").param(id).query(String.class).list())
                .containsExactly("UNLOCK", "DISABLE", "RESET_PASSWORD");
    }

    private ResultActions create(Map<String, Object> fields) throws Exception {
        return mvc.perform(post("/api/v1/accounts").with(httpBasic("security", Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(Json.of(fields)));
    }

    private ResultActions update(long id, String role, long orgId, long version) throws Exception {
        Map<String, Object> fields = new HashMap<>(Map.of("displayName", "改过的名称", "role", role, "accountOrg", orgId,
                "version", version));
        return mvc.perform(put("/api/v1/accounts/" + id).with(httpBasic("security", Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(Json.of(fields)));
    }

    private long accountId(String username) {
        return jdbc.sql("SELECT id FROM accounts WHERE username = ?").param(username).query(Long.class).single();
    }
}
