package org.jiceng.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import jakarta.servlet.http.Cookie;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Personal access tokens: a script calls the API with {@code Authorization: Bearer} instead of a password; the token
 * works until revoked, expired, or its account loses access, never reaches beyond the account's scope, never signs in
 * a page, and a read-only one cannot write.
 */
@JicengIntegrationTest
class ApiTokenIntegrationTests {

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
    void aTokenCreatedByItsHolderWorksUntilRevokedAndEveryStepIsAudited() throws Exception {
        AccountFixtures.account(jdbc, encoder, "tok-basic", "COUNTY_OFFICER", AccountFixtures.countyId(jdbc), false);
        var created = Json.parse(mvc.perform(post("/api/v1/account/tokens").with(httpBasic("tok-basic", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("name", "同步脚本", "expiresOn", LocalDate.now().plusDays(30).toString()))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        String token = created.get("secret").asText();
        long id = created.get("token").get("id").asLong();

        mvc.perform(bearer(get("/api/v1/orgs"), token)).andExpect(status().isOk());
        mvc.perform(bearer(get("/api/v1/account"), token)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.username")
                        .value("tok-basic"));
        assertThat(jdbc.sql("SELECT token_hash FROM api_tokens WHERE id = ?").param(id).query(String.class).single())
                .as("only the hash is stored").isNotEqualTo(token).hasSize(64);

        mvc.perform(post("/api/v1/account/tokens/" + id + "/revoke").with(httpBasic("tok-basic", Fixtures.PASSWORD))
                .header(ApiCrossSiteFilter.HEADER, "x")).andExpect(status().isNoContent());
        mvc.perform(bearer(get("/api/v1/orgs"), token)).andExpect(status().isUnauthorized());
        mvc.perform(bearer(get("/api/v1/orgs"), "jct_" + "A".repeat(43))).andExpect(status().isUnauthorized());

        assertThat(jdbc.sql("SELECT action FROM audit_entries WHERE object_type = 'API_TOKEN' AND object_id = ? ORDER BY id")
                .param(id).query(String.class).list()).containsExactly("CREATE", "REVOKE");
    }

    @Test
    void aTokenStopsWhenItsAccountIsDisabledOrItsRoleChanges() throws Exception {
        long county = AccountFixtures.countyId(jdbc);
        long disabled = AccountFixtures.account(jdbc, encoder, "tok-disabled", "COUNTY_OFFICER", county, false);
        long moved = AccountFixtures.account(jdbc, encoder, "tok-moved", "COUNTY_OFFICER", county, false);
        String first = create("tok-disabled", false);
        String second = create("tok-moved", false);
        mvc.perform(bearer(get("/api/v1/orgs"), first)).andExpect(status().isOk());

        mvc.perform(post("/admin/accounts/" + disabled + "/disable").param("version", "0")
                .with(user(users.loadUserByUsername("security"))).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/accounts/" + moved).param("displayName", "测试tok-moved").param("role", "TOWNSHIP_OFFICER")
                .param("accountOrg", String.valueOf(county)).param("version", "0")
                .with(user(users.loadUserByUsername("security"))).with(csrf())).andExpect(status().is3xxRedirection());

        mvc.perform(bearer(get("/api/v1/orgs"), first)).andExpect(status().isUnauthorized());
        mvc.perform(bearer(get("/api/v1/orgs"), second)).andExpect(status().isUnauthorized());
        // Enabling the account again does not bring the token back.
        mvc.perform(post("/admin/accounts/" + disabled + "/enable").param("version", "1")
                .with(user(users.loadUserByUsername("security"))).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(bearer(get("/api/v1/orgs"), first)).andExpect(status().isUnauthorized());
    }

    @Test
    void aDisabledAccountsTokenIsRefusedEvenIfNotYetRevoked() throws Exception {
        long id = AccountFixtures.account(jdbc, encoder, "tok-off", "COUNTY_OFFICER", AccountFixtures.countyId(jdbc), false);
        String token = create("tok-off", false);
        jdbc.sql("UPDATE accounts SET enabled = FALSE WHERE id = ?").param(id).update();
        mvc.perform(bearer(get("/api/v1/orgs"), token)).andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenNeverReachesBeyondItsAccountsScope() throws Exception {
        long township = fixtures.org("汉封乡");
        AccountFixtures.account(jdbc, encoder, "tok-township", "TOWNSHIP_OFFICER", township, false);
        String token = create("tok-township", true);
        long inside = fixtures.firstMemberOf("程家塬村");
        long otherTownship = jdbc.sql("""
                SELECT p.id FROM people p WHERE p.political_status <> 'NONE' AND p.org_id NOT IN
                    (SELECT descendant_id FROM org_tree WHERE ancestor_id = ?) ORDER BY p.id""")
                .param(township).query(Long.class).list().get(0);

        mvc.perform(bearer(get("/api/v1/members/" + inside), token)).andExpect(status().isOk());
        mvc.perform(bearer(get("/api/v1/members/" + otherTownship), token)).andExpect(status().isNotFound());
        mvc.perform(bearer(get("/api/v1/members/" + fixtures.outsidePerson), token)).andExpect(status().isNotFound());
        mvc.perform(bearer(get("/api/v1/accounts"), token)).andExpect(status().isForbidden());
    }

    @Test
    void aReadOnlyTokenCannotWriteAndNoTokenCreatesTokens() throws Exception {
        AccountFixtures.account(jdbc, encoder, "tok-ro", "COUNTY_OFFICER", AccountFixtures.countyId(jdbc), false);
        String readOnly = create("tok-ro", true);
        String full = create("tok-ro", false);
        String body = Json.of(Map.of("name", "再造", "expiresOn", LocalDate.now().plusDays(10).toString()));

        mvc.perform(bearer(post("/api/v1/account/tokens"), readOnly).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(bearer(post("/api/v1/account/tokens"), full).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_tokens t JOIN accounts a ON a.id = t.account_id "
                + "WHERE a.username = 'tok-ro'").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aPageRequestWithATokenIsNotSignedIn() throws Exception {
        AccountFixtures.account(jdbc, encoder, "tok-page", "COUNTY_OFFICER", AccountFixtures.countyId(jdbc), false);
        String token = create("tok-page", false);
        mvc.perform(bearer(get("/orgs"), token)).andExpect(redirectedUrl("/login"));
        mvc.perform(bearer(get("/actuator/prometheus"), token)).andExpect(status().isUnauthorized());
    }

    @Test
    void usingATokenRecordsLastUseAtMostOnceAMinute() throws Exception {
        AccountFixtures.account(jdbc, encoder, "tok-used", "COUNTY_OFFICER", AccountFixtures.countyId(jdbc), false);
        String token = create("tok-used", false);
        mvc.perform(bearer(get("/api/v1/orgs"), token)).andExpect(status().isOk());
        LocalDateTime first = lastUsed("tok-used");
        assertThat(first).isNotNull();
        LocalDateTime recent = first.minusSeconds(30);
        jdbc.sql("UPDATE api_tokens SET last_used_at = ? WHERE name = 'tok-used'").param(recent).update();
        mvc.perform(bearer(get("/api/v1/orgs"), token)).andExpect(status().isOk());
        assertThat(lastUsed("tok-used")).isEqualTo(recent);
    }

    @Test
    void theAccountPageShowsANewTokenOnceAndTheSecurityAdministratorRevokesIt() throws Exception {
        long id = AccountFixtures.account(jdbc, encoder, "tok-ui", "COUNTY_OFFICER", AccountFixtures.countyId(jdbc), false);
        Cookie session = mvc.perform(formLogin("/login").user("tok-ui").password(Fixtures.PASSWORD)).andReturn()
                .getResponse().getCookie("SESSION");
        String page = mvc.perform(post("/account/tokens").cookie(session).with(csrf()).param("name", "报表导出")
                        .param("expiresOn", LocalDate.now().plusDays(30).toString()).param("readOnly", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String token = page.replaceAll("(?s).*value=\"(jct_[A-Za-z0-9_-]+)\".*", "$1");
        assertThat(token).startsWith("jct_").hasSize(47);
        assertThat(mvc.perform(get("/account").cookie(session)).andReturn().getResponse().getContentAsString())
                .contains("报表导出", "只读", "有效").doesNotContain(token);
        mvc.perform(bearer(get("/api/v1/orgs"), token)).andExpect(status().isOk());

        long tokenId = jdbc.sql("SELECT id FROM api_tokens WHERE account_id = ?").param(id).query(Long.class).single();
        assertThat(mvc.perform(get("/admin/accounts/" + id).with(user(users.loadUserByUsername("security"))))
                .andReturn().getResponse().getContentAsString()).contains("报表导出");
        mvc.perform(post("/admin/accounts/" + id + "/tokens/" + tokenId + "/revoke")
                .with(user(users.loadUserByUsername("security"))).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(bearer(get("/api/v1/orgs"), token)).andExpect(status().isUnauthorized());
    }

    @Test
    void theOpenApiDocumentDescribesTheBearerScheme() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        assertThat(doc).contains("\"bearer\"", "/api/v1/account/tokens");
    }

    private String create(String username, boolean readOnly) throws Exception {
        String body = Json.of(Map.of("name", username, "expiresOn", LocalDate.now().plusDays(30).toString(),
                "readOnly", readOnly));
        return Json.parse(mvc.perform(post("/api/v1/account/tokens").with(httpBasic(username, Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("secret").asText();
    }

    private LocalDateTime lastUsed(String name) {
        return jdbc.sql("SELECT last_used_at FROM api_tokens WHERE name = ?").param(name).query(LocalDateTime.class)
                .single();
    }

    private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", "Bearer " + token);
    }
}
