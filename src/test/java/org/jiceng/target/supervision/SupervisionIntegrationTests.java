package org.jiceng.target.supervision;

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
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jiceng.shared.UploadTypes;
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
 * 督查督办 as officers and a village secretary meet it: the seed's items in the demo, an item registered by 汉封乡,
 * assigned, reported back by 程家塬村 with evidence and closed on time (counted for the engine), and every refusal
 * writing nothing — closing without a report, a deadline before registration, an extension after the deadline, a
 * file that is no document or too large — through the API and the pages.
 */
@JicengIntegrationTest
class SupervisionIntegrationTests {

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
    void theDemoHasNanzhihuisItemsOnTheBoardWithOneOverdueAndOneReturned() throws Exception {
        mvc.perform(get("/supervision").param("year", "2010").with(signedIn("nanzhihui"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("督办〔2010〕1号")))
                .andExpect(content().string(containsString("已办结")))
                .andExpect(content().string(containsString("已退回重办")))
                .andExpect(content().string(containsString("逾期")));
        JsonNode board = read(mvc.perform(get("/api/v1/supervision-items/board").param("year", "2010")
                .with(signedIn("county"))).andExpect(status().isOk()));
        assertThat(board.get("overdue").asInt()).isPositive();
        assertThat(board.get("townships").size()).isGreaterThanOrEqualTo(2);
        mvc.perform(get("/supervision/board").param("year", "2010").with(signedIn("county"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("南指挥镇")))
                .andExpect(content().string(containsString("逾期未办结事项")));
        mvc.perform(get("/supervision/export.xlsx").param("year", "2010").with(signedIn("county")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        // 汉封乡 sees none of 南指挥镇's items.
        long nanzhihuiItem = read(mvc.perform(get("/api/v1/supervision-items").param("year", "2010")
                .with(signedIn("nanzhihui")))).get(0).get("id").asLong();
        mvc.perform(get("/supervision/" + nanzhihuiItem).with(signedIn("hanfeng"))).andExpect(status().isNotFound());
    }

    @Test
    void anItemIsAssignedReportedWithEvidenceAndClosedOnTime() throws Exception {
        long chengjiayuan = fixtures.org("程家塬村");
        long guancun = fixtures.org("关村村");
        JsonNode item = read(register("hanfeng", chengjiayuan, List.of(guancun), "2010-05-05", "2010-05-20")
                .andExpect(status().isCreated()));
        long id = item.get("id").asLong();
        assertThat(item.get("number").asString()).matches("督办〔2010〕\\d+号");
        assertThat(item.get("status").asString()).isEqualTo("REGISTERED");
        assertThat(item.get("coUnits").get(0).get("orgId").asLong()).isEqualTo(guancun);

        act("chengjiayuan", id, "ASSIGN", null, null, 0).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("只有立项单位")));
        act("hanfeng", id, "ASSIGN", null, null, 0).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ASSIGNED"));
        act("hanfeng", id, "REMIND", "请按时办理", null, 0).andExpect(status().isConflict());

        // The village secretary sees the task on the workbench and reports back with a photo.
        mvc.perform(get("/").with(signedIn("chengjiayuan"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("反馈督办事项：村级阵地整修")));
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x01, 0x02};
        mvc.perform(multipart("/api/v1/supervision-items/" + id + "/reports")
                        .file(new MockMultipartFile("file", "现场.jpg", "image/jpeg", jpeg))
                        .param("text", "已整修活动室，更换门窗").param("version", "1")
                        .with(csrf()).with(signedIn("chengjiayuan")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REPORTED"));
        long report = read(mvc.perform(get("/api/v1/supervision-items/" + id + "/reports")
                .with(signedIn("hanfeng")))).get(0).get("id").asLong();
        mvc.perform(get("/supervision/" + id + "/evidence").param("report", String.valueOf(report))
                .with(signedIn("hanfeng"))).andExpect(status().isOk())
                .andExpect(content().bytes(jpeg));

        BigDecimalHolder before = closedOnTime(chengjiayuan);
        act("hanfeng", id, "ACCEPT", null, null, 2).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED")).andExpect(jsonPath("$.closedOnTime").value(true));
        assertThat(closedOnTime(chengjiayuan).value()).isEqualTo(before.value() + 1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE object_type = 'SUPERVISION_ITEM' AND object_id = ?")
                .param(id).query(Long.class).single()).isEqualTo(4);
        mvc.perform(get("/supervision/" + id).with(signedIn("hanfeng"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("按时办结")))
                .andExpect(content().string(containsString("现场.jpg")));
    }

    @Test
    void refusalsWriteNothingAndSayWhyNextToTheField() throws Exception {
        long chengjiayuan = fixtures.org("程家塬村");
        long items = count("supervision_items");
        register("hanfeng", chengjiayuan, List.of(), "2010-05-05", "2010-05-01").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("deadline"))
                .andExpect(content().string(containsString("办理时限不能早于立项日期")));
        mvc.perform(post("/supervision").param("title", "测试事项").param("requirement", "要求")
                        .param("leadOrgId", String.valueOf(chengjiayuan)).param("registeredOn", "2010-05-05")
                        .param("deadline", "2010-04-01").with(csrf()).with(signedIn("hanfeng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("办理时限不能早于立项日期（2010-05-05）")));
        assertThat(count("supervision_items")).isEqualTo(items);

        // Registered in April with a deadline already past: no extension, and no closing without a report.
        long id = read(register("hanfeng", chengjiayuan, List.of(), "2010-04-01", "2010-04-20")
                .andExpect(status().isCreated())).get("id").asLong();
        act("hanfeng", id, "ASSIGN", null, null, 0).andExpect(status().isOk());
        long events = count("supervision_events");
        act("chengjiayuan", id, "REQUEST_EXTENSION", "雨天施工困难", "2010-05-30", 1)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("extendTo"))
                .andExpect(content().string(containsString("延期须在时限届满前申请")));
        act("hanfeng", id, "ACCEPT", null, null, 1).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("尚未反馈办理情况，不能办结")));
        mvc.perform(post("/supervision/" + id + "/act").param("action", "ACCEPT").param("version", "1")
                        .with(csrf()).with(signedIn("hanfeng"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("尚未反馈办理情况，不能办结")));

        // A file that is not a document, and one over the limit.
        long reports = count("supervision_reports");
        reportWith(id, new MockMultipartFile("file", "材料.pdf", "application/pdf", "MZ not a pdf".getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("file"));
        byte[] big = new byte[UploadTypes.MAX_BYTES + 1];
        Arrays.fill(big, (byte) ' ');
        System.arraycopy("%PDF".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 4);
        reportWith(id, new MockMultipartFile("file", "材料.pdf", "application/pdf", big))
                .andExpect(status().is4xxClientError());
        mvc.perform(multipart("/supervision/" + id + "/report")
                        .file(new MockMultipartFile("file", "材料.exe", "application/octet-stream", new byte[]{1, 2, 3}))
                        .param("text", "已办理").param("version", "1").with(csrf()).with(signedIn("chengjiayuan")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("佐证材料须是照片")));
        assertThat(count("supervision_reports")).isEqualTo(reports);
        assertThat(count("supervision_events")).isEqualTo(events);
        mvc.perform(get("/api/v1/supervision-items/" + id).with(signedIn("hanfeng")))
                .andExpect(jsonPath("$.status").value("ASSIGNED"));
        // Overdue: on 汉封乡's list and workbench.
        mvc.perform(get("/api/v1/supervision-items").param("overdue", "true").with(signedIn("hanfeng")))
                .andExpect(content().string(containsString("\"id\":" + id)));
        mvc.perform(get("/").with(signedIn("hanfeng"))).andExpect(content().string(containsString("逾期未办结的督办事项")));
    }

    @Test
    void anExtensionAskedInTimeMovesTheDeadlineOnceGranted() throws Exception {
        long chengjiayuan = fixtures.org("程家塬村");
        long id = read(register("hanfeng", chengjiayuan, List.of(), "2010-05-05", "2010-05-10")
                .andExpect(status().isCreated())).get("id").asLong();
        act("hanfeng", id, "ASSIGN", null, null, 0).andExpect(status().isOk());
        act("chengjiayuan", id, "REQUEST_EXTENSION", "材料采购未到", "2010-05-31", 1).andExpect(status().isOk())
                .andExpect(jsonPath("$.extensionUntil").value("2010-05-31"));
        act("hanfeng", id, "GRANT_EXTENSION", null, null, 2).andExpect(status().isOk())
                .andExpect(jsonPath("$.deadline").value("2010-05-31")).andExpect(jsonPath("$.firstDue").value("2010-05-10"));
        act("hanfeng", id, "STRIKE", "", null, 3).andExpect(status().isUnprocessableContent());
        act("hanfeng", id, "STRIKE", "上级任务取消", null, 3).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("STRUCK"));
    }

    private ResultActions register(String who, long lead, List<Long> coUnits, String registeredOn, String deadline)
            throws Exception {
        String body = Json.of(Map.of("title", "村级阵地整修", "requirement", "整修村级活动室并报送照片", "leadOrgId", lead,
                "coUnitIds", coUnits, "registeredOn", registeredOn, "deadline", deadline));
        return mvc.perform(post("/api/v1/supervision-items").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(csrf()).with(signedIn(who)));
    }

    private ResultActions act(String who, long id, String action, String note, String extendTo, long version)
            throws Exception {
        var body = new java.util.HashMap<String, Object>();
        body.put("action", action);
        body.put("version", version);
        if (note != null) {
            body.put("note", note);
        }
        if (extendTo != null) {
            body.put("extendTo", extendTo);
        }
        return mvc.perform(post("/api/v1/supervision-items/" + id + "/actions").contentType(MediaType.APPLICATION_JSON)
                .content(Json.of(body)).with(csrf()).with(signedIn(who)));
    }

    private ResultActions reportWith(long id, MockMultipartFile file) throws Exception {
        return mvc.perform(multipart("/api/v1/supervision-items/" + id + "/reports").file(file)
                .param("text", "已办理").param("version", "1").with(csrf()).with(signedIn("chengjiayuan")));
    }

    record BigDecimalHolder(int value) {
    }

    private BigDecimalHolder closedOnTime(long org) {
        return new BigDecimalHolder(metrics.values(SupervisionMetrics.CLOSED_ON_TIME, 2010, List.of(org)).get(org)
                .intValue());
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private JsonNode read(ResultActions result) throws Exception {
        return Json.parse(result.andReturn().getResponse().getContentAsString());
    }

    private RequestPostProcessor signedIn(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
