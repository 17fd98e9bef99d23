package org.jiceng.access;

import static org.jiceng.shared.RuleViolationException.throwIfAny;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.organization.OrgDirectory;
import org.jiceng.organization.OrgTree;
import org.jiceng.shared.Audited;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.RuleViolationException.FieldError;
import org.jiceng.shared.ScopeKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security administrator's writes on accounts under their org: propose a new account, edit role, org and name
 * ({@link AccountRules}), disable and enable, unlock after a lockout, reset the password. Creation, a change of access
 * and a reset wait for a second person ({@link AccountConfirmations}), who receives the one-time password. Each from the
 * version the administrator saw, each audited without any password or hash.
 */
@Service
@Transactional
class AccountAdminService {

    static final String TYPE = "ACCOUNT";

    private final AccountRepository accounts;
    private final DataScope scope;
    private final OrgDirectory directory;
    private final OrgTree tree;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final AccountSessions sessions;
    private final ApiTokens tokens;

    AccountAdminService(AccountRepository accounts, DataScope scope, OrgDirectory directory, OrgTree tree,
                        PasswordEncoder encoder, ApplicationEventPublisher events,
                        AccountSessions sessions, ApiTokens tokens) {
        this.sessions = sessions;
        this.tokens = tokens;
        this.accounts = accounts;
        this.scope = scope;
        this.directory = directory;
        this.tree = tree;
        this.encoder = encoder;
        this.events = events;
    }

    @Transactional(readOnly = true)
    Account get(long accountId) {
        Account account = accounts.find(accountId).orElseThrow(() -> NotFoundException.of("账户", accountId));
        scope.require(new ObjectOwner(ScopeKind.ACCOUNT, account.orgId(), null), "账户", accountId);
        return account;
    }

    /** Creates the account waiting for confirmation: it has no usable password until the confirming person's step. */
    Account create(AccountForm form) {
        List<FieldError> errors = check(form);
        if (form.username() == null || form.username().isBlank()) {
            errors.add(new FieldError("username", "请填写用户名"));
        } else if (accounts.findByUsername(form.username()).isPresent()) {
            errors.add(new FieldError("username", "用户名已被使用"));
        }
        throwIfAny("账户未保存：请修改标出的项目", errors);
        long id = accounts.insert(form.username(), unusablePassword(), form.displayName().trim(), form.role(),
                form.accountOrg(), form.memberId(), LocalDateTime.now());
        accounts.markOneTime(id);
        propose(id, "CREATE");
        Account created = accounts.find(id).orElseThrow();
        events.publishEvent(Audited.created(TYPE, id, created.username(), created.orgId(), created));
        return created;
    }

    @Transactional(readOnly = true)
    java.util.Optional<AccountRepository.Pending> pending(long accountId) {
        return accounts.pending(accountId);
    }

    Account update(long accountId, AccountForm form) {
        Account before = get(accountId);
        List<FieldError> errors = check(form);
        errors.addAll(AccountRules.checkChange(before, form.role(), scope.requireActor().accountId()));
        throwIfAny("账户未保存：请修改标出的项目", errors);
        accounts.update(accountId, form.displayName().trim(), form.role(), form.accountOrg(), form.memberId(),
                before.enabled(), version(form.version()), LocalDateTime.now());
        if (AccountRules.changesAccess(before, form.role(), form.accountOrg(), form.memberId())) {
            propose(accountId, "CHANGE");
            sessions.endAll(before.username());
            tokens.revokeAll(before, "ACCESS_CHANGED");
        }
        return audited("UPDATE", before);
    }

    Account setEnabled(long accountId, boolean enabled, Long version) {
        Account before = get(accountId);
        if (!enabled && !AccountRules.mayDisable(before, scope.requireActor().accountId())) {
            throw new RuleViolationException("不能停用自己的账户");
        }
        accounts.update(accountId, before.displayName(), before.role(), before.orgId(), before.personId(), enabled,
                version(version), LocalDateTime.now());
        if (!enabled) {
            sessions.endAll(before.username());
            tokens.revokeAll(before, "ACCOUNT_DISABLED");
        }
        return audited(enabled ? "ENABLE" : "DISABLE", before);
    }

    /** The personal access tokens of an account in the administrator's scope (404 outside it). */
    @Transactional(readOnly = true)
    List<ApiTokenRepository.ApiToken> tokens(long accountId) {
        return tokens.of(get(accountId));
    }

    /** Revokes a token of an account in the administrator's scope, e.g. one reported lost. */
    void revokeToken(long accountId, long tokenId) {
        tokens.revokeFor(get(accountId), tokenId);
    }

    Account unlock(long accountId, Long version) {
        Account before = get(accountId);
        accounts.unlock(accountId, version(version), LocalDateTime.now());
        return audited("UNLOCK", before);
    }

    /**
     * Resets the password to one nobody knows and asks for confirmation: the new one-time password is shown to the
     * confirming person, never to the security administrator (who could otherwise sign in as anyone).
     */
    Account resetPassword(long accountId, Long version) {
        Account before = get(accountId);
        accounts.updatePassword(accountId, unusablePassword(), true, version(version), LocalDateTime.now());
        // A reset also lifts a lockout: the user is about to sign in with the new password.
        Account reset = accounts.find(accountId).orElseThrow();
        accounts.unlock(accountId, reset.version(), LocalDateTime.now());
        propose(accountId, "RESET");
        sessions.endAll(before.username());
        return audited("RESET_PASSWORD", before);
    }

    /** A pending creation or reset stays one (it still needs its password); a change joins it. */
    private void propose(long accountId, String action) {
        String merged = accounts.pending(accountId).map(AccountRepository.Pending::action)
                .filter(pending -> !pending.equals("CHANGE")).orElse(action);
        accounts.propose(accountId, merged, scope.requireActor().username());
    }

    private String unusablePassword() {
        return encoder.encode(OneTimePasswords.generate(40));
    }

    private List<FieldError> check(AccountForm form) {
        List<FieldError> errors = new ArrayList<>(AccountRules.checkRole(form.role(), form.memberId()));
        boolean orgInScope = tree.find(form.accountOrg()).isPresent()
                && scope.covers(new ObjectOwner(ScopeKind.ACCOUNT, form.accountOrg(), null));
        if (!orgInScope) {
            errors.add(new FieldError("accountOrg", "所选组织不存在或不在您的管辖范围内"));
        } else if (form.memberId() != null && errors.isEmpty()) {
            var personOrg = directory.memberOrg(form.memberId());
            if (personOrg.isEmpty() || !tree.contains(form.accountOrg(), personOrg.get())) {
                errors.add(new FieldError("memberId", "所选组织下没有此人员编号的党员"));
            }
        }
        return errors;
    }

    private Account audited(String action, Account before) {
        Account after = accounts.find(before.id()).orElseThrow();
        events.publishEvent(new Audited(action, TYPE, after.id(), after.username(), after.orgId(), before, after));
        return after;
    }

    private static long version(Long version) {
        if (version == null) {
            throw RuleViolationException.onField("version", "缺少版本号（version），请刷新后重试");
        }
        return version;
    }

}
