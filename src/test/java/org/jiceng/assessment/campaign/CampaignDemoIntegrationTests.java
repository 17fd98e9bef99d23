package org.jiceng.assessment.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;

import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.jiceng.support.Json;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** The demo county's campaigns reproduce the seed: 2009 results final, 2010 under way, the townships' targets. */
@JicengIntegrationTest
class CampaignDemoIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    UserDetailsService accounts;

    @Test
    void theSeedsTargetsShowTheirLiveProgress() throws Exception {
        JsonNode fanjiazhai = Json.parse(mvc.perform(get("/api/v1/targets").param("year", "2010")
                        .with(httpBasic("fanjiazhai", Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        Map<String, JsonNode> byKind = new HashMap<>();
        fanjiazhai.forEach(p -> byKind.put(p.get("target").get("kind").asString(), p));
        JsonNode share = byKind.get("SHARE");
        assertThat(share.get("target").get("label").asString()).isEqualTo("二类村计划达到30%（三个村）");
        assertThat(share.get("villages").asInt()).isEqualTo(10);
        assertThat(share.get("settled").asBoolean()).isFalse();
        JsonNode fiveGood = byKind.get("COUNT");
        assertThat(fiveGood.get("reached").asInt()).isEqualTo(3);
        assertThat(fiveGood.get("met").asBoolean()).isTrue();

        mvc.perform(get("/targets").param("year", "2010").with(user(accounts.loadUserByUsername("hanfeng"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已达到：关村村、汉封村")))
                .andExpect(content().string(containsString("未达到：程家塬村")));
    }

    @Test
    void lastYearsResultsAreFinalAndThisYearsShowMovements() throws Exception {
        long final2009 = jdbc.sql("""
                SELECT COUNT(*) FROM campaign_entries e JOIN review_items i ON i.id = e.item_id
                JOIN assessment_campaigns c ON c.id = e.campaign_id
                WHERE c.name = '2009年度村党组织升级晋档评定' AND i.stage = 'FINAL' AND e.grade IS NOT NULL""")
                .query(Long.class).single();
        assertThat(final2009).isEqualTo(49);
        long campaign2010 = jdbc.sql("SELECT id FROM assessment_campaigns WHERE name = '2010年度村党组织升级晋档评定'")
                .query(Long.class).single();
        Map<String, Long> stages = new HashMap<>();
        jdbc.sql("""
                SELECT i.stage, COUNT(*) FROM campaign_entries e JOIN review_items i ON i.id = e.item_id
                WHERE e.campaign_id = ? GROUP BY i.stage""").param(campaign2010)
                .query(rs -> {
                    stages.put(rs.getString(1), rs.getLong(2));
                });
        assertThat(stages.get("APPROVED")).isEqualTo(10);
        assertThat(stages.get("SUBMITTED")).isGreaterThanOrEqualTo(12);
        assertThat(stages.get("DRAFT")).isGreaterThanOrEqualTo(13);
        mvc.perform(get("/campaigns/" + campaign2010 + "/results").with(user(accounts.loadUserByUsername("county"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("升级")));
        mvc.perform(get("/campaigns/" + campaign2010).with(user(accounts.loadUserByUsername("county"))))
                .andExpect(content().string(containsString("逾期未办")));
    }
}
