package org.jiceng.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page, generated from the registered endpoints, is sent with the strict Content-Security-Policy and the other
 * security headers, and carries no script the policy would have to allow: no inline script, no on* attribute, no
 * javascript: link, no inline style element. Behind the TLS proxy the session cookie is Secure and HSTS is sent;
 * redirects never point at the Host a request claimed.
 */
@JicengIntegrationTest
class SecurityHeadersIntegrationTests {

    private static final Pattern INLINE_SCRIPT = Pattern.compile(
            "<script(?![^>]*\\bsrc=)(?![^>]*type=\"application/json\")[^>]*>|\\son[a-z]+=|javascript:|<style",
            Pattern.CASE_INSENSITIVE);

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @LocalServerPort
    int port;

    @Test
    void everyPageCarriesTheStrictPolicyAndNoInlineScript() throws Exception {
        List<String> failures = new ArrayList<>();
        int pages = 0;
        for (String path : pagePaths()) {
            String username = path.startsWith("/admin/accounts") ? "security"
                    : path.startsWith("/admin") ? "sysadmin" : path.startsWith("/audit") ? "auditor" : "county";
            MockHttpServletResponse response = mvc.perform(get(path).with(user(users.loadUserByUsername(username))))
                    .andReturn().getResponse();
            checkHeaders(path, response, failures);
            if (response.getStatus() == 200 && String.valueOf(response.getContentType()).startsWith("text/html")) {
                pages++;
                var inline = INLINE_SCRIPT.matcher(response.getContentAsString());
                if (inline.find()) {
                    failures.add(path + ": inline script or style " + inline.group());
                }
            }
        }
        for (String path : List.of("/login", "/orgs/999999999", "/js/jiceng.js", "/public/notices/none")) {
            checkHeaders(path, mvc.perform(get(path)).andReturn().getResponse(), failures);
        }
        assertThat(pages).as("pages rendered").isGreaterThan(40);
        assertThat(failures).isEmpty();
    }

    @Test
    void apiAnswersCarryThePolicyToo() throws Exception {
        List<String> failures = new ArrayList<>();
        checkHeaders("/api/v1/orgs", mvc.perform(get("/api/v1/orgs")).andReturn().getResponse(), failures);
        assertThat(failures).isEmpty();
    }

    @Test
    void behindTheTlsProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        String answer = raw("GET /orgs HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-Proto: https\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(answer).containsIgnoringCase("Strict-Transport-Security: max-age=31536000");
        assertThat(answer).containsPattern("(?i)Set-Cookie: SESSION=[^\\r\\n]*; Secure");
        String plain = raw("GET /orgs HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(plain).doesNotContainIgnoringCase("Strict-Transport-Security");
    }

    @Test
    void redirectsDoNotEchoTheHostHeader() throws Exception {
        String answer = raw("GET /orgs HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 302");
        assertThat(answer).containsIgnoringCase("Location: /login").doesNotContain("evil.example");
        String forwarded = raw("GET /orgs HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-Host: evil.example\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(forwarded).doesNotContain("evil.example");
    }

    private Set<String> pagePaths() {
        Set<String> paths = new TreeSet<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            var methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                if (!pattern.contains("{") && !pattern.startsWith("/api") && !pattern.startsWith("/error")
                        && handler.getBeanType().getPackageName().startsWith("org.jiceng")) {
                    paths.add(pattern);
                }
            }
        });
        return paths;
    }

    private static void checkHeaders(String path, MockHttpServletResponse response, List<String> failures) {
        String csp = response.getHeader("Content-Security-Policy");
        if (csp == null || !csp.contains("script-src 'self';") || csp.contains("unsafe-eval")
                || !csp.contains("object-src 'none'") || !csp.contains("frame-ancestors 'none'")
                || !csp.contains("base-uri 'self'") || !csp.contains("form-action 'self'")
                || csp.replace("style-src-attr 'unsafe-inline'", "").contains("unsafe-inline")) {
            failures.add(path + ": Content-Security-Policy " + csp);
        }
        if (!"nosniff".equals(response.getHeader("X-Content-Type-Options"))
                || !"same-origin".equals(response.getHeader("Referrer-Policy"))
                || !String.valueOf(response.getHeader("Permissions-Policy")).contains("camera=()")) {
            failures.add(path + ": headers " + response.getHeaderNames());
        }
    }

    private String raw(String request) throws Exception {
        return org.jiceng.support.RawHttp.head(port, request);
    }
}
