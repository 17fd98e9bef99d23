package org.jiceng.access.session;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds a request for {@link LazyTouchSessionRepository}: the session read at the start of the request is the one
 * Spring Session's filter gets back when it commits, instead of a second read of the session table. Stands just
 * before that filter; the memory ends with the request, so a session ended elsewhere is never served from it.
 */
@Component
@Order(SessionRepositoryFilter.DEFAULT_ORDER - 1)
class SessionReadOnce extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        LazyTouchSessionRepository.beginRequest();
        try {
            chain.doFilter(request, response);
        } finally {
            LazyTouchSessionRepository.endRequest();
        }
    }
}
