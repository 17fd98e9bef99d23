package org.jiceng.access;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.jiceng.configuration.Settings;
import org.jiceng.organization.OrgDirectory;
import org.jiceng.shared.Audited;
import org.jiceng.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A production installation's first start: when no account exists (and the demo county was not loaded, which runs
 * first), create the root org (named by {@code jiceng.install.root-name}) unless the tree already has one, and the
 * accounts to begin with — the three separate administrators (三员分立) and one county officer — all with the
 * password in {@code JICENG_INITIAL_PASSWORD}, to be changed at first sign-in. Without a password that meets the
 * password policy the application refuses to start, rather than start with no way in or a weak one.
 */
@Component
@Order(1)
class FirstStart implements ApplicationRunner {

    static final String PASSWORD_VARIABLE = "JICENG_INITIAL_PASSWORD";

    record Initial(String username, String displayName, Role role) {
    }

    static final List<Initial> ACCOUNTS = List.of(new Initial("sysadmin", "系统管理员", Role.SYSTEM_ADMIN),
            new Initial("security", "安全管理员", Role.SECURITY_ADMIN), new Initial("auditor", "安全审计员", Role.AUDITOR),
            new Initial("county", "县委组织部", Role.COUNTY_OFFICER));

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final AccountRepository accounts;
    private final OrgDirectory directory;
    private final PasswordEncoder encoder;
    private final Settings settings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final String rootName;
    private final String initialPassword;

    FirstStart(AccountRepository accounts, OrgDirectory directory, PasswordEncoder encoder, Settings settings,
               ApplicationEventPublisher events, TransactionTemplate transaction,
               @Value("${jiceng.install.root-name:中共XX县委}") String rootName,
               @Value("${jiceng.install.initial-password:}") String initialPassword) {
        this.accounts = accounts;
        this.directory = directory;
        this.encoder = encoder;
        this.settings = settings;
        this.events = events;
        this.transaction = transaction;
        this.rootName = rootName;
        this.initialPassword = initialPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        String problem = passwordProblem();
        if (problem != null) {
            log.error("首次启动：账户表为空，无法创建初始账户。{} 请设置环境变量 {} 后重新启动。", problem, PASSWORD_VARIABLE);
            throw new IllegalStateException("First start refused: " + PASSWORD_VARIABLE + " " + problem);
        }
        long root = transaction.execute(status -> install());
        log.info("首次启动：已创建根组织（编号 {}）及初始账户 {}，首次登录须修改密码。", root,
                ACCOUNTS.stream().map(Initial::username).toList());
    }

    /** Why the initial password cannot be used, or null when it can. */
    String passwordProblem() {
        if (initialPassword == null || initialPassword.isBlank()) {
            return "未设置初始密码。";
        }
        var policy = new PasswordPolicy(settings.intValue(Settings.PASSWORD_MIN_LENGTH));
        for (Initial account : ACCOUNTS) {
            var problem = policy.problem(initialPassword, account.username());
            if (problem.isPresent()) {
                return "初始密码不符合密码策略：" + problem.get() + "（账户 " + account.username() + "）。";
            }
        }
        return null;
    }

    private long install() {
        long root = directory.rootId().orElseGet(() -> directory.createRoot(rootName,
                rootName.startsWith("中共") ? rootName.substring(2) : rootName));
        String hash = encoder.encode(initialPassword);
        LocalDateTime now = LocalDateTime.now();
        for (Initial initial : ACCOUNTS) {
            long id = accounts.insert(initial.username(), hash, initial.displayName(), initial.role(), root, null, now);
            accounts.markOneTime(id);
        }
        events.publishEvent(new Audited("INSTALLED", "ORG", root, rootName, root, null,
                Map.of("accounts", ACCOUNTS.stream().map(Initial::username).toList())));
        return root;
    }
}
