package org.jiceng.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

/** 我的账户: every user changes their own password, with the policy's messages next to the fields. */
@JicengIntegrationTest
class MyAccountIntegrationTests {

    static final String NEW_PASSWORD = "Xinmima#2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserDetailsService users;

    @Test
    void userChangesOwnPasswordAndSignsInWithTheNewOne() throws Exception {
        long id = AccountFixtures.account(jdbc, encoder, "pwchange1", "TOWNSHIP_OFFICER", AccountFixtures.countyId(jdbc), false);
        mvc.perform(get("/account").with(user(users.loadUserByUsername("pwchange1"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("修改密码")));

        mvc.perform(post("/account/password").with(user(users.loadUserByUsername("pwchange1"))).with(csrf())
                        .param("oldPassword", Fixtures.PASSWORD).param("newPassword", NEW_PASSWORD)
                        .param("confirmPassword", NEW_PASSWORD))
                .andExpect(redirectedUrl("/account"));

        mvc.perform(formLogin("/login").user("pwchange1").password(NEW_PASSWORD)).andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user("pwchange1").password(Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        String audit = jdbc.sql("SELECT action || '|' || COALESCE(after_value, '') FROM audit_entries WHERE object_type = 'ACCOUNT' AND object_id = ? AND actor = 'pwchange1' AND action = 'PASSWORD_CHANGED'")
                .param(id).query(String.class).single();
        assertThat(audit).isEqualTo("PASSWORD_CHANGED|");
    }

    @Test
    void wrongCurrentPasswordAndMismatchedRepeatAreShownNextToTheirFields() throws Exception {
        AccountFixtures.account(jdbc, encoder, "pwchange2", "TOWNSHIP_OFFICER", AccountFixtures.countyId(jdbc), false);
        mvc.perform(post("/account/password").with(user(users.loadUserByUsername("pwchange2"))).with(csrf())
                        .param("oldPassword", "Wrong@2010x").param("newPassword", NEW_PASSWORD)
                        .param("confirmPassword", "Other#2026x"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("当前密码不正确")))
                .andExpect(content().string(containsString("两次输入的新密码不一致")))
                .andExpect(content().string(not(containsString(NEW_PASSWORD))));
        mvc.perform(formLogin("/login").user("pwchange2").password(Fixtures.PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void apiRefusesAPasswordThatFailsThePolicy() throws Exception {
        AccountFixtures.account(jdbc, encoder, "pwchange3", "COUNTY_OFFICER", AccountFixtures.countyId(jdbc), false);
        mvc.perform(post("/api/v1/account/password").with(httpBasic("pwchange3", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("oldPassword", Fixtures.PASSWORD, "newPassword", "abcdefgh",
                                "confirmPassword", "abcdefgh"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("newPassword"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("至少三类")));
        mvc.perform(post("/api/v1/account/password").with(httpBasic("pwchange3", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("oldPassword", Fixtures.PASSWORD, "newPassword", NEW_PASSWORD,
                                "confirmPassword", NEW_PASSWORD))))
                .andExpect(status().isNoContent());
    }

    @Test
    void oneTimePasswordMustBeChangedBeforeAnythingElse() throws Exception {
        AccountFixtures.account(jdbc, encoder, "pwonce", "COUNTY_OFFICER", AccountFixtures.countyId(jdbc), true);
        mvc.perform(get("/members").with(user(users.loadUserByUsername("pwonce")))).andExpect(redirectedUrl("/account"));
        mvc.perform(get("/api/v1/orgs").with(httpBasic("pwonce", Fixtures.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("一次性密码")));
        mvc.perform(get("/account").with(user(users.loadUserByUsername("pwonce"))))
                .andExpect(content().string(containsString("一次性密码")));

        mvc.perform(post("/api/v1/account/password").with(httpBasic("pwonce", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("oldPassword", Fixtures.PASSWORD, "newPassword", NEW_PASSWORD,
                                "confirmPassword", NEW_PASSWORD))))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/orgs").with(httpBasic("pwonce", NEW_PASSWORD))).andExpect(status().isOk());
    }
}
