package org.jiceng.access;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an {@code /api/v1} request that carries {@code Authorization: Bearer <token>} with a personal access token
 * ({@link ApiTokens}); a token that is unknown, revoked, expired or whose account cannot sign in gets the API's 401,
 * a read-only token that tries to write gets 403. Only the API chain has this filter: pages never accept a token.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final ApiTokens tokens;
    private final AuthenticationEntryPoint unauthorized;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    BearerTokenFilter(ApiTokens tokens, AuthenticationEntryPoint unauthorized) {
        this.tokens = tokens;
        this.unauthorized = unauthorized;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || !request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/v1/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String secret = request.getHeader(HttpHeaders.AUTHORIZATION).substring(BEARER.length()).trim();
        var presented = tokens.authenticate(secret);
        if (presented.isEmpty()) {
            contexts.clearContext();
            unauthorized.commence(request, response, new BadCredentialsException("unknown, revoked or expired token"));
            return;
        }
        var p = presented.get();
        if (p.readOnly() && !READS.contains(request.getMethod())) {
            SecurityConfig.problem(response, HttpStatus.FORBIDDEN, "此令牌为只读令牌，不能修改数据");
            return;
        }
        var principal = new AccountPrincipal(p.account().toActor(), null, true, true);
        var context = contexts.createEmptyContext();
        context.setAuthentication(new TokenAuthentication(principal, p.tokenId(), p.readOnly()));
        contexts.setContext(context);
        chain.doFilter(request, response);
    }
}
