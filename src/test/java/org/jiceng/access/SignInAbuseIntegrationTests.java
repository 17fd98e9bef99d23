package org.jiceng.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.hamcrest.Matchers;
import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Sign-in tells an attacker nothing (the same answer for unknown, wrong, locked and disabled accounts), attempts on
 * unknown usernames reach the auditor, and password changes refuse the demo password, the last five passwords and
 * lock the account after repeated wrong current passwords.
 */
@JicengIntegrationTest
class SignInAbuseIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void unknownWrongLockedAndDisabledAccountsGetTheSameAnswer() throws Exception {
        long county = AccountFixtures.countyId(jdbc);
        long locked = AccountFixtures.account(jdbc, encoder, "abuse-locked", "COUNTY_OFFICER", county, false);
        jdbc.sql("UPDATE accounts SET locked_until = ? WHERE id = ?").params(LocalDateTime.now().plusHours(1), locked)
                .update();
        long disabled = AccountFixtures.account(jdbc, encoder, "abuse-off", "COUNTY_OFFICER", county, false);
        jdbc.sql("UPDATE accounts SET enabled = FALSE WHERE id = ?").param(disabled).update();

        Set<String> answers = new HashSet<>();
        Set<String> pages = new HashSet<>();
        String[][] attempts = {{"abuse-nobody", Fixtures.PASSWORD}, {"county", "Wrong#2026x"},
                {"abuse-locked", Fixtures.PASSWORD}, {"abuse-off", Fixtures.PASSWORD}};
        for (String[] attempt : attempts) {
            answers.add(mvc.perform(get("/api/v1/orgs").with(httpBasic(attempt[0], attempt[1])))
                    .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString());
            var login = mvc.perform(formLogin("/login").user(attempt[0]).password(attempt[1]))
                    .andExpect(redirectedUrl("/login?error")).andReturn();
            Cookie session = login.getResponse().getCookie("SESSION");
            pages.add(mvc.perform(get("/login").param("error", "").cookie(session)).andReturn().getResponse()
                    .getContentAsString().replaceAll("(?s).*<div class=\"alert alert-danger\"[^>]*>([^<]*)<.*", "$1"));
        }
        assertThat(answers).hasSize(1);
        assertThat(pages).hasSize(1);
        jdbc.sql("UPDATE accounts SET failed_attempts = 0 WHERE username = 'county'").update();
    }

    @Test
    void failedSignInsOfUnknownUsernamesAreShownToTheAuditor() throws Exception {
        mvc.perform(formLogin("/login").user("abuse-ghost").password("Guess#2026x"));
        mvc.perform(get("/api/v1/audit-entries").param("objectType", "ACCOUNT").param("size", "100")
                        .with(httpBasic("auditor", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.items[*].objectLabel", Matchers.hasItem("abuse-ghost")));
    }

    @Test
    void aNewPasswordIsNotTheDemoPasswordNorOneOfTheLastFive() throws Exception {
        AccountFixtures.account(jdbc, encoder, "abuse-history", "COUNTY_OFFICER", AccountFixtures.countyId(jdbc), false);
        Cookie session = signIn("abuse-history", Fixtures.PASSWORD);
        String[] passwords = {Fixtures.PASSWORD, "Qx7#kLm2pW9a", "Qx7#kLm2pW9b", "Qx7#kLm2pW9c"};
        for (int i = 1; i < passwords.length; i++) {
            change(session, passwords[i - 1], passwords[i]).andExpect(redirectedUrl("/account"));
        }
        change(session, "Qx7#kLm2pW9c", "Qx7#kLm2pW9a").andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("不能与最近 5 次使用过的密码相同")));
        change(session, "Qx7#kLm2pW9c", Fixtures.PASSWORD).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("此密码过于常见或已公开")));
    }

    @Test
    void repeatedWrongCurrentPasswordsLockTheAccountAndEndItsSession() throws Exception {
        AccountFixtures.account(jdbc, encoder, "abuse-guess", "COUNTY_OFFICER", AccountFixtures.countyId(jdbc), false);
        Cookie session = signIn("abuse-guess", Fixtures.PASSWORD);
        for (int i = 0; i < 4; i++) {
            change(session, "Guess#2026x" + i, "Qx7#kLm2pW9z").andExpect(status().isOk());
        }
        change(session, "Guess#2026x4", "Qx7#kLm2pW9z");
        mvc.perform(get("/orgs").cookie(session)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/orgs").with(httpBasic("abuse-guess", Fixtures.PASSWORD)))
                .andExpect(status().isUnauthorized());
    }

    private org.springframework.test.web.servlet.ResultActions change(Cookie session, String old, String next)
            throws Exception {
        return mvc.perform(post("/account/password").cookie(session).with(csrf()).param("oldPassword", old)
                .param("newPassword", next).param("confirmPassword", next));
    }

    private Cookie signIn(String username, String password) throws Exception {
        return mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
    }

    @Test
    void theSignInPageStatesTheLockoutAsTheCountySetIt() throws Exception {
        String before = mvc.perform(get("/api/v1/settings/security.lockout.minutes")
                .with(httpBasic("sysadmin", Fixtures.PASSWORD))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        long version = org.jiceng.support.Json.parse(before).get("version").asLong();
        String value = org.jiceng.support.Json.parse(before).get("value").asString();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .put("/api/v1/settings/security.lockout.minutes").with(httpBasic("sysadmin", Fixtures.PASSWORD))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"value\":\"40\",\"version\":" + version + "}"))
                .andExpect(status().isOk());
        try {
            mvc.perform(get("/login")).andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("账户将锁定 40 分钟")));
        } finally {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                            .put("/api/v1/settings/security.lockout.minutes").with(httpBasic("sysadmin", Fixtures.PASSWORD))
                            .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                            .content("{\"value\":\"" + value + "\",\"version\":" + (version + 1) + "}"))
                    .andExpect(status().isOk());
        }
    }
}
