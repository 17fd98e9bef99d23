package org.jiceng.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.jiceng.configuration.Settings;
import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Sign-in is throttled by source address as well as by account: one address guessing across many usernames is
 * refused — even with a right password — with the one sign-in message, and one address cannot lock someone else's
 * account; reaching a limit is shown to the auditor.
 */
@JicengIntegrationTest
class SourceThrottleIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Settings settings;

    @Test
    void oneAddressGuessingAcrossUsernamesIsRefusedEvenWithARightPassword() throws Exception {
        int limit = settings.intValue(Settings.SOURCE_MAX_FAILURES);
        for (int i = 0; i < limit; i++) {
            signIn("10.14.0.1", "spray-" + i, "Spring#2026x").andExpect(redirectedUrl("/login?error"));
        }
        signIn("10.14.0.1", "hanfeng", Fixtures.PASSWORD).andExpect(redirectedUrl("/login?error"));
        String refused = mvc.perform(get("/api/v1/orgs").with(httpBasic("hanfeng", Fixtures.PASSWORD))
                .with(from("10.14.0.1"))).andExpect(status().isUnauthorized()).andReturn().getResponse()
                .getContentAsString();
        String wrong = mvc.perform(get("/api/v1/orgs").with(httpBasic("hanfeng", "Wrong#2026x"))
                .with(from("10.14.0.9"))).andExpect(status().isUnauthorized()).andReturn().getResponse()
                .getContentAsString();
        assertThat(refused).isEqualTo(wrong);
        signIn("10.14.0.2", "hanfeng", Fixtures.PASSWORD).andExpect(redirectedUrl("/"));
        mvc.perform(get("/api/v1/audit-entries").param("objectType", "ACCOUNT").param("size", "100")
                        .with(httpBasic("auditor", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.items[*].action", Matchers.hasItem("LOGIN_THROTTLED")));
    }

    @Test
    void oneAddressCannotLockSomeoneElsesAccount() throws Exception {
        AccountFixtures.account(jdbc, encoder, "throttle-victim", "COUNTY_OFFICER", AccountFixtures.countyId(jdbc), false);
        int lock = settings.intValue(Settings.LOCKOUT_MAX_FAILURES);
        for (int i = 0; i < lock * 3; i++) {
            signIn("10.14.0.3", "throttle-victim", "Guess#2026x" + i).andExpect(redirectedUrl("/login?error"));
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM accounts WHERE username = 'throttle-victim'"
                + " AND locked_until IS NOT NULL").query(Long.class).single()).isZero();
        signIn("10.14.0.4", "throttle-victim", Fixtures.PASSWORD).andExpect(redirectedUrl("/"));
        signIn("10.14.0.3", "throttle-victim", Fixtures.PASSWORD).andExpect(redirectedUrl("/login?error"));
    }

    private ResultActions signIn(String source, String username, String password) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(from(source)));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
