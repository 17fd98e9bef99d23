package org.jiceng.target.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.jiceng.support.Json;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * Periodic summaries as the seed's 南指挥镇 keeps them and as 汉封乡 and 程家塬村 would: 2009 all approved, 2010's
 * first quarter with late, returned and missing villages; a period set by 汉封乡, written by 程家塬村's secretary with
 * a document, scored by the township, approved by the county and counted for the engine; refusals writing nothing.
 */
@JicengIntegrationTest
class SummaryIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    org.jiceng.assessment.Metrics metrics;

    @Test
    void nanzhihuisSummariesAreOnRecordByPeriod() throws Exception {
        JsonNode periods2009 = read(mvc.perform(get("/api/v1/summary-periods").param("year", "2009")
                .with(signedIn("nanzhihui"))).andExpect(status().isOk()));
        assertThat(periods2009).hasSize(4);
        for (JsonNode period : periods2009) {
            JsonNode roster = read(mvc.perform(get("/api/v1/summary-periods/" + period.get("id").asLong() + "/roster")
                    .with(signedIn("county"))));
            assertThat(roster).hasSize(13);
            for (JsonNode row : roster) {
                assertThat(row.get("summary").get("stage").asString()).as(row.get("orgName").asString())
                        .isEqualTo("APPROVED");
            }
        }
        long q1 = read(mvc.perform(get("/api/v1/summary-periods").param("year", "2010").with(signedIn("nanzhihui"))))
                .get(0).get("id").asLong();
        mvc.perform(get("/summary-periods/" + q1).with(signedIn("nanzhihui"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("董家庄村")))
                .andExpect(content().string(containsString("未报送")))
                .andExpect(content().string(containsString("逾期")))
                .andExpect(content().string(containsString("已退回")));
        mvc.perform(get("/summaries").param("year", "2010").with(signedIn("nanzhihui"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("第一季度小结")));
        // Another township neither sees the period nor its summaries.
        mvc.perform(get("/summary-periods/" + q1).with(signedIn("hanfeng"))).andExpect(status().isNotFound());
        long late = fixtures.org("北指挥村");
        assertThat(metrics.values(SummaryMetrics.ON_TIME, 2009, List.of(late)).get(late).intValue()).isEqualTo(4);
        assertThat(metrics.values(SummaryMetrics.ON_TIME, 2010, List.of(late)).get(late).intValue()).isZero();
    }

    @Test
    void aVillageWritesSubmitsAndIsScoredAndApproved() throws Exception {
        JsonNode period = read(createPeriod("hanfeng", "第一阶段小结", "2010-04-30", "2010-05-10", 10)
                .andExpect(status().isCreated()));
        long periodId = period.get("id").asLong();
        long chengjiayuan = fixtures.org("程家塬村");
        mvc.perform(get("/").with(signedIn("chengjiayuan"))).andExpect(content().string(containsString("报送总结：2010年第一阶段小结")));
        byte[] pdf = "%PDF-1.4 summary".getBytes(StandardCharsets.US_ASCII);
        JsonNode saved = read(mvc.perform(multipart("/api/v1/summary-periods/" + periodId + "/summaries")
                        .file(new MockMultipartFile("file", "小结.pdf", "application/pdf", pdf))
                        .param("orgId", String.valueOf(chengjiayuan)).with(csrf()).with(signedIn("chengjiayuan")))
                .andExpect(status().isOk()));
        long id = saved.get("id").asLong();
        assertThat(saved.get("stage").asString()).isEqualTo("DRAFT");
        mvc.perform(get("/summaries/" + id + "/document").with(signedIn("hanfeng"))).andExpect(content().bytes(pdf));
        act("chengjiayuan", id, Map.of("action", "SUBMIT", "version", 0)).andExpect(status().isOk())
                .andExpect(jsonPath("$.submittedOn").value("2010-05-05")).andExpect(jsonPath("$.late").value(false));
        act("hanfeng", id, Map.of("action", "REVIEW", "version", 1)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("points"));
        act("hanfeng", id, Map.of("action", "REVIEW", "version", 1, "points", 11)).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("评分须在0至10分之间")));
        act("hanfeng", id, Map.of("action", "REVIEW", "version", 1, "points", 9.5)).andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("REVIEWED")).andExpect(jsonPath("$.points").value(9.5));
        act("county", id, Map.of("action", "APPROVE", "version", 2)).andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("APPROVED"));
        assertThat(metrics.values(SummaryMetrics.ON_TIME, 2010, List.of(chengjiayuan)).get(chengjiayuan).intValue())
                .isEqualTo(1);
        mvc.perform(get("/summaries/" + id).with(signedIn("chengjiayuan"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("已审定"))).andExpect(content().string(containsString("按时提交")));
    }

    @Test
    void refusalsWriteNothing() throws Exception {
        long rows = jdbc.sql("SELECT COUNT(*) FROM period_summaries").query(Long.class).single();
        long q1 = read(mvc.perform(get("/api/v1/summary-periods").param("year", "2010").with(signedIn("nanzhihui"))))
                .get(0).get("id").asLong();
        // 南指挥镇's period is not due from 汉封乡's villages (nor visible to them).
        long period = read(createPeriod("hanfeng", "第二阶段小结", "2010-06-30", "2010-07-05", 10)
                .andExpect(status().isCreated())).get("id").asLong();
        mvc.perform(multipart("/api/v1/summary-periods/" + q1 + "/summaries").param("orgId",
                String.valueOf(fixtures.org("程家塬村"))).param("text", "小结").with(csrf()).with(signedIn("chengjiayuan")))
                .andExpect(status().isNotFound());
        // The township itself does not owe a period it set for its villages.
        mvc.perform(multipart("/api/v1/summary-periods/" + period + "/summaries").param("orgId",
                String.valueOf(fixtures.org("汉封乡"))).param("text", "小结").with(csrf()).with(signedIn("hanfeng")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("periodId"))
                .andExpect(content().string(containsString("不需要报送")));
        mvc.perform(multipart("/summary-periods/" + period + "/summaries").param("orgId",
                String.valueOf(fixtures.org("汉封乡"))).param("text", "小结").with(csrf()).with(signedIn("hanfeng")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("不需要报送")));
        // Neither text nor document; a file that is not a document.
        mvc.perform(multipart("/api/v1/summary-periods/" + period + "/summaries").param("orgId",
                String.valueOf(fixtures.org("程家塬村"))).with(csrf()).with(signedIn("chengjiayuan")))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("text"));
        mvc.perform(multipart("/summary-periods/" + period + "/summaries")
                        .file(new MockMultipartFile("file", "小结.docx", "application/octet-stream", "MZ".getBytes(StandardCharsets.US_ASCII)))
                        .param("orgId", String.valueOf(fixtures.org("程家塬村"))).param("text", "小结")
                        .with(csrf()).with(signedIn("chengjiayuan")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("总结文件须是")));
        createPeriod("hanfeng", "第三阶段小结", "2010-06-30", "2010-06-01", 10).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("submitDue"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM period_summaries").query(Long.class).single()).isEqualTo(rows);
    }

    private ResultActions createPeriod(String who, String title, String end, String due, int max) throws Exception {
        return mvc.perform(post("/api/v1/summary-periods").contentType(MediaType.APPLICATION_JSON)
                .content(Json.of(Map.of("year", 2010, "kind", "PHASE", "title", title, "periodEnd", end,
                        "submitDue", due, "maxPoints", max, "submitters", "VILLAGES")))
                .with(csrf()).with(signedIn(who)));
    }

    private ResultActions act(String who, long id, Map<String, ?> body) throws Exception {
        return mvc.perform(post("/api/v1/summaries/" + id + "/actions").contentType(MediaType.APPLICATION_JSON)
                .content(Json.of(body)).with(csrf()).with(signedIn(who)));
    }

    private JsonNode read(ResultActions result) throws Exception {
        return Json.parse(result.andReturn().getResponse().getContentAsString());
    }

    private RequestPostProcessor signedIn(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
