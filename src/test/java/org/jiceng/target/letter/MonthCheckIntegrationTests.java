package org.jiceng.target.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.jiceng.support.Json;
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

/**
 * 月度考核 as 汉封乡 records it on 程家塬村's signed March letter (the county runs on 2010-05-05): March and April
 * checked on the page and through the API, May refused until it ends, a stale form and a village secretary refused,
 * another township kept out; the year's figure (sum ÷ 12) is on the copy and is the engine's data.
 */
@JicengIntegrationTest
class MonthCheckIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    org.jiceng.assessment.Metrics metrics;

    @Test
    void theTownshipChecksEndedMonthsAndTheYearsFigureIsTheirSumOverTwelve() throws Exception {
        JsonNode listed = read(mvc.perform(get("/api/v1/target-letters").param("year", "2010")
                .with(signedIn("hanfeng"))));
        JsonNode march = listed.valueStream().filter(l -> l.get("letter").get("title").asString()
                .equals("争优创先目标责任书")).findFirst().orElseThrow();
        JsonNode copy = march.get("copies").valueStream().filter(c -> c.get("villageName").asString().equals("程家塬村"))
                .findFirst().orElseThrow();
        long copyId = copy.get("id").asLong();
        long villageId = copy.get("villageId").asLong();
        long audits = count("audit_entries WHERE object_type = 'TARGET_LETTER_COPY' AND object_id = " + copyId);

        // May has not ended on 2010-05-05: refused next to the month, nothing written.
        mvc.perform(post("/target-letters/copies/" + copyId + "/months").param("month", "5").param("score", "90")
                        .param("stamp", "0").with(csrf()).with(signedIn("hanfeng")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("2010年5月尚未结束")))
                .andExpect(content().string(containsString("is-invalid")));
        // A score over 100: refused next to the score, what was typed kept.
        mvc.perform(post("/target-letters/copies/" + copyId + "/months").param("month", "3").param("score", "101")
                        .param("note", "春季植树").param("stamp", "0").with(csrf()).with(signedIn("hanfeng")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("得分应在0到100分之间")))
                .andExpect(content().string(containsString("春季植树")));
        assertThat(count("target_letter_month_checks WHERE copy_id = " + copyId)).isZero();

        mvc.perform(post("/target-letters/copies/" + copyId + "/months").param("month", "3").param("score", "90")
                        .param("note", "春季植树按期完成").param("stamp", "0").with(csrf()).with(signedIn("hanfeng")))
                .andExpect(status().is3xxRedirection());
        JsonNode checks = read(mvc.perform(post("/api/v1/target-letter-copies/" + copyId + "/month-checks")
                .contentType(MediaType.APPLICATION_JSON).content(Json.of(Map.of("month", 4, "score", 84, "stamp", 1)))
                .with(csrf()).with(signedIn("hanfeng"))).andExpect(status().isOk()));
        assertThat(checks.size()).isEqualTo(2);
        // A form sent before April was recorded (stamp 1) is stale now.
        mvc.perform(post("/api/v1/target-letter-copies/" + copyId + "/month-checks")
                .contentType(MediaType.APPLICATION_JSON).content(Json.of(Map.of("month", 4, "score", 80, "stamp", 1)))
                .with(csrf()).with(signedIn("hanfeng"))).andExpect(status().isConflict());

        // (90 + 84) ÷ 12 = 14.5, on the copy and as the engine's data.
        mvc.perform(get("/target-letters/copies/" + copyId).with(signedIn("hanfeng"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("春季植树按期完成")))
                .andExpect(content().string(containsString("id=\"month-mean\">14.50<")));
        mvc.perform(get("/api/v1/target-letter-copies/" + copyId).with(signedIn("county")))
                .andExpect(jsonPath("$.monthMean").value(14.5)).andExpect(jsonPath("$.monthStamp").value(2));
        assertThat(metrics.values(MonthMetrics.MEAN, 2010, List.of(villageId)).get(villageId))
                .isEqualByComparingTo("14.5");
        assertThat(metrics.values(MonthMetrics.MEAN, 2009, List.of(villageId))).as("no letter in 2009").isEmpty();
        assertThat(count("audit_entries WHERE object_type = 'TARGET_LETTER_COPY' AND object_id = " + copyId))
                .isEqualTo(audits + 2);

        // The village sees its checks but does not record them; another township does not reach the copy.
        mvc.perform(get("/target-letters/copies/" + copyId).with(signedIn("chengjiayuan")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("春季植树按期完成")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"month-form\""))));
        mvc.perform(post("/api/v1/target-letter-copies/" + copyId + "/month-checks")
                .contentType(MediaType.APPLICATION_JSON).content(Json.of(Map.of("month", 3, "score", 100, "stamp", 2)))
                .with(csrf()).with(signedIn("guodian"))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT SUM(score) FROM target_letter_month_checks WHERE copy_id = ?").param(copyId)
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("174");
    }

    private long count(String tableAndWhere) {
        return jdbc.sql("SELECT COUNT(*) FROM " + tableAndWhere).query(Long.class).single();
    }

    private JsonNode read(ResultActions result) throws Exception {
        return Json.parse(result.andReturn().getResponse().getContentAsString());
    }

    private RequestPostProcessor signedIn(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
