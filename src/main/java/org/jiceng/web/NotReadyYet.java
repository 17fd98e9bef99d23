package org.jiceng.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the application is not ready — starting (migrations, the demo county loading) or shutting down — every
 * request but the health checks gets 503 暂时无法服务 with {@code Retry-After} (problem+json on the API), never a
 * half-loaded county, a 404 or an HTML 500 to an API client caught mid-restart. Readiness is Spring Boot's: refusing
 * until the start-up runners have finished, refusing again once shutdown begins.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class NotReadyYet extends OncePerRequestFilter {

    static final String MESSAGE = "系统正在启动或维护（数据尚未载入完毕），请稍后再试";

    private final ApplicationAvailability availability;
    private final PlainErrorPage page;

    NotReadyYet(ApplicationAvailability availability, PlainErrorPage page) {
        this.availability = availability;
        this.page = page;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
            chain.doFilter(request, response);
            return;
        }
        DatabaseDown.answer(request, response, page, MESSAGE);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length()).startsWith("/actuator/");
    }
}
