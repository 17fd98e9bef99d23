package org.jiceng.web;

import org.jiceng.shared.ProblemBody;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database cannot be reached, every request gets an honest answer within the pool's wait (3 s): 503 with
 * {@code Retry-After}, as problem+json on the API and as a Chinese 「暂时无法服务」 page otherwise. It stands before the
 * session store, which is the first to need the database, so neither a failed session read nor a failed error page
 * ends on the container's English page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseDown extends OncePerRequestFilter {

    static final String TITLE = "暂时无法服务";
    static final String MESSAGE = "系统暂时无法服务（数据库无法连接），请稍后再试；已提交但未成功的操作请稍后重新提交";

    private static final Logger log = LoggerFactory.getLogger(DatabaseDown.class);

    private final PlainErrorPage page;

    DatabaseDown(PlainErrorPage page) {
        this.page = page;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!isCause(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
            response.reset();
            answer(request, response, page, MESSAGE);
        }
    }

    /** 503 暂时无法服务 with {@code Retry-After}: problem+json on the API, the plain Chinese page otherwise. */
    static void answer(HttpServletRequest request, HttpServletResponse response, PlainErrorPage page, String message)
            throws IOException {
        response.setHeader("Retry-After", "30");
        if (ErrorHandling.isApi(request)) {
            ProblemBody.write(response, 503, TITLE, message, null);
        } else {
            page.write(request, response, 503, TITLE, message);
        }
    }

    /** Whether the failure is the database being out of reach (no connection, connection lost, server shutting down). */
    static boolean isCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessResourceException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof java.net.ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
