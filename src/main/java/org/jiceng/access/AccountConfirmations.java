package org.jiceng.access;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgTree;
import org.jiceng.shared.Actor;
import org.jiceng.shared.Audited;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.Role;
import org.jiceng.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second person's step of 三员分立 ({@link AccountRules}): a county officer over the account's org (register
 * accounts) or the system administrator (administrator accounts) confirms what the security administrator proposed —
 * a new account, a change of its role, org or person, a password reset. A new account or a reset gets its one-time
 * password here, shown to the confirming person once to hand over. Accounts the actor may not confirm are not found.
 */
@Service
@Transactional
class AccountConfirmations {

    /** An account waiting for confirmation, as the confirming person sees it. */
    record Waiting(long accountId, String username, String displayName, Role role, String roleLabel, String orgName,
                   String action, String actionLabel, String proposedBy, long version) {
    }

    /** A confirmed account, with the one-time password when it was created or reset (else null). */
    record Confirmed(Account account, String oneTimePassword) {
    }

    private static final Map<String, String> ACTIONS = Map.of("CREATE", "新建账户", "CHANGE", "变更角色或组织",
            "RESET", "重置密码");

    private final AccountRepository accounts;
    private final JdbcClient jdbc;
    private final OrgTree tree;
    private final DataScope scope;
    private final PasswordEncoder encoder;
    private final PasswordService passwords;
    private final ApplicationEventPublisher events;

    AccountConfirmations(AccountRepository accounts, JdbcClient jdbc, OrgTree tree, DataScope scope,
                         PasswordEncoder encoder, PasswordService passwords, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.tree = tree;
        this.scope = scope;
        this.encoder = encoder;
        this.passwords = passwords;
        this.events = events;
    }

    @Transactional(readOnly = true)
    List<Waiting> waiting() {
        Actor actor = scope.requireActor();
        return jdbc.sql("""
                        SELECT id, username, display_name, role, org_id, pending_action, proposed_by, version
                        FROM accounts WHERE pending_action IS NOT NULL ORDER BY id""")
                .query((rs, i) -> {
                    Role role = Role.valueOf(rs.getString("role"));
                    long orgId = rs.getLong("org_id");
                    if (!mayConfirm(actor, role, rs.getLong("id"), orgId)) {
                        return null;
                    }
                    String action = rs.getString("pending_action");
                    return new Waiting(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"), role,
                            role.label(), tree.find(orgId).map(OrgSummary::name).orElse(""), action,
                            ACTIONS.getOrDefault(action, action), rs.getString("proposed_by"), rs.getLong("version"));
                }).list().stream().filter(java.util.Objects::nonNull).toList();
    }

    Confirmed confirm(long accountId, Long version) {
        Actor actor = scope.requireActor();
        Account account = accounts.find(accountId)
                .filter(a -> mayConfirm(actor, a.role(), a.id(), a.orgId()))
                .orElseThrow(() -> NotFoundException.of("待确认账户", accountId));
        var pending = accounts.pending(accountId)
                .orElseThrow(() -> new RuleViolationException("该账户没有待确认的变更"));
        if (version == null) {
            throw RuleViolationException.onField("version", "缺少版本号（version），请刷新后重试");
        }
        long expected = version;
        LocalDateTime now = LocalDateTime.now();
        String password = null;
        if (!pending.action().equals("CHANGE")) {
            password = OneTimePasswords.generate(passwords.policy().minLength());
            accounts.updatePassword(accountId, encoder.encode(password), true, expected, now);
            expected++;
        }
        accounts.confirm(accountId, actor.username(), expected, now);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("pendingAction", pending.action());
        after.put("proposedBy", pending.proposedBy());
        after.put("confirmedBy", actor.username());
        events.publishEvent(new Audited("CONFIRM", AccountAdminService.TYPE, accountId, account.username(),
                account.orgId(), null, after));
        return new Confirmed(accounts.find(accountId).orElseThrow(), password);
    }

    private boolean mayConfirm(Actor actor, Role role, long accountId, long orgId) {
        return AccountRules.mayConfirm(actor, role, accountId, tree.contains(actor.orgId(), orgId));
    }
}
