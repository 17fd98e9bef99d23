package org.jiceng.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jiceng.access.ApiTokenRepository.ApiToken;
import org.jiceng.access.ApiTokenRepository.Presented;
import org.jiceng.shared.Actor;
import org.jiceng.shared.Audited;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens (个人访问令牌) for scripts calling the API: the account holder creates one for a purpose, sees
 * it once, and revokes it; the security administrator revokes any token of an account in their scope. A token acts as
 * its account — same role, same data scope — optionally read-only, until its expiry date (at most a year ahead). It is
 * revoked with the account's access: when the account is disabled or its role, org or member changes. A token cannot
 * create tokens (a leaked token must not outlive its expiry). Every creation and revocation is audited; a call with a
 * token writes nothing except "last used", at most once a minute. Expiry is security timing: the real date.
 */
@Service
@Transactional
class ApiTokens {

    static final String TYPE = "API_TOKEN";
    static final String PREFIX = "jct_";
    static final int MAX_DAYS = 366;

    /** A new token: the only moment its secret exists outside the caller's hands. */
    record Created(ApiToken token, String secret) {
    }

    private final ApiTokenRepository tokens;
    private final DataScope scope;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(ApiTokenRepository tokens, DataScope scope, ApplicationEventPublisher events) {
        this.tokens = tokens;
        this.scope = scope;
        this.events = events;
    }

    Created createOwn(ApiTokenForm form) {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof TokenAuthentication) {
            throw new AccessDeniedException("令牌不能用于创建令牌，请使用密码登录后创建");
        }
        LocalDate today = LocalDate.now();
        if (!form.expiresOn().isAfter(today) || form.expiresOn().isAfter(today.plusDays(MAX_DAYS))) {
            throw RuleViolationException.onField("expiresOn", "到期日期须在明天至一年之内");
        }
        Actor actor = scope.requireActor();
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long id = tokens.insert(actor.accountId(), form.name().trim(), hash(secret), form.readOnly(), form.expiresOn(),
                actor.username(), LocalDateTime.now());
        ApiToken token = tokens.find(actor.accountId(), id).orElseThrow();
        events.publishEvent(Audited.created(TYPE, id, label(actor.username(), token), actor.orgId(), token));
        return new Created(token, secret);
    }

    @Transactional(readOnly = true)
    List<ApiToken> own() {
        return tokens.list(scope.requireActor().accountId());
    }

    void revokeOwn(long tokenId) {
        Actor actor = scope.requireActor();
        revoke(actor.accountId(), actor.username(), actor.orgId(), tokenId, null);
    }

    /** The tokens of an account the caller has already looked up within their scope. */
    @Transactional(readOnly = true)
    List<ApiToken> of(Account account) {
        return tokens.list(account.id());
    }

    /** The security administrator revokes a token of an account already looked up within their scope. */
    void revokeFor(Account account, long tokenId) {
        revoke(account.id(), account.username(), account.orgId(), tokenId, null);
    }

    /** Revokes every token of the account, in the transaction that changes its access. */
    void revokeAll(Account account, String reason) {
        for (ApiToken token : tokens.unrevoked(account.id())) {
            revoke(account.id(), account.username(), account.orgId(), token.id(), reason);
        }
    }

    /**
     * The token's account when the token is known, unrevoked and unexpired and the account enabled and not awaiting
     * confirmation: one indexed read, and a write of "last used" only when the last one is a minute old.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    Optional<Presented> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        LocalDateTime now = LocalDateTime.now();
        Optional<Presented> found = tokens.presented(hash(secret))
                .filter(p -> !p.expiresOn().isBefore(now.toLocalDate()) && p.account().enabled());
        found.filter(p -> p.lastUsedAt() == null || p.lastUsedAt().isBefore(now.minusMinutes(1)))
                .ifPresent(p -> tokens.touch(p.tokenId(), now));
        return found;
    }

    private void revoke(long accountId, String username, long orgId, long tokenId, String reason) {
        ApiToken before = tokens.find(accountId, tokenId).orElseThrow(() -> NotFoundException.of("令牌", tokenId));
        if (!tokens.revoke(tokenId, scope.requireActor().username(), LocalDateTime.now())) {
            throw new RuleViolationException("该令牌已撤销");
        }
        ApiToken after = tokens.find(accountId, tokenId).orElseThrow();
        events.publishEvent(new Audited("REVOKE", TYPE, tokenId, label(username, before), orgId, before,
                reason == null ? after : Map.of("token", after, "reason", reason)));
    }

    private static String label(String username, ApiToken token) {
        return username + "：" + token.name();
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
