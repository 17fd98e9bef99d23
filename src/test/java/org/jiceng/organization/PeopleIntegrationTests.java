package org.jiceng.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;

import org.jiceng.shared.BusinessClock;
import org.jiceng.shared.IdCardNumber;
import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.jiceng.support.Json;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The people register through pages and API: add, validate, edit concurrently, transfer, audit, mask. */
@JicengIntegrationTest
class PeopleIntegrationTests {

    static final AtomicInteger SEQUENCE = new AtomicInteger(100);

    @Autowired
    MockMvc mvc;

    @Autowired
    BusinessClock clock;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    static Map<String, Object> member(long orgId, String name) {
        LocalDate birth = LocalDate.of(1980, 1, 1).plusDays(SEQUENCE.incrementAndGet());
        Map<String, Object> body = new HashMap<>();
        body.put("orgId", orgId);
        body.put("name", name);
        body.put("gender", "1");
        body.put("ethnicity", "01");
        body.put("idNumber", IdCardNumber.compose("610322", birth, 301));
        body.put("birthDate", birth.toString());
        body.put("education", "7");
        body.put("workPost", "11");
        body.put("politicalStatus", "FULL");
        body.put("joinedOn", "2005-07-01");
        body.put("confirmedOn", "2006-07-01");
        body.put("phone", "13912345678");
        body.put("membershipStatus", "1");
        return body;
    }

