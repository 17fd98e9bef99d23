package org.jiceng.access;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in — the form's POST /login or an API call's HTTP Basic header — from an address the
 * {@link SourceThrottle} refuses, before the password is checked: the same answer as a wrong password, and nothing
 * counted against the account.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

    private final SourceThrottle throttle;
    private final boolean api;

    SignInThrottleFilter(SourceThrottle throttle, boolean api) {
        this.throttle = throttle;
        this.api = api;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = api ? basicUsername(request) : formUsername(request);
        if (username == null || !throttle.refuses(request.getRemoteAddr(), username)) {
            chain.doFilter(request, response);
        } else if (api) {
            SecurityConfig.apiSignIn().commence(request, response, new BadCredentialsException("throttled"));
        } else {
            response.sendRedirect(request.getContextPath() + "/login?error");
        }
    }

    private static String formUsername(HttpServletRequest request) {
        boolean signIn = "POST".equals(request.getMethod())
                && "/login".equals(request.getRequestURI().substring(request.getContextPath().length()));
        return signIn ? request.getParameter("username") : null;
    }

    private static String basicUsername(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
