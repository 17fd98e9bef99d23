package org.jiceng.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Access ends when the account's access changes (等保 2.0 身份鉴别 / 访问控制): once the account is disabled, its role
 * or org changed or its password changed, every page session it holds is removed from the session store (Spring
 * Session's index by principal name), on every instance, after the change commits — the next request of such a
 * session goes to the sign-in form. The session that changed its own password stays signed in. HTTP Basic needs
 * nothing: it checks the account on every request.
 */
@Component
class AccountSessions {

    /** Published inside the writing transaction; the sessions end once it commits. */
    record AccessChanged(String username, String keepSessionId) {
    }

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final ApplicationEventPublisher events;

    AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions, ApplicationEventPublisher events) {
        this.sessions = sessions;
        this.events = events;
    }

    /** Ends all of the account's sessions once the current transaction commits. */
    void endAll(String username) {
        events.publishEvent(new AccessChanged(username, null));
    }

    /** Ends the account's other sessions once the current transaction commits; the caller's own stays. */
    void endOthers(String username) {
        events.publishEvent(new AccessChanged(username, currentSessionId()));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onAccessChanged(AccessChanged change) {
        sessions.findByPrincipalName(change.username()).keySet().stream()
                .filter(id -> !id.equals(change.keepSessionId()))
                .forEach(sessions::deleteById);
    }

    private static String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            HttpSession session = request.getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }
}
