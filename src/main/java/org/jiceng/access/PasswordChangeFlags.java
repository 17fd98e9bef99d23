package org.jiceng.access;

import java.util.Objects;

import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Whether an account still signs in with a one-time password, asked by {@link PasswordChangeRequired} on every
 * request: kept in the {@value #CACHE} cache instead of read each time. A password set ({@link AccountRepository}
 * evicts it) and a sign-in through the form forget it, so a reset by the security administrator — which also ends
 * the account's sessions — is read afresh at the next sign-in on any instance.
 */
@Component
class PasswordChangeFlags {

    static final String CACHE = "passwordChangeFlags";

    private final AccountRepository accounts;
    private final CacheManager caches;

    PasswordChangeFlags(AccountRepository accounts, CacheManager caches) {
        this.accounts = accounts;
        this.caches = caches;
    }

    @Cacheable(CACHE)
    public boolean mustChange(long accountId) {
        return accounts.mustChangePassword(accountId);
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            Objects.requireNonNull(caches.getCache(CACHE)).evict(principal.actor().accountId());
        }
    }
}
