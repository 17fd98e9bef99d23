package org.jiceng.access;

import java.time.LocalDateTime;

import org.jiceng.configuration.Settings;
import org.jiceng.shared.Audited;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins (form and HTTP Basic alike) in the database, locks the account per the
 * {@link LockoutPolicy}, resets the count on success, and audits every attempt.
 */
@Component
class SignInAttempts {

    private final AccountRepository accounts;
    private final Settings settings;
    private final ApplicationEventPublisher events;
    private final org.jiceng.organization.OrgDirectory directory;
    private final AccountSessions sessions;
    private final SourceThrottle throttle;

    SignInAttempts(AccountRepository accounts, Settings settings, ApplicationEventPublisher events,
                   org.jiceng.organization.OrgDirectory directory, AccountSessions sessions, SourceThrottle throttle) {
        this.throttle = throttle;
        this.sessions = sessions;
        this.directory = directory;
        this.accounts = accounts;
        this.settings = settings;
        this.events = events;
    }

    @EventListener
    @Transactional
    void onSuccess(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal)) {
            return;
        }
        var actor = principal.actor();
        accounts.findByUsername(actor.username()).ifPresent(account -> {
            boolean firstOfSession = account.failedAttempts() > 0 || account.lastLoginAt() == null
                    || account.lastLoginAt().isBefore(LocalDateTime.now().minusMinutes(1));
            // HTTP Basic signs in on every API call: record and audit a sign-in once a minute, not every request,
            // so an API call writes nothing.
            if (firstOfSession) {
                accounts.recordSuccess(account.id(), LocalDateTime.now());
                events.publishEvent(new Audited("LOGIN", "ACCOUNT", account.id(), account.username(),
                        account.orgId(), null, null));
            }
        });
    }

    /**
     * A wrong current password on a password change counts like a failed sign-in (someone at an unattended session
     * guessing): it may lock the account, and a locked account's sessions end. Its own transaction, so the count
     * stays although the change is refused. Returns whether the account is now locked.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    boolean wrongCurrentPassword(long accountId) {
        Account a = accounts.find(accountId).orElseThrow();
        var outcome = policy().afterFailure(a.failedAttempts(), a.lockedUntil(), LocalDateTime.now());
        accounts.recordFailure(a.id(), outcome.failedAttempts(), outcome.lockedUntil());
        events.publishEvent(new Audited(outcome.locked() ? "LOGIN_LOCKED" : "PASSWORD_CHANGE_FAILED", "ACCOUNT", a.id(),
                a.username(), a.orgId(), null, null));
        if (outcome.locked()) {
            sessions.endAll(a.username());
        }
        return outcome.locked();
    }

    private LockoutPolicy policy() {
        return new LockoutPolicy(settings.intValue(Settings.LOCKOUT_MAX_FAILURES),
                settings.intValue(Settings.LOCKOUT_MINUTES));
    }

    /**
     * Every failure — unknown username, wrong password, locked or disabled account — counts against the address it
     * came from; reaching a limit is audited (under the root org, for its auditor) once.
     */
    private void countBySource(AbstractAuthenticationFailureEvent event, String username) {
        if (!(event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details)
                || details.getRemoteAddress() == null) {
            return;
        }
        String source = details.getRemoteAddress();
        String name = username.length() > 100 ? username.substring(0, 100) : username;
        if (throttle.recordFailure(source, name)) {
            events.publishEvent(new Audited("LOGIN_THROTTLED", "ACCOUNT", null, name, directory.rootId().orElse(null),
                    null, java.util.Map.of("source", source)));
        }
    }

    @EventListener
    @Transactional
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        countBySource(event, username);
        var account = accounts.findByUsername(username);
        if (account.isEmpty()) {
            // Recorded under the root org, so the auditor there sees attempts on usernames that do not exist.
            events.publishEvent(new Audited("LOGIN_FAILED", "ACCOUNT", null, username, directory.rootId().orElse(null),
                    null, java.util.Map.of("reason", "UNKNOWN_USERNAME")));
            return;
        }
        Account a = account.get();
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            var outcome = policy().afterFailure(a.failedAttempts(), a.lockedUntil(), LocalDateTime.now());
            accounts.recordFailure(a.id(), outcome.failedAttempts(), outcome.lockedUntil());
            events.publishEvent(new Audited(outcome.locked() ? "LOGIN_LOCKED" : "LOGIN_FAILED", "ACCOUNT", a.id(),
                    username, a.orgId(), null, null));
        } else {
            events.publishEvent(new Audited("LOGIN_REFUSED", "ACCOUNT", a.id(), username, a.orgId(), null,
                    java.util.Map.of("reason", event.getException().getClass().getSimpleName())));
        }
    }
}
