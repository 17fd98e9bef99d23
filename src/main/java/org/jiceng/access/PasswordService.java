package org.jiceng.access;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.configuration.Settings;
import org.jiceng.shared.Audited;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.RuleViolationException.FieldError;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every user changes their own password: they prove the current one, type the new one twice, and the new one meets
 * the {@link PasswordPolicy} (length from the settings) and differs from the current one. A one-time password set by
 * the security administrator stops being one-time here. Audited without any password or hash.
 */
@Service
@Transactional
class PasswordService {

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Settings settings;
    private final DataScope scope;
    private final ApplicationEventPublisher events;
    private final AccountSessions sessions;
    private final SignInAttempts attempts;

    /** A new password differs from the current one and the four before it. */
    static final int REMEMBERED = 4;

    PasswordService(AccountRepository accounts, PasswordEncoder encoder, Settings settings, DataScope scope,
                    ApplicationEventPublisher events, AccountSessions sessions, SignInAttempts attempts) {
        this.attempts = attempts;
        this.sessions = sessions;
        this.accounts = accounts;
        this.encoder = encoder;
        this.settings = settings;
        this.scope = scope;
        this.events = events;
    }

    PasswordPolicy policy() {
        return new PasswordPolicy(settings.intValue(Settings.PASSWORD_MIN_LENGTH));
    }

    void changeOwn(PasswordForm form) {
        Account account = accounts.find(scope.requireActor().accountId()).orElseThrow();
        String hash = accounts.passwordHash(account.username()).orElseThrow();
        List<FieldError> errors = new ArrayList<>();
        if (!encoder.matches(form.oldPassword(), hash)) {
            if (attempts.wrongCurrentPassword(account.id())) {
                throw new RuleViolationException("当前密码连续输错，账户已锁定，请稍后重新登录或联系安全管理员");
            }
            errors.add(new FieldError("oldPassword", "当前密码不正确"));
        }
        policy().problem(form.newPassword(), account.username())
                .ifPresent(problem -> errors.add(new FieldError("newPassword", problem)));
        if (errors.isEmpty() && form.newPassword().equals(form.oldPassword())) {
            errors.add(new FieldError("newPassword", "新密码不能与当前密码相同"));
        } else if (errors.isEmpty() && accounts.previousHashes(account.id(), REMEMBERED).stream()
                .anyMatch(previous -> encoder.matches(form.newPassword(), previous))) {
            errors.add(new FieldError("newPassword", "新密码不能与最近 5 次使用过的密码相同"));
        }
        if (!form.newPassword().equals(form.confirmPassword())) {
            errors.add(new FieldError("confirmPassword", "两次输入的新密码不一致"));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException("密码未修改：请修改标出的项目", errors);
        }
        accounts.updatePassword(account.id(), encoder.encode(form.newPassword()), false, account.version(),
                LocalDateTime.now());
        accounts.rememberReplaced(account.id(), hash, LocalDateTime.now());
        sessions.endOthers(account.username());
        events.publishEvent(new Audited("PASSWORD_CHANGED", "ACCOUNT", account.id(), account.username(),
                account.orgId(), null, null));
    }

    boolean mustChange(long accountId) {
        return accounts.mustChangePassword(accountId);
    }
}
