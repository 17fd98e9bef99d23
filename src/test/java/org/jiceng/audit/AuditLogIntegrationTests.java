package org.jiceng.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;

import org.jiceng.shared.Audited;
import org.jiceng.support.AuditEntries;
import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.context.ApplicationEventPublisher;
import tools.jackson.databind.json.JsonMapper;

/** 审计日志 for the auditor: their org's subtree only, filtered, before/after readable and masked, read only. */
@JicengIntegrationTest
class AuditLogIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    UserDetailsService users;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JsonMapper json;

    @Test
    void auditorSeesEntriesOfTheirSubtreeOnly() throws Exception {
        mvc.perform(get("/api/v1/audit-entries").param("size", "200").param("actor", "system").param("objectType", "ORG")
                        .with(httpBasic("auditor", Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].actionLabel", hasItem("载入演示数据")))
                .andExpect(jsonPath("$.items[*].actor", not(hasItem("qishan"))));
        mvc.perform(get("/api/v1/audit-entries/" + fixtures.outsideAudit).with(httpBasic("auditor", Fixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/audit/" + fixtures.outsideAudit).with(user(users.loadUserByUsername("auditor"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void filtersByActorObjectTypeObjectIdAndDates() throws Exception {
        long person = fixtures.firstMemberOf("程家塬村");
        long entry = entry("filtertester", "PERSON", person, fixtures.org("程家塬村"), "{\"name\":\"甲\"}", "{\"name\":\"乙\"}");
        String today = LocalDate.now().toString();
        mvc.perform(get("/api/v1/audit-entries").param("actor", "filtertester").param("objectType", "PERSON")
                        .param("objectId", String.valueOf(person)).param("from", today).param("to", today)
                        .with(httpBasic("auditor", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(entry))
                .andExpect(jsonPath("$.items[0].objectTypeLabel").value("人员"));
        mvc.perform(get("/api/v1/audit-entries").param("actor", "filtertester")
                        .param("to", LocalDate.now().minusDays(1).toString())
                        .with(httpBasic("auditor", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/audit").param("actor", "filtertester").with(user(users.loadUserByUsername("auditor"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("共 <span id=\"total\">1</span> 条")));
    }

    @Test
    void detailOfAPersonEditShowsWhichFieldsChangedButNoPersonalData() throws Exception {
        long entry = entry("masktester", "PERSON", fixtures.firstMemberOf("程家塬村"), fixtures.org("程家塬村"),
                "{\"name\":\"王五\",\"idNumber\":\"610322199001011234\",\"phone\":\"13812345678\"}",
                "{\"name\":\"王五\",\"idNumber\":\"610322199001011234\",\"phone\":\"13987654321\"}");
        mvc.perform(get("/audit/" + entry).with(user(users.loadUserByUsername("auditor"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("人员 #" + fixtures.firstMemberOf("程家塬村"))))
                .andExpect(content().string(not(containsString("王五"))))
                .andExpect(content().string(not(containsString("610322"))))
                .andExpect(content().string(not(containsString("4321"))))
                .andExpect(content().string(not(containsString("610322199001011234"))))
                .andExpect(content().string(not(containsString("13987654321"))));
        mvc.perform(get("/api/v1/audit-entries/" + entry).with(httpBasic("auditor", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.changes[?(@.field == 'phone')].changed", everyItem(is(true))))
                .andExpect(jsonPath("$.changes[?(@.field == 'name')].changed", everyItem(is(false))));
    }

    @Test
    void onlyTheAuditorReadsTheLogAndTheAuditorWritesNothing() throws Exception {
        for (String role : new String[] {"county", "sysadmin", "security", "hanfeng"}) {
            mvc.perform(get("/api/v1/audit-entries").with(httpBasic(role, Fixtures.PASSWORD)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/audit").with(user(users.loadUserByUsername(role)))).andExpect(status().isForbidden());
        }
        mvc.perform(put("/api/v1/settings/security.lockout.minutes").with(httpBasic("auditor", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"value\":\"60\",\"version\":0}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/accounts").with(httpBasic("auditor", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"auditmade\",\"displayName\":\"审计员建的\",\"role\":\"AUDITOR\","
                                + "\"accountOrg\":" + fixtures.org("汉封乡") + "}"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM accounts WHERE username = 'auditmade'").query(Long.class).single())
                .isZero();
        mvc.perform(get("/api/v1/members").with(httpBasic("auditor", Fixtures.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void administratorsWritesReachTheAuditor() throws Exception {
        mvc.perform(put("/api/v1/settings/import.max-rows").with(httpBasic("sysadmin", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\":\"20000\",\"version\":" + jdbc.sql(
                                "SELECT version FROM settings WHERE setting_key = 'import.max-rows'")
                                .query(Long.class).single() + "}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/audit-entries").param("actor", "sysadmin").param("objectType", "SETTING")
                        .with(httpBasic("auditor", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.items[0].objectLabel").value("import.max-rows"));
    }

    private long entry(String actor, String type, long objectId, long orgId, String before, String after) {
        return AuditEntries.record(transaction, events, jdbc, actor, new Audited("UPDATE", type, objectId, "测试对象",
                orgId, json.readValue(before, LinkedHashMap.class), json.readValue(after, LinkedHashMap.class)));
    }
}
