package org.jiceng.incentive.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.jiceng.support.Json;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * 困难党员帮扶 as officers and secretaries meet it: 汉封乡's twenty members helped in 2010 counted from the records,
 * the register's 困难党员 mark following open cases, exact money reversed never deleted, refusals that write
 * nothing, the Excel ledger, and scope and roles — through the pages and the API.
 */
@JicengIntegrationTest
class CareIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    UserDetailsService accounts;

    @Test
    void hanfengHelpsTwentyMembersIn2010ByItsRecords() throws Exception {
        long hanfeng = fixtures.org("汉封乡");
        mvc.perform(get("/care").param("org", String.valueOf(hanfeng)).param("year", "2010").with(signedIn("hanfeng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<span id=\"members-helped\">20</span>")))
                .andExpect(content().string(containsString("春节走访慰问")))
                .andExpect(content().string(containsString("党费划拨")));
        mvc.perform(get("/api/v1/hardship-cases/summary").param("org", String.valueOf(hanfeng)).param("year", "2010")
                        .with(signedIn("county")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.membersHelped").value(20));
        mvc.perform(get("/api/v1/hardship-cases/summary").param("year", "2010").with(signedIn("county")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.byTownship[?(@.name == '汉封乡')].membersHelped").value(20));
        JsonNode values = read(mvc.perform(get("/api/v1/metrics/incentive.hardship_members_helped")
                .param("year", "2010").param("org", String.valueOf(hanfeng)).with(signedIn("hanfeng")))
                .andExpect(status().isOk())).get("values");
        long metric = -1;
        for (JsonNode v : values) {
            if (v.get("orgId").asLong() == hanfeng) {
                metric = v.get("value").asLong();
            }
        }
        assertThat(metric).isEqualTo(20);

        byte[] xlsx = mvc.perform(get("/care/export").param("org", String.valueOf(hanfeng)).param("year", "2010")
                .with(signedIn("hanfeng"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheet("帮扶对象").getLastRowNum()).isGreaterThanOrEqualTo(20);
            XSSFSheet totals = book.getSheet("汇总");
            double helped = -1;
            for (Row row : totals) {
                if ("帮扶困难党员人数".equals(row.getCell(0).getStringCellValue())) {
                    helped = row.getCell(1).getNumericCellValue();
                }
            }
            assertThat(helped).isEqualTo(20);
            assertThat(book.getSheet("帮扶记录").getRow(0).getCell(4).getStringCellValue()).isEqualTo("金额（元）");
        }
    }

    @Test
    void theRegistersMarkAndTheOpenCasesAgreeForEveryone() {
        long markedWithoutCase = jdbc.sql("""
                SELECT COUNT(*) FROM people p WHERE p.hardship = TRUE AND NOT EXISTS
                (SELECT 1 FROM hardship_cases c WHERE c.person_id = p.id AND c.closed_on IS NULL)""")
                .query(Long.class).single();
        long caseWithoutMark = jdbc.sql("""
                SELECT COUNT(*) FROM hardship_cases c JOIN people p ON p.id = c.person_id
                WHERE c.closed_on IS NULL AND p.hardship = FALSE""").query(Long.class).single();
        assertThat(markedWithoutCase).isZero();
        assertThat(caseWithoutMark).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM hardship_cases WHERE closed_on IS NOT NULL").query(Long.class)
                .single()).as("the demo's closed case").isPositive();
    }

    @Test
    void theRegistersMarkFollowsTheOpenCasesAndIsNotTypedByHand() throws Exception {
        long member = unmarkedMember("唐村", 0);
        long first = read(open("guodian", member, "01", "胃病住院").andExpect(status().isCreated())).get("id").asLong();
        mvc.perform(get("/api/v1/members/" + member).with(signedIn("guodian"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.hardship").value(true)).andExpect(jsonPath("$.hardshipNote").value("胃病住院"));
        mvc.perform(get("/members/" + member).with(signedIn("guodian"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("text-bg-warning\">困难党员")));
        open("guodian", member, "01", "又一次").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("已有同一原因的在帮扶记录")));
        long second = read(open("guodian", member, "04", "房屋受损").andExpect(status().isCreated())).get("id").asLong();

        close(first, "2010-05-01", "已康复", 0).andExpect(status().isOk()).andExpect(jsonPath("$.closedOn").value("2010-05-01"));
        mvc.perform(get("/api/v1/members/" + member).with(signedIn("guodian")))
                .andExpect(jsonPath("$.hardship").value(true)).andExpect(jsonPath("$.hardshipNote").value("房屋受损"));
        close(second, "2010-05-02", "房屋已修缮", 0).andExpect(status().isOk());
        mvc.perform(get("/api/v1/members/" + member).with(signedIn("guodian")))
                .andExpect(jsonPath("$.hardship").value(false));
        mvc.perform(get("/members/" + member).with(signedIn("guodian"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("text-bg-warning\">困难党员"))));
        close(second, "2010-05-02", "再结", 1).andExpect(status().isUnprocessableContent());

        // The register's form no longer sets the mark by hand.
        mvc.perform(post("/api/v1/members").contentType(MediaType.APPLICATION_JSON).content(Json.of(Map.of(
                        "orgId", fixtures.org("唐村"), "name", "测试困难", "gender", "1", "ethnicity", "01",
                        "birthDate", "1960-01-01", "politicalStatus", "FULL", "joinedOn", "1990-07-01",
                        "confirmedOn", "1991-07-01", "membershipStatus", "1", "hardship", true)))
                        .with(csrf()).with(signedIn("guodian")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("困难党员标记随困难帮扶对象自动维护")));
    }

    @Test
    void moneyIsExactAndAMistakeIsReversedNeverDeleted() throws Exception {
        long member = unmarkedMember("三岔村", 0);
        long id = read(open("guodian", member, "03", null).andExpect(status().isCreated())).get("id").asLong();
        long entries = entryCount();
        support(id, "2010-04-01", "-1", null).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("amount"))
                .andExpect(content().string(containsString("金额不能为负数")));
        support(id, "2010-04-01", "300.005", null).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("金额最多精确到分")));
        support(id, "2010-04-01", "0", null).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("goods"));
        support(id, "2010-05-06", "300", null).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("帮扶日期不能晚于今天")));
        mvc.perform(post("/care/cases/" + id + "/support").param("givenOn", "2010-04-01").param("kind", "03")
                        .param("amount", "三百").param("fundSource", "01").with(csrf()).with(signedIn("guodian")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("金额须为数字")));
        assertThat(entryCount()).isEqualTo(entries);

        long guodian = fixtures.org("郭店镇");
        BigDecimal before = summaryAmount(guodian);
        JsonNode entry = read(support(id, "2010-04-01", "300.50", null).andExpect(status().isCreated()));
        assertThat(entry.get("amount").decimalValue()).isEqualByComparingTo("300.50");
        assertThat(summaryAmount(guodian)).isEqualByComparingTo(before.add(new BigDecimal("300.50")));

        long entryId = entry.get("id").asLong();
        reverse(entryId, "").andExpect(status().isBadRequest());
        JsonNode reversal = read(reverse(entryId, "金额登记错误").andExpect(status().isCreated()));
        assertThat(reversal.get("amount").decimalValue()).isEqualByComparingTo("-300.50");
        assertThat(reversal.get("reversalOf").asLong()).isEqualTo(entryId);
        reverse(entryId, "再冲").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("该帮扶记录已冲销")));
        reverse(reversal.get("id").asLong(), "冲冲销").andExpect(status().isUnprocessableContent());
        assertThat(summaryAmount(guodian)).isEqualByComparingTo(before);
        mvc.perform(get("/api/v1/hardship-cases/" + id + "/support").with(signedIn("guodian"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2));
        String audit = jdbc.sql("""
                SELECT before_value || ' → ' || after_value FROM audit_entries
                WHERE action = 'REVERSE' AND object_type = 'SUPPORT_ENTRY' AND object_id = ?""")
                .param(entryId).query(String.class).single();
        assertThat(audit).contains("300.5").contains("-300.5").contains("金额登记错误");

        // No support after closing; closing not before the last support.
        close(id, "2010-03-31", "已脱困", 0).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("不能早于最后一次帮扶")));
        long version = jdbc.sql("SELECT version FROM hardship_cases WHERE id = ?").param(id).query(Long.class).single();
        close(id, "2010-05-05", "已脱困", version).andExpect(status().isOk());
        support(id, "2010-05-05", "100", null).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("已于2010-05-05结案")));
    }

    @Test
    void casesAreReadInScopeAndWrittenByOfficersOnly() throws Exception {
        long member = unmarkedMember("导子村", 0);
        long id = read(open("guodian", member, "05", "独居").andExpect(status().isCreated())).get("id").asLong();
        mvc.perform(get("/care/cases/" + id).with(signedIn("hanfeng"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/hardship-cases/" + id).with(signedIn("hanfeng"))).andExpect(status().isNotFound());
        mvc.perform(get("/care/cases/" + id).with(signedIn("guodian"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("年老体弱无人照料")));
        open("guodian", fixtures.outsidePerson, "01", null).andExpect(status().isNotFound());
        long villager = jdbc.sql("""
                SELECT p.id FROM people p JOIN orgs o ON o.id = p.org_id
                WHERE o.short_name = '导子村' AND p.political_status = 'NONE' ORDER BY p.id DESC""")
                .query(Long.class).list().get(0);
        long cases = jdbc.sql("SELECT COUNT(*) FROM hardship_cases").query(Long.class).single();
        open("guodian", villager, "01", null).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("不是党员或在任村干部")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM hardship_cases").query(Long.class).single()).isEqualTo(cases);
        mvc.perform(get("/care").with(signedIn("chengjiayuan"))).andExpect(status().isOk());
        open("chengjiayuan", fixtures.firstMemberOf("程家塬村"), "01", null).andExpect(status().isForbidden());
        mvc.perform(get("/care").with(signedIn("dangyuan"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/hardship-cases").param("year", "2010").with(signedIn("sysadmin")))
                .andExpect(status().isForbidden());
    }

    private ResultActions open(String who, long person, String cause, String note) throws Exception {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("personId", person, "cause", cause, "severity", "1",
                "openedOn", "2010-03-01"));
        if (note != null) {
            body.put("note", note);
        }
        return mvc.perform(post("/api/v1/hardship-cases").contentType(MediaType.APPLICATION_JSON).content(Json.of(body))
                .with(csrf()).with(signedIn(who)));
    }

    private ResultActions close(long id, String on, String reason, long version) throws Exception {
        return mvc.perform(post("/api/v1/hardship-cases/" + id + "/close").contentType(MediaType.APPLICATION_JSON)
                .content(Json.of(Map.of("closedOn", on, "reason", reason, "version", version)))
                .with(csrf()).with(signedIn("guodian")));
    }

    private ResultActions support(long id, String on, String amount, String goods) throws Exception {
        String body = "{\"givenOn\":\"%s\",\"kind\":\"03\",\"amount\":%s,\"fundSource\":\"04\"%s}".formatted(on, amount,
                goods == null ? "" : ",\"goods\":\"" + goods + "\"");
        return mvc.perform(post("/api/v1/hardship-cases/" + id + "/support").contentType(MediaType.APPLICATION_JSON)
                .content(body).with(csrf()).with(signedIn("guodian")));
    }

    private ResultActions reverse(long entryId, String reason) throws Exception {
        return mvc.perform(post("/api/v1/support-entries/" + entryId + "/reverse").contentType(MediaType.APPLICATION_JSON)
                .content(Json.of(Map.of("reason", reason))).with(csrf()).with(signedIn("guodian")));
    }

    private BigDecimal summaryAmount(long org) throws Exception {
        return read(mvc.perform(get("/api/v1/hardship-cases/summary").param("org", String.valueOf(org))
                .param("year", "2010").with(signedIn("guodian"))).andExpect(status().isOk())).get("amount").decimalValue();
    }

    private long unmarkedMember(String village, int index) {
        return jdbc.sql("""
                SELECT p.id FROM people p JOIN orgs o ON o.id = p.org_id
                WHERE o.short_name = ? AND p.political_status = 'FULL' AND p.hardship = FALSE
                  AND NOT EXISTS (SELECT 1 FROM hardship_cases c WHERE c.person_id = p.id) ORDER BY p.id""")
                .param(village).query(Long.class).list().get(index);
    }

    private long entryCount() {
        return jdbc.sql("SELECT COUNT(*) FROM support_entries").query(Long.class).single();
    }

    private JsonNode read(ResultActions result) throws Exception {
        return Json.parse(result.andReturn().getResponse().getContentAsString());
    }

    private RequestPostProcessor signedIn(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
