package org.jiceng.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jiceng.configuration.Settings;
import org.jiceng.organization.OrgDirectory;
import org.jiceng.organization.OrgTree;
import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A production installation's first start, replayed inside a rolled-back transaction on an emptied accounts table
 * (the shared test database keeps its demo accounts).
 */
@JicengIntegrationTest
@Transactional
class FirstStartIntegrationTests {

    static final String INITIAL = "Chushi#2026";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountRepository accounts;

    @Autowired
    OrgDirectory directory;

    @Autowired
    OrgTree tree;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Settings settings;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    FirstStart firstStart(String password) {
        return new FirstStart(accounts, directory, encoder, settings, events, transaction, "中共测试县委", password);
    }

    @Test
    void createsTheThreeAdministratorsAndACountyOfficerWithTheInitialPasswordToBeChanged() {
        jdbc.sql("DELETE FROM api_tokens").update();
        jdbc.sql("DELETE FROM accounts").update();
        firstStart(INITIAL).run(null);

        assertThat(jdbc.sql("SELECT username || ':' || role FROM accounts ORDER BY username").query(String.class).list())
                .containsExactly("auditor:AUDITOR", "county:COUNTY_OFFICER", "security:SECURITY_ADMIN",
                        "sysadmin:SYSTEM_ADMIN");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM accounts WHERE must_change_password").query(Long.class).single())
                .isEqualTo(4);
        assertThat(encoder.matches(INITIAL, accounts.passwordHash("security").orElseThrow())).isTrue();
        long root = directory.rootId().orElseThrow();
        assertThat(accounts.findByUsername("county").orElseThrow().orgId()).isEqualTo(root);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE action = 'INSTALLED' AND org_id = ?").param(root)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void refusesToStartWithoutAnInitialPasswordOrWithAWeakOne() {
        jdbc.sql("DELETE FROM api_tokens").update();
        jdbc.sql("DELETE FROM accounts").update();
        assertThatThrownBy(() -> firstStart("").run(null)).hasMessageContaining("JICENG_INITIAL_PASSWORD");
        assertThat(firstStart("").passwordProblem()).isEqualTo("未设置初始密码。");
        assertThat(firstStart("password").passwordProblem()).contains("不符合密码策略");
        assertThat(firstStart("Security#2026").passwordProblem()).contains("不能包含用户名");
        assertThat(accounts.count()).isZero();
    }

    @Test
    void doesNothingOnceAccountsExist() {
        long before = accounts.count();
        firstStart("").run(null);
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void emptyTreeGetsTheNamedRootOrg() {
        long id = directory.createRoot("中共测试县委", "测试县委");
        assertThat(tree.find(id)).hasValueSatisfying(org -> assertThat(org.shortName()).isEqualTo("测试县委"));
        assertThat(tree.contains(id, id)).isTrue();
    }
}
