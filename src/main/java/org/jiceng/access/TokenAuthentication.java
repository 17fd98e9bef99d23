package org.jiceng.access;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request to the API signed in with a personal access token: the account, and whether the token may only read. */
final class TokenAuthentication extends AbstractAuthenticationToken {

    private final AccountPrincipal principal;
    private final long tokenId;
    private final boolean readOnly;

    TokenAuthentication(AccountPrincipal principal, long tokenId, boolean readOnly) {
        super(principal.getAuthorities());
        this.principal = principal;
        this.tokenId = tokenId;
        this.readOnly = readOnly;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public AccountPrincipal getPrincipal() {
        return principal;
    }

    long tokenId() {
        return tokenId;
    }

    boolean readOnly() {
        return readOnly;
    }
}
