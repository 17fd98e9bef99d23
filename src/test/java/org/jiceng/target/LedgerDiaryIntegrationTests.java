package org.jiceng.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.HashMap;
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
 * 台账日记 as cadres meet it: a secretary records on a phone with a photo, the township's rollup sums each unit on
 * its own, a central task takes quantities only in its units, and every refusal — a unit the task does not take, a
 * date after today or outside the year, a file that is not a photo or document, a stale edit — writes nothing.
 */
@JicengIntegrationTest
class LedgerDiaryIntegrationTests {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    UserDetailsService accounts;

    @Test
    void aSecretaryRecordsOnThePhoneFormWithAPhotoAndTheTownshipSeesIt() throws Exception {
        long village = fixtures.org("程家塬村");
        long before = entries();
        // A text file posing as evidence: the message stands next to the file field, nothing is written.
        mvc.perform(multipart("/ledger-diary/new").file(new MockMultipartFile("files", "说明.txt", "text/plain",
                        "hello".getBytes())).params(form(village, "2010-05-03")).with(csrf()).with(signedIn("chengjiayuan")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"files-error\"")))
                .andExpect(content().string(containsString("只收10MB以内的照片")));
        assertThat(entries()).isEqualTo(before);

        mvc.perform(multipart("/ledger-diary/new").file(new MockMultipartFile("files", "街道.png", "image/png", PNG))
                        .params(form(village, "2010-05-03")).with(csrf()).with(signedIn("chengjiayuan")))
                .andExpect(redirectedUrlPattern("/ledger-diary/*"));
        assertThat(entries()).isEqualTo(before + 1);
        long id = jdbc.sql("SELECT MAX(id) FROM ledger_diary_entries").query(Long.class).single();
        long file = jdbc.sql("SELECT id FROM ledger_diary_files WHERE entry_id = ?").param(id).query(Long.class).single();
        mvc.perform(get("/ledger-diary/" + id).with(signedIn("chengjiayuan"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("街道.png")))
                .andExpect(content().string(containsString("村民代表 程建国")));
        mvc.perform(get("/ledger-diary/files/" + file).with(signedIn("hanfeng"))).andExpect(status().isOk())
                .andExpect(content().bytes(PNG));
        mvc.perform(get("/ledger-diary").param("org", String.valueOf(fixtures.org("汉封乡")))
                        .with(signedIn("hanfeng"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("程家塬村")));
        // Another township's officer does not see it.
        mvc.perform(get("/ledger-diary/" + id).with(signedIn("guodian"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/ledger-diary/files/" + file).with(signedIn("guodian"))).andExpect(status().isNotFound());
    }

    @Test
    void theRollupSumsEachUnitOnItsOwnPerVillageAndTask() throws Exception {
        long township = fixtures.org("南指挥镇");
        long village = fixtures.org("五星村");
        JsonNode task = read(createTask(township, "五星村道路硬化", "KM", "3").andExpect(status().isCreated()));
        long taskId = task.get("id").asLong();
        record(village, "2010-04-10", taskId, "1.5", "KM").andExpect(status().isCreated());
        record(village, "2010-04-20", taskId, "0.75", "KM").andExpect(status().isCreated());
        record(village, "2010-04-21", null, "300", "TREE").andExpect(status().isCreated());

        JsonNode rollup = read(mvc.perform(get("/api/v1/ledger-diary/rollup").param("org", String.valueOf(township))
                .param("year", "2010").with(signedIn("nanzhihui"))).andExpect(status().isOk()));
        JsonNode row = null;
        for (JsonNode r : rollup.get("rows")) {
            if (r.get("orgName").asString().equals("五星村")) {
                row = r;
            }
        }
        assertThat(row).isNotNull();
        assertThat(total(row.get("totals"), "KM")).isEqualByComparingTo("2.25");
        assertThat(total(row.get("totals"), "TREE")).isEqualByComparingTo("300");
        assertThat(row.get("totals")).hasSize(2);
        JsonNode progress = null;
        for (JsonNode t : rollup.get("tasks")) {
            if (t.get("taskId").asLong() == taskId) {
                progress = t.get("units").get(0);
            }
        }
        assertThat(progress.get("target").decimalValue()).isEqualByComparingTo("3");
        assertThat(progress.get("done").decimalValue()).isEqualByComparingTo("2.25");
        assertThat(progress.get("percent").asInt()).isEqualTo(75);

        mvc.perform(get("/ledger-diary/rollup").param("org", String.valueOf(township)).with(signedIn("nanzhihui")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("五星村道路硬化")));
        mvc.perform(get("/ledger-diary").param("org", String.valueOf(township)).param("taskId", String.valueOf(taskId))
                .with(signedIn("nanzhihui"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("2.25 公里")));
    }

    @Test
    void refusalsStandNextToTheFieldAndWriteNothing() throws Exception {
        long township = fixtures.org("南指挥镇");
        long village = fixtures.org("礼村");
        long taskId = read(createTask(township, "礼村招商引资", "WAN_YUAN", "50").andExpect(status().isCreated()))
                .get("id").asLong();
        long before = entries();
        record(village, "2010-04-10", taskId, "30", "TREE").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("quantities[0].unit"))
                .andExpect(content().string(containsString("不按“棵”计量")));
        record(village, "2010-05-06", null, "1", "TREE").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("date"))
                .andExpect(content().string(containsString("不能晚于今天")));
        record(village, "2009-12-30", null, "1", "TREE").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("只能记本年度")));
        record(village, "2010-04-10", null, "-1", "TREE").andExpect(status().isBadRequest());
        assertThat(entries()).isEqualTo(before);

        // The page shows the same refusal next to the unit.
        Map<String, String> page = new HashMap<>(Map.of("orgId", String.valueOf(village), "date", "2010-04-10",
                "category", "01", "content", "洽谈果品企业", "witness", "村民代表", "taskId", String.valueOf(taskId),
                "quantities[0].quantity", "30", "quantities[0].unit", "TREE"));
        var request = multipart("/ledger-diary/new");
        page.forEach(request::param);
        mvc.perform(request.with(csrf()).with(signedIn("nanzhihui"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("不按“棵”计量")));
        assertThat(entries()).isEqualTo(before);
    }

    @Test
    void aStaleEditIsAConflictAndAnotherOrgsTaskIsNotFound() throws Exception {
        long village = fixtures.org("槐原村");
        JsonNode entry = read(record(village, "2010-04-12", null, "20", "HOUSEHOLD").andExpect(status().isCreated()));
        long id = entry.get("id").asLong();
        String body = Json.of(Map.of("orgId", village, "date", "2010-04-12", "category", "04", "content",
                "拆除占道房屋", "witness", "村民代表", "quantities", java.util.List.of(Map.of("quantity", 22,
                        "unit", "HOUSEHOLD")), "version", 0));
        mvc.perform(put("/api/v1/ledger-diary/" + id).contentType(MediaType.APPLICATION_JSON).content(body)
                .with(csrf()).with(signedIn("nanzhihui"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.quantities[0].quantity").value(22));
        mvc.perform(put("/api/v1/ledger-diary/" + id).contentType(MediaType.APPLICATION_JSON).content(body)
                .with(csrf()).with(signedIn("nanzhihui"))).andExpect(status().isConflict());
        // A task of another county named in the body: the guard answers 404.
        mvc.perform(post("/api/v1/ledger-diary").contentType(MediaType.APPLICATION_JSON)
                .content(entryJson(village, "2010-04-12", fixtures.outsideTask, "1", "TREE"))
                .with(csrf()).with(signedIn("nanzhihui"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/central-tasks/" + fixtures.outsideTask).with(signedIn("county")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aTownshipNamesADemonstrationVillageOnceAndNotInTheFuture() throws Exception {
        long village = fixtures.org("高家堡村");
        String named = Json.of(Map.of("villageId", village, "year", 2010, "kind", "03", "namedOn", "2010-04-01",
                "note", "苹果产业示范"));
        JsonNode d = read(mvc.perform(post("/api/v1/demonstration-villages").contentType(MediaType.APPLICATION_JSON)
                .content(named).with(csrf()).with(signedIn("nanzhihui"))).andExpect(status().isCreated()));
        assertThat(d.get("kindLabel").asString()).isEqualTo("产业发展示范村");
        mvc.perform(post("/api/v1/demonstration-villages").contentType(MediaType.APPLICATION_JSON).content(named)
                        .with(csrf()).with(signedIn("nanzhihui"))).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(post("/api/v1/demonstration-villages").contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("villageId", village, "year", 2010, "kind", "04", "namedOn", "2010-05-06")))
                        .with(csrf()).with(signedIn("nanzhihui"))).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("namedOn"));
        mvc.perform(get("/demonstration-villages/" + d.get("id").asLong()).with(signedIn("nanzhihui")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("高家堡村")));
        mvc.perform(get("/demonstration-villages/" + d.get("id").asLong()).with(signedIn("hanfeng")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/ledger-diary/rollup").param("org", String.valueOf(fixtures.org("南指挥镇")))
                        .param("demonstration", "true").with(signedIn("nanzhihui")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("产业发展示范村")));
    }

    @Test
    void everyPageOpensForTheTownshipAndTheSecretary() throws Exception {
        long task = jdbc.sql("SELECT MIN(t.id) FROM central_tasks t JOIN orgs o ON o.id = t.org_id"
                + " WHERE o.short_name = '汉封乡'").query(Long.class).single();
        long entry = jdbc.sql("SELECT MIN(e.id) FROM ledger_diary_entries e JOIN orgs o ON o.id = e.org_id"
                + " WHERE o.short_name = '程家塬村'").query(Long.class).single();
        for (String page : java.util.List.of("/central-tasks", "/central-tasks/new", "/central-tasks/" + task,
                "/ledger-diary/new", "/ledger-diary/" + entry + "/edit", "/ledger-diary/rollup", "/demonstration-villages")) {
            mvc.perform(get(page).with(signedIn("hanfeng"))).andExpect(status().isOk());
        }
        mvc.perform(get("/central-tasks/" + task).with(signedIn("hanfeng")))
                .andExpect(content().string(containsString("分解到村")))
                .andExpect(content().string(containsString("关村村")));
        mvc.perform(get("/central-tasks").with(signedIn("chengjiayuan"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("村组绿化美化")));
        mvc.perform(get("/ledger-diary/new").with(signedIn("chengjiayuan"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("见证人")));
        byte[] xlsx = mvc.perform(get("/ledger-diary/rollup/export").param("year", "2010").with(signedIn("hanfeng")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(xlsx, 0, 2, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PK");
        mvc.perform(get("/central-tasks/new").with(signedIn("chengjiayuan"))).andExpect(status().isForbidden());
        mvc.perform(get("/ledger-diary").with(signedIn("dangyuan"))).andExpect(status().isForbidden());
    }

    private ResultActions createTask(long township, String title, String unit, String quantity) throws Exception {
        return mvc.perform(post("/api/v1/central-tasks").contentType(MediaType.APPLICATION_JSON)
                .content(Json.of(Map.of("orgId", township, "year", 2010, "title", title, "category", "02",
                        "leadUnit", "镇经济发展办", "targets", java.util.List.of(Map.of("quantity", quantity,
                                "unit", unit)))))
                .with(csrf()).with(signedIn("nanzhihui")));
    }

    private ResultActions record(long org, String date, Long task, String quantity, String unit) throws Exception {
        return mvc.perform(post("/api/v1/ledger-diary").contentType(MediaType.APPLICATION_JSON)
                .content(entryJson(org, date, task, quantity, unit)).with(csrf()).with(signedIn("nanzhihui")));
    }

    private static String entryJson(long org, String date, Long task, String quantity, String unit) {
        Map<String, Object> body = new HashMap<>(Map.of("orgId", org, "date", date, "category", "04",
                "content", "村组道路硬化", "witness", "村民代表 李某",
                "quantities", java.util.List.of(Map.of("quantity", quantity, "unit", unit))));
        if (task != null) {
            body.put("taskId", task);
        }
        return Json.of(body);
    }

    private static org.springframework.util.MultiValueMap<String, String> form(long org, String date) {
        var params = new org.springframework.util.LinkedMultiValueMap<String, String>();
        params.add("orgId", String.valueOf(org));
        params.add("date", date);
        params.add("category", "04");
        params.add("content", "清理村内街道垃圾，补栽行道树");
        params.add("witness", "村民代表 程建国");
        params.add("quantities[0].quantity", "40");
        params.add("quantities[0].unit", "TREE");
        params.add("quantities[1].quantity", "");
        params.add("quantities[1].unit", "");
        return params;
    }

    private static BigDecimal total(JsonNode totals, String unit) {
        for (JsonNode t : totals) {
            if (t.get("unit").asString().equals(unit)) {
                return t.get("quantity").decimalValue();
            }
        }
        return null;
    }

    private long entries() {
        return jdbc.sql("SELECT COUNT(*) FROM ledger_diary_entries").query(Long.class).single();
    }

    private JsonNode read(ResultActions result) throws Exception {
        return Json.parse(result.andReturn().getResponse().getContentAsString());
    }

    private RequestPostProcessor signedIn(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
