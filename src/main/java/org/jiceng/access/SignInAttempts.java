package org.jiceng.access;

import java.time.LocalDateTime;

import org.jiceng.configuration.Settings;
import org.jiceng.shared.Audited;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
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

    SignInAttempts(AccountRepository accounts, Settings settings, ApplicationEventPublisher events) {
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

    @EventListener
    @Transactional
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        var account = accounts.findByUsername(username);
        if (account.isEmpty()) {
            events.publishEvent(new Audited("LOGIN_FAILED", "ACCOUNT", null, username, null, null, null));
            return;
        }
        Account a = account.get();
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            var policy = new LockoutPolicy(settings.intValue(Settings.LOCKOUT_MAX_FAILURES),
                    settings.intValue(Settings.LOCKOUT_MINUTES));
            var outcome = policy.afterFailure(a.failedAttempts(), a.lockedUntil(), LocalDateTime.now());
            accounts.recordFailure(a.id(), outcome.failedAttempts(), outcome.lockedUntil());
            events.publishEvent(new Audited(outcome.locked() ? "LOGIN_LOCKED" : "LOGIN_FAILED", "ACCOUNT", a.id(),
                    username, a.orgId(), null, null));
        } else {
            events.publishEvent(new Audited("LOGIN_REFUSED", "ACCOUNT", a.id(), username, a.orgId(), null,
                    java.util.Map.of("reason", event.getException().getClass().getSimpleName())));
        }
    }
}