    ResultActions create(String user, Map<String, Object> body) throws Exception {
        return mvc.perform(post("/api/v1/members").with(httpBasic(user, Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(Json.of(body)));
    }

    long idOf(ResultActions result) throws Exception {
        return Json.parse(result.andReturn().getResponse().getContentAsString()).get("id").asLong();
    }

    Cookie signIn(String user) throws Exception {
        return mvc.perform(formLogin("/login").user(user).password(Fixtures.PASSWORD)).andReturn().getResponse()
                .getCookie("SESSION");
    }

    @Test
    void anOfficerAddsAMemberWhoIsThenFoundAndAudited() throws Exception {
        long branch = fixtures.org("关村村");
        long id = idOf(create("hanfeng", member(branch, "测试甲")).andExpect(status().isCreated()));
        mvc.perform(get("/api/v1/members").param("org", String.valueOf(fixtures.org("汉封乡"))).param("q", "测试甲")
                        .with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].id").value(id));
        String after = jdbc.sql("SELECT after_value FROM audit_entries WHERE action = 'CREATE' AND object_type = 'PERSON' AND object_id = ?")
                .param(id).query(String.class).single();
        assertThat(after).contains("测试甲");
        assertThat(jdbc.sql("SELECT actor FROM audit_entries WHERE object_type = 'PERSON' AND object_id = ?")
                .param(id).query(String.class).single()).isEqualTo("hanfeng");
    }

    @Test
    void aRefusedRecordWritesNothingNotEvenAnAuditEntry() throws Exception {
        Map<String, Object> body = member(fixtures.org("关村村"), "测试乙");
        body.put("joinedOn", "2007-07-01");
        long auditBefore = jdbc.sql("SELECT COUNT(*) FROM audit_entries").query(Long.class).single();
        create("hanfeng", body).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("confirmedOn"))
                .andExpect(jsonPath("$.errors[0].message").value("入党日期不能晚于转正日期"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM people WHERE name = '测试乙'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries").query(Long.class).single()).isEqualTo(auditBefore);
    }

    @Test
    void theFormShowsTheMessageNextToTheFieldAndKeepsTheInput() throws Exception {
        Cookie session = signIn("hanfeng");
        mvc.perform(post("/members").cookie(session).with(csrf())
                        .param("orgId", String.valueOf(fixtures.org("关村村"))).param("name", "表单测试")
                        .param("gender", "1").param("ethnicity", "01").param("idNumber", "610322198001011230")
                        .param("birthDate", "1980-01-01").param("politicalStatus", "FULL")
                        .param("joinedOn", "2005-07-01").param("confirmedOn", "2006-07-01").param("membershipStatus", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("身份证号校验位错误")))
                .andExpect(content().string(containsString("value=\"表单测试\"")))
                .andExpect(content().string(containsString("is-invalid")));
    }

    @Test
    void aValidFormRedirectsToTheNewRecord() throws Exception {
        Cookie session = signIn("chengjiayuan");
        Map<String, Object> m = member(fixtures.org("程家塬村"), "表单新增");
        var request = post("/members").cookie(session).with(csrf());
        m.forEach((k, v) -> request.param(k, String.valueOf(v)));
        mvc.perform(request).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/members/*?created"));
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedAndTheFirstKept() throws Exception {
        long id = idOf(create("hanfeng", member(fixtures.org("汉封村"), "并发测试")));
        Map<String, Object> first = member(fixtures.org("汉封村"), "并发测试");
        var current = Json.parse(mvc.perform(get("/api/v1/members/" + id).with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andReturn().getResponse().getContentAsString());
        first.put("idNumber", current.get("idNumber").asString());
        first.put("birthDate", current.get("birthDate").asString());
        first.put("version", 0);
        first.put("phone", "13800000001");
        Map<String, Object> second = new HashMap<>(first);
        second.put("phone", "13800000002");
        mvc.perform(put("/api/v1/members/" + id).with(httpBasic("hanfeng", Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(Json.of(first))).andExpect(status().isOk());
        mvc.perform(put("/api/v1/members/" + id).with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(Json.of(second)))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("SELECT phone FROM people WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("13800000001");
    }

    @Test
    void aTransferMovesTheMemberAndKeepsTheHistory() throws Exception {
        long id = idOf(create("hanfeng", member(fixtures.org("关村村"), "转接测试")));
        long target = fixtures.org("汉封村");
        mvc.perform(post("/api/v1/members/" + id + "/transfers").with(httpBasic("hanfeng", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("toOrgId", target, "transferredOn", clock.today().toString(), "reason", "婚嫁迁入"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.orgId").value(target));
        mvc.perform(get("/api/v1/members/" + id + "/transfers").with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$[0].fromName").value("关村村")).andExpect(jsonPath("$[0].toName").value("汉封村"))
                .andExpect(jsonPath("$[0].reason").value("婚嫁迁入"));
        Cookie session = signIn("hanfeng");
        mvc.perform(get("/members/" + id).cookie(session))
                .andExpect(content().string(containsString("婚嫁迁入")));
    }

    @Test
    void aTransferOutsideTheScopeIsNotFoundAndToATownshipIsRefused() throws Exception {
        long id = idOf(create("hanfeng", member(fixtures.org("关村村"), "越界转接")));
        for (long target : new long[] {fixtures.org("导子村"), fixtures.outsideBranch}) {
            mvc.perform(post("/api/v1/members/" + id + "/transfers").with(httpBasic("hanfeng", Fixtures.PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(Json.of(Map.of("toOrgId", target, "transferredOn", "2010-04-01", "reason", "调动"))))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post("/api/v1/members/" + id + "/transfers").with(httpBasic("hanfeng", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("toOrgId", fixtures.org("汉封乡"), "transferredOn", "2010-04-01", "reason", "调动"))))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("toOrgId"));
    }

    @Test
    void badRequestsGetAProblemDetailAndWriteNothing() throws Exception {
        mvc.perform(post("/api/v1/members").with(httpBasic("hanfeng", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"坏"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.title").value("请求格式错误"));
        Map<String, Object> wrongType = member(fixtures.org("关村村"), "类型错误");
        wrongType.put("birthDate", "去年");
        create("hanfeng", wrongType).andExpect(status().isBadRequest());
        Map<String, Object> missing = member(fixtures.org("关村村"), "");
        create("hanfeng", missing).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"));
        create("hanfeng", member(fixtures.outsideBranch, "外县")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/members/999999999").with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/members/abc").with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM people WHERE name IN ('类型错误', '外县')").query(Long.class).single()).isZero();
    }

    @Test
    void aDuplicateIdentityNumberIsRefused() throws Exception {
        Map<String, Object> body = member(fixtures.org("关村村"), "重复一");
        create("hanfeng", body).andExpect(status().isCreated());
        body.put("name", "重复二");
        create("hanfeng", body).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("该身份证号已登记在册，不能重复登记"));
    }

    @Test
    void aSecretarySeesMaskedIdentityNumbersAndOnlyTheOwnBranch() throws Exception {
        long village = fixtures.org("程家塬村");
        mvc.perform(get("/api/v1/members").param("org", String.valueOf(village)).with(httpBasic("chengjiayuan", Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].idNumber", containsString("********")))
                // the birth date is listed beside it, so the mask keeps only 3 + 1 characters (cannot be restored)
                .andExpect(jsonPath("$.items[0].birthDate").exists())
                .andExpect(jsonPath("$.items[0].idNumber",
                        org.hamcrest.Matchers.matchesPattern("\\d{3}\\*{14}[\\dX]")));
        mvc.perform(get("/api/v1/members").param("org", String.valueOf(village)).with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.items[0].idNumber", not(containsString("*"))));
        mvc.perform(get("/api/v1/members").param("org", String.valueOf(fixtures.org("关村村")))
                .with(httpBasic("chengjiayuan", Fixtures.PASSWORD))).andExpect(status().isNotFound());
    }

    @Test
    void aMemberReadsOnlyTheOwnRecord() throws Exception {
        long own = jdbc.sql("SELECT person_id FROM accounts WHERE username = 'dangyuan'").query(Long.class).single();
        mvc.perform(get("/api/v1/members/" + own).with(httpBasic("dangyuan", Fixtures.PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/members/" + fixtures.firstMemberOf("程家塬村")).with(httpBasic("dangyuan", Fixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/members").with(httpBasic("dangyuan", Fixtures.PASSWORD))).andExpect(status().isForbidden());
        Cookie session = signIn("dangyuan");
        mvc.perform(get("/me").cookie(session)).andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/members/" + own));
    }

    @Test
    void administratorsDoNotReadTheRegister() throws Exception {
        long person = fixtures.firstMemberOf("程家塬村");
        for (String admin : new String[] {"sysadmin", "security", "auditor"}) {
            mvc.perform(get("/api/v1/members/" + person).with(httpBasic(admin, Fixtures.PASSWORD))).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/members").with(httpBasic(admin, Fixtures.PASSWORD))).andExpect(status().isForbidden());
        }
    }
}
