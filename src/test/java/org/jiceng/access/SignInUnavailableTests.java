package org.jiceng.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;

/** While the database is down, an API caller is told the service is unavailable (503), never "wrong password". */
class SignInUnavailableTests {

    @Test
    void aDatabaseOutageDuringSignInIsA503NotA401() throws Exception {
        var down = new InternalAuthenticationServiceException("accounts unreadable",
                new CannotGetJdbcConnectionException("Connection is not available, request timed out after 3000ms."));
        MockHttpServletResponse response = new MockHttpServletResponse();
        SecurityConfig.apiSignIn().commence(new MockHttpServletRequest(), response, down);
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("暂时无法服务").doesNotContain("密码");
        assertThat(response.getHeader("WWW-Authenticate")).isNull();
    }

    @Test
    void aWrongPasswordIsStillA401() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        SecurityConfig.apiSignIn().commence(new MockHttpServletRequest(), response, new BadCredentialsException("bad"));
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate")).startsWith("Basic");
    }
}
