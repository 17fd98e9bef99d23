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
 * The security administrator's writes on accounts under their org: create (with a one-time password), edit role,
 * org and name ({@link AccountRules}), disable and enable, unlock after a lockout, reset the password. Each from the
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
    private final PasswordService passwords;
    private final ApplicationEventPublisher events;
    private final AccountSessions sessions;

    AccountAdminService(AccountRepository accounts, DataScope scope, OrgDirectory directory, OrgTree tree,
                        PasswordEncoder encoder, PasswordService passwords, ApplicationEventPublisher events,
                        AccountSessions sessions) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.scope = scope;
        this.directory = directory;
        this.tree = tree;
        this.encoder = encoder;
        this.passwords = passwords;
        this.events = events;
    }

    /** An account was created or its password reset: the one-time password is shown to the administrator once. */
    record WithPassword(Account account, String oneTimePassword) {
    }

    @Transactional(readOnly = true)
    Account get(long accountId) {
        Account account = accounts.find(accountId).orElseThrow(() -> NotFoundException.of("账户", accountId));
        scope.require(new ObjectOwner(ScopeKind.ACCOUNT, account.orgId(), null), "账户", accountId);
        return account;
    }

    WithPassword create(AccountForm form) {
        List<FieldError> errors = check(form);
        if (form.username() == null || form.username().isBlank()) {
            errors.add(new FieldError("username", "请填写用户名"));
        } else if (accounts.findByUsername(form.username()).isPresent()) {
            errors.add(new FieldError("username", "用户名已被使用"));
        }
        throwIfAny("账户未保存：请修改标出的项目", errors);
        String password = OneTimePasswords.generate(passwords.policy().minLength());
        long id = accounts.insert(form.username(), encoder.encode(password), form.displayName().trim(), form.role(),
                form.accountOrg(), form.memberId(), LocalDateTime.now());
        accounts.markOneTime(id);
        Account created = accounts.find(id).orElseThrow();
        events.publishEvent(Audited.created(TYPE, id, created.username(), created.orgId(), created));
        return new WithPassword(created, password);
    }

    Account update(long accountId, AccountForm form) {
        Account before = get(accountId);
        List<FieldError> errors = check(form);
        errors.addAll(AccountRules.checkChange(before, form.role(), scope.requireActor().accountId()));
        throwIfAny("账户未保存：请修改标出的项目", errors);
        accounts.update(accountId, form.displayName().trim(), form.role(), form.accountOrg(), form.memberId(),
                before.enabled(), version(form.version()), LocalDateTime.now());
        if (before.role() != form.role() || before.orgId() != form.accountOrg()
                || !java.util.Objects.equals(before.personId(), form.memberId())) {
            sessions.endAll(before.username());
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
        }
        return audited(enabled ? "ENABLE" : "DISABLE", before);
    }

    Account unlock(long accountId, Long version) {
        Account before = get(accountId);
        accounts.unlock(accountId, version(version), LocalDateTime.now());
        return audited("UNLOCK", before);
    }

    WithPassword resetPassword(long accountId, Long version) {
        Account before = get(accountId);
        String password = OneTimePasswords.generate(passwords.policy().minLength());
        accounts.updatePassword(accountId, encoder.encode(password), true, version(version), LocalDateTime.now());
        // A reset also lifts a lockout: the user is about to sign in with the new password.
        Account reset = accounts.find(accountId).orElseThrow();
        accounts.unlock(accountId, reset.version(), LocalDateTime.now());
        sessions.endAll(before.username());
        return new WithPassword(audited("RESET_PASSWORD", before), password);
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
