package org.jiceng.support;

import org.jiceng.shared.Audited;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes an audit entry as a named user through the application's audit recorder (so that it joins the hash chain,
 * as every entry must), for tests that need entries of users who do not exist.
 */
public final class AuditEntries {

    private AuditEntries() {
    }

    /** Publishes the event as {@code actor} in its own transaction and returns the new entry's id. */
    public static long record(TransactionTemplate transaction, ApplicationEventPublisher events, JdbcClient jdbc,
                              String actor, Audited event) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(new SecurityContextImpl(
                new TestingAuthenticationToken(actor, null, "ROLE_TEST")));
        try {
            return transaction.execute(status -> {
                events.publishEvent(event);
                return jdbc.sql("SELECT MAX(id) FROM audit_entries WHERE actor = ?").param(actor)
                        .query(Long.class).single();
            });
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
