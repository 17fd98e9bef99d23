package org.jiceng.audit;

import java.time.LocalDateTime;

import org.jiceng.shared.Audited;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an audit entry for each {@link Audited} event. The listener is synchronous, so the entry commits or rolls
 * back together with the change that published it, and is linked into the hash chain ({@link AuditChain}) just
 * before that transaction commits.
 */
@Component
class AuditRecorder {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditChain chain;

    AuditRecorder(JdbcClient jdbc, JsonMapper json, AuditChain chain) {
        this.jdbc = jdbc;
        this.json = json;
        this.chain = chain;
    }

    @EventListener
    @Transactional
    void on(Audited event) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO audit_entries (occurred_at, actor, action, object_type, object_id, object_label, org_id,
                                           before_value, after_value, remote_address)
                VALUES (:at, :actor, :action, :type, :id, :label, :org, :before, :after, :address)""")
                .param("at", LocalDateTime.now())
                .param("actor", actor(event))
                .param("action", event.action())
                .param("type", event.objectType())
                .param("id", event.objectId())
                .param("label", truncate(event.objectLabel(), 200))
                .param("org", event.orgId())
                .param("before", event.before() == null ? null : json.writeValueAsString(event.before()))
                .param("after", event.after() == null ? null : json.writeValueAsString(event.after()))
                .param("address", remoteAddress())
                .update(key, "id");
        chain.linkOnCommit(key.getKeyAs(Number.class).longValue());
    }

    private static String actor(Audited event) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getName() != null) {
            return truncate(auth.getName(), 50);
        }
        // Sign-in attempts name the username tried; system jobs (demo load, generator) name the system.
        return event.action().startsWith("LOGIN") && event.objectLabel() != null
                ? truncate(event.objectLabel(), 50) : "system";
    }

    private static String remoteAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : null;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
