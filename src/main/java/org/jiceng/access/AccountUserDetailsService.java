package org.jiceng.access;

import java.time.LocalDateTime;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads an account for sign-in; a locked account is reported locked before its password is even checked, and one
 * that is disabled or still waits for confirmation cannot sign in.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        String hash = accounts.passwordHash(username).orElseThrow();
        // An account waiting for a second person's confirmation (三员分立) cannot sign in yet.
        boolean usable = account.enabled() && accounts.pending(account.id()).isEmpty();
        return new AccountPrincipal(account.toActor(), hash, usable, !account.isLocked(LocalDateTime.now()));
    }
}
