package org.jiceng.incentive.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * 奖惩 as users meet it: the demo's 2009 subsidies generated from final results and its final 通报批评; a township
 * generates from final results once and only for the rule's grade; single entries refuse bad input next to the field
 * and write nothing; a final 取消评先资格 flags the person and a call that reads the flag refuses the nomination;
 * reversal keeps the record; everything outside the user's subtree is a 404.
 */
@JicengIntegrationTest
class RewardIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    UserDetailsService accounts;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void theDemoPaysFanjiazhaisFirstClassVillagesOf2009FromTheFinalResults() throws Exception {
        long fanjiazhai = fixtures.org("范家寨乡");
        List<String> firstClass = jdbc.sql("""
                SELECT o.short_name FROM campaign_entries e JOIN assessment_campaigns c ON c.id = e.campaign_id
                JOIN orgs o ON o.id = e.org_id
                WHERE c.campaign_year = 2009 AND e.township_id = ? AND e.grade = '一类' ORDER BY o.short_name""")
                .param(fanjiazhai).query(String.class).list();
        assertThat(firstClass).as("2009 一类 villages of 范家寨乡 in the demo").isNotEmpty();

        JsonNode list = read(mvc.perform(get("/api/v1/rewards").param("org", String.valueOf(fanjiazhai))
                .param("year", "2009").with(signedIn("county"))).andExpect(status().isOk()));
        List<String> paid = list.get("rewards").valueStream().map(r -> r.get("subjectName").asString()).sorted().toList();
        assertThat(paid).containsExactlyElementsOf(firstClass);
        list.get("rewards").forEach(r -> {
            assertThat(r.get("stage").asString()).isEqualTo("FINAL");
            assertThat(r.get("amount").decimalValue()).isEqualByComparingTo("2000");
            assertThat(r.get("sourceEntryId").isNull()).isFalse();
        });
        JsonNode total = list.get("totals").get(list.get("totals").size() - 1);
        assertThat(total.get("finalRewards").decimalValue())
                .isEqualByComparingTo(BigDecimal.valueOf(2000L * firstClass.size()));
        LocalDate finalOn = LocalDate.parse(jdbc.sql("""
                SELECT MAX(t.at) FROM review_transitions t JOIN rewards r ON r.item_id = t.item_id
                WHERE r.reward_year = 2009""").query(java.sql.Timestamp.class).single().toLocalDateTime()
                .toLocalDate().toString());
        assertThat(finalOn).isBefore(LocalDate.of(2010, 5, 5));

        mvc.perform(get("/rewards").param("org", String.valueOf(fanjiazhai)).param("year", "2009")
                        .with(signedIn("fanjiazhai")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("升级晋档一类村党支部补贴")))
                .andExpect(content().string(containsString(firstClass.get(0))))
                .andExpect(content().string(containsString(Money.format(BigDecimal.valueOf(2000L * firstClass.size())))));

