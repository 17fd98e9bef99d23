package org.jiceng.access;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API has no CSRF token (scripts sign in with HTTP Basic on every call), so a browser that cached Basic
 * credentials would send them with a form another site posts to {@code /api/v1/...}. A cross-site form can only send
 * form, multipart or plain-text bodies and no custom header without the browser asking first (CORS preflight, which
 * we never grant); so an unsafe API call must carry a JSON body or the {@code X-Requested-With} header, else it is
 * refused with 403 before any credential is looked at. The public 公示 endpoints need no sign-in and are exempt.
 */
final class ApiCrossSiteFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Requested-With";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return SAFE.contains(request.getMethod()) || path.startsWith("/api/v1/public/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isJson(request.getContentType()) || request.getHeader(HEADER) != null) {
            chain.doFilter(request, response);
            return;
        }
        org.jiceng.shared.ProblemBody.write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                "API 写操作须以 JSON 提交，或带 X-Requested-With 请求头（防止跨站提交）", null);
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isCompatibleWith(MediaType.APPLICATION_JSON)
                    || (type.getType().equals("application") && type.getSubtype().endsWith("+json"));
        } catch (RuntimeException e) {
            return false;
        }
    }
}
