package org.jiceng.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * When an account's access changes — disabled, its role or org changed, its password changed or reset — its other
 * open sessions stop reading at once (the next page goes to the sign-in form) and HTTP Basic with the old state is
 * refused; the session that changed its own password stays signed in.
 */
@JicengIntegrationTest
class AccountSessionsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserDetailsService users;

    @Test
    void disablingAnAccountSignsOutItsOpenSessionsAndItsApiAccess() throws Exception {
        long id = AccountFixtures.account(jdbc, encoder, "sess-disable", "COUNTY_OFFICER",
                AccountFixtures.countyId(jdbc), false);
        Cookie session = signIn("sess-disable");
        mvc.perform(get("/orgs").cookie(session)).andExpect(status().isOk());

        mvc.perform(post("/admin/accounts/" + id + "/disable").param("version", "0")
                .with(user(users.loadUserByUsername("security"))).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/orgs").cookie(session)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/orgs").with(httpBasic("sess-disable", Fixtures.PASSWORD)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void changingTheRoleOrOrgSignsOutItsOpenSessions() throws Exception {
        long id = AccountFixtures.account(jdbc, encoder, "sess-role", "COUNTY_OFFICER",
                AccountFixtures.countyId(jdbc), false);
        Cookie session = signIn("sess-role");
        mvc.perform(get("/orgs").cookie(session)).andExpect(status().isOk());

        mvc.perform(post("/admin/accounts/" + id).param("displayName", "测试sess-role").param("role", "TOWNSHIP_OFFICER")
                .param("accountOrg", String.valueOf(AccountFixtures.countyId(jdbc))).param("version", "0")
                .with(user(users.loadUserByUsername("security"))).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/orgs").cookie(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void changingOwnPasswordKeepsThisSessionAndEndsTheOthers() throws Exception {
        AccountFixtures.account(jdbc, encoder, "sess-pass", "COUNTY_OFFICER", AccountFixtures.countyId(jdbc), false);
        Cookie here = signIn("sess-pass");
        Cookie elsewhere = signIn("sess-pass");

        mvc.perform(post("/account/password").cookie(here).with(csrf()).param("oldPassword", Fixtures.PASSWORD)
                        .param("newPassword", "Qx7#kLm2pW9z").param("confirmPassword", "Qx7#kLm2pW9z"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/orgs").cookie(here)).andExpect(status().isOk());
        mvc.perform(get("/orgs").cookie(elsewhere)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aPasswordResetBySecurityAdministratorEndsTheAccountsSessions() throws Exception {
        long id = AccountFixtures.account(jdbc, encoder, "sess-reset", "COUNTY_OFFICER",
                AccountFixtures.countyId(jdbc), false);
        Cookie session = signIn("sess-reset");

        mvc.perform(post("/admin/accounts/" + id + "/reset-password").param("version", "0")
                .with(user(users.loadUserByUsername("security"))).with(csrf()));

        mvc.perform(get("/orgs").cookie(session)).andExpect(redirectedUrl("/login"));
    }

    private Cookie signIn(String username) throws Exception {
        return mvc.perform(formLogin("/login").user(username).password(Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
    }
}