        // The 2010 通报批评 of a 南指挥镇 cadre is final and flags the cadre; the 单项工作奖 waits for the township.
        JsonNode nan = read(mvc.perform(get("/api/v1/rewards").param("org", String.valueOf(fixtures.org("南指挥镇")))
                .param("year", "2010").with(signedIn("county"))).andExpect(status().isOk())).get("rewards");
        assertThat(nan).hasSize(1);
        assertThat(nan.get(0).get("stage").asString()).isEqualTo("FINAL");
        assertThat(nan.get(0).get("recordDate").asString()).isLessThan("2010-05-05");
        assertThat(jdbc.sql("SELECT kind FROM person_flags WHERE id = ?").param(nan.get(0).get("flagId").asLong())
                .query(String.class).single()).isEqualTo("CIRCULATED_CRITICISM");
        JsonNode fan2010 = read(mvc.perform(get("/api/v1/rewards").param("org", String.valueOf(fanjiazhai))
                .param("year", "2010").with(signedIn("fanjiazhai"))).andExpect(status().isOk())).get("rewards");
        assertThat(fan2010.valueStream().filter(r -> r.get("kind").asString().equals("02")).toList())
                .singleElement().satisfies(r -> assertThat(r.get("stage").asString()).isEqualTo("SUBMITTED"));
    }

    @Test
    void aTownshipGeneratesFromFinalResultsOnceAndOnlyForTheRulesGrade() throws Exception {
        long guodian = fixtures.org("郭店镇");
        long rule = createRule("guodian", """
                {"year":2009,"name":"二类村补贴（测试）","kind":"01","nature":"REWARD","subject":"BRANCH",
                 "amount":1500.50,"family":"upgrade-grading","grade":"二类","basis":"郭店镇激励保障意见"}""");
        List<Long> secondClass = jdbc.sql("""
                SELECT e.org_id FROM campaign_entries e JOIN assessment_campaigns c ON c.id = e.campaign_id
                WHERE c.campaign_year = 2009 AND e.township_id = ? AND e.grade = '二类'""").param(guodian)
                .query(Long.class).list();
        assertThat(secondClass).isNotEmpty();

        JsonNode preview = read(mvc.perform(get("/api/v1/rewards/generation").param("org", String.valueOf(guodian))
                .param("ruleId", String.valueOf(rule)).with(signedIn("guodian"))).andExpect(status().isOk()));
        assertThat(preview.get("lines").valueStream().map(l -> l.get("orgId").asLong()).toList())
                .containsExactlyInAnyOrderElementsOf(secondClass);
        assertThat(preview.get("lines").valueStream().map(l -> l.get("status").asString())).containsOnly("NEW");

        // A secretary may not generate; another township's officer does not see 郭店镇.
        long countyRule = jdbc.sql("SELECT MIN(id) FROM reward_rules WHERE name = '通报批评'").query(Long.class).single();
        generate("chengjiayuan", fixtures.org("程家塬村"), countyRule).andExpect(status().isForbidden());
        generate("hanfeng", guodian, rule).andExpect(status().isNotFound());

        JsonNode made = read(generate("guodian", guodian, rule).andExpect(status().isCreated()));
        assertThat(made).hasSize(secondClass.size());
        assertThat(made.get(0).get("amount").decimalValue()).isEqualByComparingTo("1500.50");
        assertThat(made.get(0).get("stage").asString()).isEqualTo("DRAFT");
        assertThat(made.get(0).get("reason").asString()).contains("二类");

        // Generating again adds nothing.
        generate("guodian", guodian, rule).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("不能重复生成")));
        assertThat(recordsOf(rule)).isEqualTo(secondClass.size());

        // A reversed record keeps its row, leaves the totals, and its result may be generated again.
        long first = made.get(0).get("id").asLong();
        reverse("guodian", first, "", made.get(0).get("version").asLong()).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("撤销须写明原因")));
        reverse("guodian", first, "村名录入有误", made.get(0).get("version").asLong()).andExpect(status().isOk())
                .andExpect(jsonPath("$.reversedBy").value("guodian"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE object_type = 'REWARD' AND object_id = ? AND action = 'REVERSE'")
                .param(first).query(Long.class).single()).isEqualTo(1);
        JsonNode again = read(mvc.perform(get("/api/v1/rewards/generation").param("org", String.valueOf(guodian))
                .param("ruleId", String.valueOf(rule)).with(signedIn("guodian"))).andExpect(status().isOk()));
        assertThat(again.get("lines").valueStream().filter(l -> l.get("status").asString().equals("NEW"))).hasSize(1);

        // A rule on a campaign not yet final generates nothing.
        long fiveGood = createRule("guodian", """
                {"year":2010,"name":"五个好补贴（测试）","kind":"01","nature":"REWARD","subject":"BRANCH",
                 "amount":2000,"family":"five-good-village","grade":"五个好","basis":"郭店镇激励保障意见"}""");
        int before = recordsOf(fiveGood);
        generate("guodian", guodian, fiveGood).andExpect(status().isUnprocessableContent());
        assertThat(recordsOf(fiveGood)).isEqualTo(before);
    }

    @Test
    void singleEntriesRefuseBadInputNextToTheFieldAndWriteNothing() throws Exception {
        long rule = createRule("hanfeng", """
                {"year":2010,"name":"项目建设单项奖（测试）","kind":"02","nature":"REWARD","subject":"PERSON",
                 "amount":800,"basis":"汉封乡村组干部报酬与实绩挂钩办法"}""");
        long person = memberOf("峪里村", 1);
        int records = recordsOf(rule);
        long audits = audits();

        entry(rule, person, "-5").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("amount"))
                .andExpect(content().string(containsString("金额不能为负数")));
        entry(rule, person, "12.345").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("至多两位小数")));
        entry(rule, person, "900").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("不能超过规则标准800.00元")));
        entry(rule, fixtures.outsidePerson, "500").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("subjectPerson"))
                .andExpect(content().string(containsString("不在您的管辖范围内")));
        entry(rule, memberOf("范家寨村", 1), "500").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("subjectPerson"));
        assertThat(recordsOf(rule)).isEqualTo(records);
        assertThat(audits()).isEqualTo(audits);

        // The page keeps what was typed and says what is wrong next to the field.
        mvc.perform(post("/rewards").param("year", "2010").param("ruleId", String.valueOf(rule))
                        .param("subjectPerson", String.valueOf(person)).param("amount", "-5")
                        .param("reason", "牵头完成村级阵地建设").with(csrf()).with(signedIn("hanfeng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("金额不能为负数")))
                .andExpect(content().string(containsString("牵头完成村级阵地建设")));
        assertThat(recordsOf(rule)).isEqualTo(records);

        // A valid entry is written and audited with the amount.
        JsonNode created = read(entry(rule, person, "650.5").andExpect(status().isCreated()));
        assertThat(created.get("amount").decimalValue()).isEqualByComparingTo("650.50");
        assertThat(created.get("basis").asString()).isEqualTo("汉封乡村组干部报酬与实绩挂钩办法");
        assertThat(jdbc.sql("SELECT after_value FROM audit_entries WHERE object_type = 'REWARD' AND object_id = ? AND action = 'CREATE'")
                .param(created.get("id").asLong()).query(String.class).single()).contains("650.5");

        // A result-driven subsidy is never typed.
        long driven = createRule("hanfeng", """
                {"year":2010,"name":"五个好补贴（汉封测试）","kind":"01","nature":"REWARD","subject":"BRANCH",
                 "amount":1000,"family":"five-good-village","grade":"五个好","basis":"汉封乡办法"}""");
        mvc.perform(post("/api/v1/rewards").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ruleId\":%d,\"subjectOrg\":%d,\"amount\":1000,\"reason\":\"手工\"}"
                                .formatted(driven, fixtures.org("关村村")))
                        .with(csrf()).with(signedIn("hanfeng")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("按结果生成")));
        // Bad rules are refused too: a negative amount, a bar on a branch.
        mvc.perform(post("/api/v1/reward-rules").contentType(MediaType.APPLICATION_JSON).content("""
                        {"year":2010,"name":"坏规则","kind":"12","nature":"PENALTY","subject":"BRANCH","amount":-1,
                         "flagKind":"COMMENDATION_BARRED","flagMonths":12,"basis":"办法"}""")
                        .with(csrf()).with(signedIn("hanfeng")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("金额不能为负数")))
                .andExpect(content().string(containsString("只能针对个人的惩处")));
    }

    @Test
    void aFinalBarWritesThePersonFlagAndTheCallRefusesTheNomination() throws Exception {
        long rule = createRule("hanfeng", """
                {"year":2010,"name":"取消评先资格（测试）","kind":"12","nature":"PENALTY","subject":"PERSON",
                 "effect":"取消当年评先评优资格","flagKind":"COMMENDATION_BARRED","flagMonths":12,"basis":"汉封乡纪律规定"}""");
        long person = memberOf("麦子坪村", 2);
        JsonNode r = read(mvc.perform(post("/api/v1/rewards").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ruleId\":%d,\"subjectPerson\":%d,\"reason\":\"违反换届纪律\",\"recordDate\":\"2010-04-01\"}"
                                .formatted(rule, person))
                        .with(csrf()).with(signedIn("hanfeng")))
                .andExpect(status().isCreated()));
        long id = r.get("id").asLong();
        assertThat(r.get("barsUntil").asString()).isEqualTo("2011-03-31");

        act(id, "SUBMIT", null, "hanfeng").andExpect(jsonPath("$.stage").value("SUBMITTED"));
        act(id, "RETURN", "", "hanfeng").andExpect(status().isUnprocessableContent());
        act(id, "REVIEW", null, "chengjiayuan").andExpect(status().isNotFound());
        act(id, "REVIEW", null, "hanfeng").andExpect(jsonPath("$.stage").value("REVIEWED"));
        act(id, "APPROVE", null, "hanfeng").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("不能县级审定")));
        act(id, "APPROVE", null, "county").andExpect(jsonPath("$.stage").value("APPROVED"));
        act(id, "PUBLICIZE", null, "county").andExpect(jsonPath("$.stage").value("PUBLICIZING"));
        act(id, "FINALIZE", null, "county").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("期满后")));
        assertThat(r.get("flagId").isNull()).isTrue();
        jdbc.sql("UPDATE review_items SET publicity_from = ?, publicity_until = ? WHERE id = ?")
                .params(LocalDate.of(2010, 4, 20), LocalDate.of(2010, 4, 26), r.get("itemId").asLong()).update();
        JsonNode fixed = read(act(id, "FINALIZE", null, "county").andExpect(status().isOk()));
        assertThat(fixed.get("stage").asString()).isEqualTo("FINAL");
        long flag = fixed.get("flagId").asLong();
        assertThat(jdbc.sql("SELECT kind FROM person_flags WHERE id = ? AND person_id = ?").params(flag, person)
                .query(String.class).single()).isEqualTo("COMMENDATION_BARRED");

        // 评选表彰 reads the flag: a call naming it refuses the nomination and writes nothing.
        long call = read(mvc.perform(post("/api/v1/commendations").contentType(MediaType.APPLICATION_JSON).content("""
                        {"title":"奖惩测试评选","year":2010,"publicityDays":5,"quotas":{"%d":3},
                         "ineligibleFlags":["COMMENDATION_BARRED"]}""".formatted(fixtures.org("汉封乡")))
                        .with(csrf()).with(signedIn("county"))).andExpect(status().isCreated())).get("id").asLong();
        mvc.perform(post("/api/v1/commendations/" + call + "/nominations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\":%d,\"deeds\":\"带头致富\"}".formatted(person))
                        .with(csrf()).with(signedIn("hanfeng")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("取消评先资格")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM commendation_nominations WHERE call_id = ?").param(call)
                .query(Long.class).single()).isZero();

        // Only the county reverses a final record; the bar then ends today.
        reverse("hanfeng", id, "复核撤销", fixed.get("version").asLong()).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("只能由县委组织部撤销")));
        reverse("county", id, "经复核，事实不清", fixed.get("version").asLong()).andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT until_date FROM person_flags WHERE id = ?").param(flag)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2010, 5, 5));
        mvc.perform(get("/rewards/" + id).with(signedIn("hanfeng"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("经复核，事实不清")))
                .andExpect(content().string(containsString("已撤销")));
    }

    @Test
    void recordsAndRulesFollowTheTree() throws Exception {
        long fanReward = jdbc.sql("SELECT MIN(r.id) FROM rewards r JOIN orgs o ON o.id = r.township_id WHERE o.short_name = '范家寨乡'")
                .query(Long.class).single();
        mvc.perform(get("/api/v1/rewards/" + fanReward).with(signedIn("hanfeng"))).andExpect(status().isNotFound());
        mvc.perform(get("/rewards/" + fanReward).with(signedIn("hanfeng"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/rewards/" + fanReward).with(signedIn("fanjiazhai"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/rewards/" + fixtures.outsideReward).with(signedIn("county"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/rewards").param("org", String.valueOf(fixtures.org("汉封乡")))
                .with(signedIn("chengjiayuan"))).andExpect(status().isNotFound());
        // The county's rules bind the township below: readable there, yet only the county changes them.
        long countyRule = jdbc.sql("SELECT MIN(id) FROM reward_rules WHERE name = '通报批评'").query(Long.class).single();
        mvc.perform(get("/reward-rules/" + countyRule).with(signedIn("hanfeng"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/reward-rules").param("year", "2010").with(signedIn("chengjiayuan")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("通报批评")));
        mvc.perform(get("/reward-rules/" + fixtures.outsideRewardRule).with(signedIn("county"))).andExpect(status().isNotFound());
    }

    @Test
    void pagesShowTheListThePreviewTheFormsAndTheExport() throws Exception {
        long fanjiazhai = fixtures.org("范家寨乡");
        mvc.perform(get("/rewards").param("year", "2009").with(signedIn("county"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("范家寨乡")))
                .andExpect(content().string(containsString("合计")))
                .andExpect(content().string(containsString("全部县级审定")));
        long rule = jdbc.sql("SELECT id FROM reward_rules WHERE name = '升级晋档一类村党支部补贴'").query(Long.class).single();
        mvc.perform(get("/rewards/generate").param("org", String.valueOf(fanjiazhai)).param("year", "2009")
                        .param("ruleId", String.valueOf(rule)).with(signedIn("fanjiazhai")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("已生成")))
                .andExpect(content().string(containsString("2009年度村党组织升级晋档评定")));
        mvc.perform(get("/rewards/new").param("year", "2010").with(signedIn("fanjiazhai"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("中心工作单项工作奖")))
                .andExpect(content().string(containsString("通报批评")));
        mvc.perform(get("/reward-rules").param("year", "2010").with(signedIn("fanjiazhai"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("《范家寨乡干部管理奖惩制度》")));
        mvc.perform(get("/rewards/new").with(signedIn("chengjiayuan"))).andExpect(status().isForbidden());

        byte[] xlsx = mvc.perform(get("/api/v1/rewards/export.xlsx").param("org", String.valueOf(fanjiazhai))
                        .param("year", "2009").with(signedIn("county")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("乡镇");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("升级晋档一类村党支部补贴");
            assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(2000.0);
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue()).isEqualTo("合计");
        }
    }

    // ---- helpers

    private long createRule(String who, String body) throws Exception {
        return read(mvc.perform(post("/api/v1/reward-rules").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(csrf()).with(signedIn(who))).andExpect(status().isCreated())).get("id").asLong();
    }

    private ResultActions generate(String who, long township, long rule) throws Exception {
        return mvc.perform(post("/api/v1/rewards/generation").param("org", String.valueOf(township))
                .param("ruleId", String.valueOf(rule)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"recordDate\":\"2010-04-30\"}").with(csrf()).with(signedIn(who)));
    }

    private ResultActions entry(long rule, long person, String amount) throws Exception {
        return mvc.perform(post("/api/v1/rewards").contentType(MediaType.APPLICATION_JSON)
                .content("{\"ruleId\":%d,\"subjectPerson\":%d,\"amount\":%s,\"reason\":\"牵头完成村级阵地建设\"}"
                        .formatted(rule, person, amount))
                .with(csrf()).with(signedIn("hanfeng")));
    }

    private ResultActions act(long reward, String action, String reason, String who) throws Exception {
        long version = jdbc.sql("SELECT i.version FROM review_items i JOIN rewards r ON r.item_id = i.id WHERE r.id = ?")
                .param(reward).query(Long.class).single();
        return mvc.perform(post("/api/v1/rewards/" + reward + "/actions").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(new java.util.HashMap<>(java.util.Map.of("action", action,
                        "version", version, "reason", reason == null ? "" : reason))))
                .with(csrf()).with(signedIn(who)));
    }

    private ResultActions reverse(String who, long reward, String reason, long version) throws Exception {
        return mvc.perform(post("/api/v1/rewards/" + reward + "/reversal").contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"%s\",\"version\":%d}".formatted(reason, version)).with(csrf())
                .with(signedIn(who)));
    }

    private int recordsOf(long rule) {
        return jdbc.sql("SELECT COUNT(*) FROM rewards WHERE rule_id = ?").param(rule).query(Integer.class).single();
    }

    private long audits() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE object_type = 'REWARD'").query(Long.class).single();
    }

    private long memberOf(String village, int index) {
        return jdbc.sql("""
                SELECT p.id FROM people p JOIN orgs o ON o.id = p.org_id
                WHERE o.short_name = ? AND p.political_status <> 'NONE' ORDER BY p.id""")
                .param(village).query(Long.class).list().get(index);
    }

    private JsonNode read(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private RequestPostProcessor signedIn(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
