package org.jiceng.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;

import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 范家寨乡's 2009 year-end target assessment in the demo: final in January 2010, totals from the year's items and the
 * points for excellent ledger diaries, prizes limited to places — the third village over 90 takes 二等奖.
 */
@JicengIntegrationTest
class TargetAssessmentDemoIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    record Row(String village, BigDecimal total, String grade, String note) {
    }

    @Test
    void fanjiazhaisYearEndResultsOf2009AreFinalWithPrizesByPlaces() throws Exception {
        long campaign = jdbc.sql("SELECT id FROM assessment_campaigns WHERE name = '2009年度村级年终目标责任考核'")
                .query(Long.class).single();
        List<Row> rows = jdbc.sql("""
                SELECT o.short_name, e.total, e.grade, e.grade_note FROM campaign_entries e JOIN orgs o ON o.id = e.org_id
                WHERE e.campaign_id = ? ORDER BY e.total DESC, o.short_name""").param(campaign)
                .query((rs, n) -> new Row(rs.getString(1), rs.getBigDecimal(2), rs.getString(3), rs.getString(4)))
                .list();
        assertThat(rows).hasSize(10);
        assertThat(rows.subList(0, 4)).extracting(Row::village, r -> r.total().stripTrailingZeros().toPlainString(),
                Row::grade).containsExactly(tuple("范家寨村", "96", "一等奖"), tuple("凉泉村", "93", "一等奖"),
                tuple("八旗屯村", "90", "二等奖"), tuple("庙底村", "83", "二等奖"));
        assertThat(rows.get(2).note()).isEqualTo("得分可评一等奖，一等奖限2名，排第3名，评为二等奖");
        assertThat(rows.get(rows.size() - 1)).extracting(Row::village, Row::grade).containsExactly("杨家沟村", "未达标");
        String stage = jdbc.sql("""
                SELECT DISTINCT i.stage FROM campaign_entries e JOIN review_items i ON i.id = e.item_id
                WHERE e.campaign_id = ?""").param(campaign).query(String.class).single();
        assertThat(stage).isEqualTo("FINAL");
        mvc.perform(get("/campaigns/" + campaign).with(user(accounts.loadUserByUsername("fanjiazhai"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("八旗屯村")))
                .andExpect(content().string(containsString("二等奖")));
        mvc.perform(get("/campaigns/" + campaign).with(user(accounts.loadUserByUsername("guodian"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aTownshipsPrizeMoneyRuleTakesTheFinalPrizesAfterThePlaces() throws Exception {
        long fanjiazhai = jdbc.sql("SELECT id FROM orgs WHERE short_name = '范家寨乡'").query(Long.class).single();
        String created = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/v1/reward-rules").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("""
                                {"year":2009,"name":"年终目责考核一等奖（测试）","kind":"01","nature":"REWARD","subject":"BRANCH",
                                 "amount":1000,"family":"target-assessment","grade":"一等奖","basis":"范家寨乡干部管理奖惩制度"}""")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .with(user(accounts.loadUserByUsername("fanjiazhai"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long rule = org.jiceng.support.Json.parse(created).get("id").asLong();
        String preview = mvc.perform(get("/api/v1/rewards/generation").param("org", String.valueOf(fanjiazhai))
                        .param("ruleId", String.valueOf(rule)).with(user(accounts.loadUserByUsername("fanjiazhai"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> names = org.jiceng.support.Json.parse(preview).get("lines").valueStream()
                .map(l -> l.get("orgName").asString()).sorted().toList();
        // 八旗屯村 scored over 90 but was third: its prize is 二等奖, so the 一等奖 money goes to two villages.
        assertThat(names).containsExactly("凉泉村", "范家寨村");
    }
}
