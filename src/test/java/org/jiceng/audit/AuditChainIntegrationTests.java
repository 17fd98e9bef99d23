package org.jiceng.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jiceng.shared.Audited;
import org.jiceng.support.AuditEntries;
import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit log cannot be edited unseen: a hash chain, extended by concurrent writers, checked for the auditor. */
@JicengIntegrationTest
class AuditChainIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    AuditVerifier verifier;

    @Test
    void concurrentWritersOnManyConnectionsExtendOneUnbrokenChain() throws Exception {
        long before = count();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Long>> writes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            writes.add(pool.submit(() -> AuditEntries.record(transaction, events, jdbc, "chainwriter" + (n % 8),
                    Audited.created("SETTING", (long) n, "并发写入 " + n, null, Map.of("n", n)))));
        }
        for (Future<Long> write : writes) {
            write.get();
        }
        pool.shutdown();
        assertThat(count()).isEqualTo(before + 40);
        mvc.perform(get("/api/v1/audit-entries/integrity").with(httpBasic("auditor", Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.message", containsString("完整")));
        mvc.perform(get("/audit/integrity").with(user(users.loadUserByUsername("auditor"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("完整")));
        mvc.perform(get("/api/v1/audit-entries/integrity").with(httpBasic("county", Fixtures.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void anEntryChangedInTheDatabaseIsNamedAsTheFirstBreak() throws Exception {
        long victim = AuditEntries.record(transaction, events, jdbc, "tampered",
                Audited.created("SETTING", 1L, "原值", null, Map.of("value", "10")));
        AuditEntries.record(transaction, events, jdbc, "tampered", Audited.created("SETTING", 2L, "其后", null, null));
        String original = jdbc.sql("SELECT after_value FROM audit_entries WHERE id = ?").param(victim)
                .query(String.class).single();
        jdbc.sql("UPDATE audit_entries SET after_value = ? WHERE id = ?").params("{\"value\":\"99\"}", victim).update();
        try {
            mvc.perform(get("/api/v1/audit-entries/integrity").with(httpBasic("auditor", Fixtures.PASSWORD)))
                    .andExpect(jsonPath("$.intact").value(false))
                    .andExpect(jsonPath("$.firstBroken").value(victim));
            mvc.perform(get("/audit/integrity").with(user(users.loadUserByUsername("auditor"))))
                    .andExpect(content().string(containsString("已断裂")))
                    .andExpect(content().string(containsString("#" + victim)));
        } finally {
            jdbc.sql("UPDATE audit_entries SET after_value = ? WHERE id = ?").params(original, victim).update();
        }
        assertThat(verifier.verify().message()).startsWith("完整");
    }

    @Test
    void anEntryDeletedOrWrittenAroundTheApplicationBreaksTheChain() {
        long first = AuditEntries.record(transaction, events, jdbc, "deleter", Audited.created("SETTING", 3L, "甲", null, null));
        long next = AuditEntries.record(transaction, events, jdbc, "deleter", Audited.created("SETTING", 4L, "乙", null, null));
        Map<String, Object> row = jdbc.sql("SELECT * FROM audit_entries WHERE id = ?").param(first).query().singleRow();
        jdbc.sql("DELETE FROM audit_entries WHERE id = ?").param(first).update();
        try {
            AuditIntegrity result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBroken()).isEqualTo(next);
        } finally {
            jdbc.sql("""
                    INSERT INTO audit_entries (id, chain_seq, entry_hash, occurred_at, actor, action, object_type,
                                               object_id, object_label)
                    VALUES (:id, :chain_seq, :entry_hash, :occurred_at, :actor, :action, :object_type, :object_id,
                            :object_label)""").params(row).update();
        }
        assertThat(verifier.verify().message()).startsWith("完整");

        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO audit_entries (occurred_at, actor, action, object_type, object_label)
                VALUES (CURRENT_TIMESTAMP, 'forger', 'CREATE', 'SETTING', '伪造')""").update(key, "id");
        long forged = key.getKeyAs(Number.class).longValue();
        try {
            assertThat(verifier.verify().firstBroken()).isEqualTo(forged);
        } finally {
            jdbc.sql("DELETE FROM audit_entries WHERE id = ?").param(forged).update();
        }
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entries").query(Long.class).single();
    }
}
