package org.jiceng.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Sessions live in the database with a 30-minute idle timeout; forms need their CSRF token. */
@JicengIntegrationTest
class SessionIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSignedInSessionIsStoredInTheDatabaseWithAThirtyMinuteIdleTimeout() throws Exception {
        Cookie session = mvc.perform(formLogin("/login").user("nanzhihui").password(Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        mvc.perform(get("/orgs").cookie(session)).andExpect(status().isOk());
        Integer idle = jdbc.sql("SELECT max_inactive_interval FROM spring_session WHERE principal_name = 'nanzhihui'")
                .query(Integer.class).list().get(0);
        assertThat(idle).isEqualTo(30 * 60);
    }

    @Test
    void readingPagesDoesNotWriteTheSessionRowUntilTheTouchIntervalHasPassed() throws Exception {
        Cookie session = mvc.perform(formLogin("/login").user("hanfeng").password(Fixtures.PASSWORD))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/orgs").cookie(session)).andExpect(status().isOk());
        long before = lastAccess(session);
        mvc.perform(get("/orgs").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/members").cookie(session)).andExpect(status().isOk());
        assertThat(lastAccess(session)).isEqualTo(before);

        // Once the last write is older than the interval (a minute), the next request records the access.
        jdbc.sql("UPDATE spring_session SET last_access_time = last_access_time - 120000 WHERE session_id = :id")
                .param("id", sessionId(session)).update();
        mvc.perform(get("/orgs").cookie(session)).andExpect(status().isOk());
        assertThat(lastAccess(session)).isGreaterThan(before - 120000 + 60000);
    }

    private long lastAccess(Cookie session) {
        return jdbc.sql("SELECT last_access_time FROM spring_session WHERE session_id = :id")
                .param("id", sessionId(session)).query(Long.class).single();
    }

    private static String sessionId(Cookie session) {
        return new String(java.util.Base64.getDecoder().decode(session.getValue()),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void anApiCallWithinAMinuteOfTheLastSignInWritesNothingToTheAccount() throws Exception {
        var basic = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .httpBasic("nanzhihui", Fixtures.PASSWORD);
        mvc.perform(get("/api/v1/orgs").with(basic)).andExpect(status().isOk());
        jdbc.sql("UPDATE accounts SET last_login_at = :t WHERE username = 'nanzhihui'")
                .param("t", java.time.LocalDateTime.now().minusSeconds(30).withNano(0)).update();
        var before = jdbc.sql("SELECT last_login_at FROM accounts WHERE username = 'nanzhihui'")
                .query(java.time.LocalDateTime.class).single();
        mvc.perform(get("/api/v1/orgs").with(basic)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/members").with(basic)).andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT last_login_at FROM accounts WHERE username = 'nanzhihui'")
                .query(java.time.LocalDateTime.class).single()).isEqualTo(before);
    }

    @Test
    void aSessionRemovedFromTheDatabaseNoLongerSignsIn() throws Exception {
        Cookie session = mvc.perform(formLogin("/login").user("fanjiazhai").password(Fixtures.PASSWORD))
                .andReturn().getResponse().getCookie("SESSION");
        jdbc.sql("DELETE FROM spring_session WHERE principal_name = 'fanjiazhai'").update();
        mvc.perform(get("/orgs").cookie(session)).andExpect(status().is3xxRedirection());
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefused() throws Exception {
        Cookie session = mvc.perform(formLogin("/login").user("guodian").password(Fixtures.PASSWORD))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(post("/members").cookie(session).param("name", "无令牌")).andExpect(status().isForbidden());
    }

    @Test
    void pagesAskAnonymousVisitorsToSignInAndTheApiAnswers401() throws Exception {
        mvc.perform(get("/members")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/members")).andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")));
    }

    @Test
    void healthIsOpenAndTheOpenApiDocumentDescribesTheApi() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        String doc = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(doc).contains("/api/v1/members", "/api/v1/orgs/{orgId}");
        mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection());
    }

    @Test
    void prometheusMetricsNeedTheSystemAdministrator() throws Exception {
        mvc.perform(get("/actuator/prometheus").with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.httpBasic("county", Fixtures.PASSWORD))).andExpect(status().isForbidden());
        String metrics = mvc.perform(get("/actuator/prometheus").with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.httpBasic("sysadmin", Fixtures.PASSWORD))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        // Requests are timed; Spring Security's per-filter observations are off (their cost, docs/benchmarks.md).
        org.assertj.core.api.Assertions.assertThat(metrics).contains("http_server_requests_seconds_count")
                .doesNotContain("spring_security_filterchains");
    }
}
