package org.jiceng.assessment.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jiceng.assessment.PublicObjections;
import org.jiceng.configuration.Settings;
import org.jiceng.shared.BusinessClock;
import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.jiceng.support.Json;
import org.jiceng.support.StatementCounter;
import org.jiceng.review.ReviewStage;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * The campaign story (steps 2–6) through pages and API: open, self-assess with evidence, review in the grid with
 * reasons, return, pass, approve, 公示 with an objection, final results with ranks and last year's grade; and what
 * each role may not do.
 */
@JicengIntegrationTest
class CampaignIntegrationTests {

    /** Values that score 999.75 of 1000 on the 升级晋档 reference scheme (一类). */
    static final Map<String, String> TOP = Map.ofEntries(Map.entry("D1.1", "15"), Map.entry("D1.2", "70"),
            Map.entry("D1.3", "35"), Map.entry("D1.4", "60"), Map.entry("D2.1", "10"), Map.entry("D2.2", "100"),
            Map.entry("D2.3", "100"), Map.entry("D3.1", "1"), Map.entry("D3.2", "70"), Map.entry("D3.3", "1"),
            Map.entry("D4.1", "1"), Map.entry("D4.2", "70"), Map.entry("D4.3", "70"), Map.entry("D5.1", "4"),
            Map.entry("D5.2", "100"), Map.entry("B1", "0"), Map.entry("X1", "0"), Map.entry("V1", "0"));

    @Autowired
    MockMvc mvc;

    @Autowired
    Settings settings;

    @Autowired
    BusinessClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    UserDetailsService accounts;

    @Test
    void theWholeChainFromSelfAssessmentToFinalResults() throws Exception {
        long campaign = open("upgrade-grading", 2010, "2010年升级晋档评定");
        long hanfeng = fixtures.org("汉封乡");
        Map<String, Long> entries = entriesOf(campaign, hanfeng);
        long cheng = entries.get("程家塬村");
        assertThat(entries).hasSizeGreaterThan(2);

        // The secretary's phone form: a score above its maximum is refused next to the indicator; nothing is written.
        Map<String, String> bad = new HashMap<>(TOP);
        bad.put("D3.2", "80");
        mvc.perform(selfForm(cheng, bad, false).with(signedIn("chengjiayuan")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("街道绿化亮化的得分应在0到70分之间")))
                .andExpect(content().string(containsString("is-invalid")));
        assertThat(scoreRows(cheng)).isZero();
        Map<String, String> half = new HashMap<>(TOP);
        half.remove("D5.2");
        mvc.perform(selfForm(cheng, half, false).with(signedIn("chengjiayuan")))
                .andExpect(status().is3xxRedirection());
        assertThat(scoreRows(cheng)).isEqualTo(17);
        mvc.perform(selfForm(cheng, half, true).with(signedIn("chengjiayuan")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("党员群众满意度（%）：提交前须填写")));
        mvc.perform(multipart("/campaign-entries/" + cheng + "/evidence")
                        .file(new MockMultipartFile("file", "公开栏.jpg", "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1}))
                        .param("indicator", "D5.1").with(signedIn("chengjiayuan")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/campaign-entries/" + cheng + "/evidence")
                        .file(new MockMultipartFile("file", "病毒.exe", "image/jpeg", new byte[] {'M', 'Z', 0, 0}))
                        .param("indicator", "D5.1").with(signedIn("chengjiayuan")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM campaign_evidence WHERE entry_id = ?").param(cheng).query(Long.class).single())
                .isEqualTo(1);
        mvc.perform(selfForm(cheng, TOP, true).with(signedIn("chengjiayuan"))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/campaign-entries/" + cheng).with(signedIn("chengjiayuan")))
                .andExpect(content().string(containsString("待乡镇审核")))
                .andExpect(content().string(containsString("999.75")))
                .andExpect(content().string(containsString("公开栏.jpg")))
                .andExpect(content().string(not(containsString("id=\"self-form\""))));
        // After submitting, the branch can no longer change it.
        mvc.perform(put("/api/v1/campaign-entries/" + cheng + "/self").with(httpBasic("chengjiayuan", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(Json.of(Map.of("values", TOP, "version", version(cheng)))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(containsString("已提交")));

        // The other villages of 汉封乡 submit through the API (the township officer may fill in for a village).
        for (Map.Entry<String, Long> e : entries.entrySet()) {
            if (e.getValue() != cheng) {
                Map<String, String> values = new HashMap<>(TOP);
                values.put("D3.2", String.valueOf(10 + e.getValue() % 50));
                mvc.perform(put("/api/v1/campaign-entries/" + e.getValue() + "/self").param("submit", "true")
                                .with(httpBasic("hanfeng", Fixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                                .content(Json.of(Map.of("values", values, "version", version(e.getValue())))))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.stage").value("SUBMITTED"));
            }
        }

        // The township's grid: self beside review; a changed score needs a reason; a stale row is a conflict.
        mvc.perform(get("/campaigns/" + campaign + "/grid").param("org", String.valueOf(hanfeng)).with(signedIn("hanfeng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("程家塬村")))
                .andExpect(content().string(containsString("调整理由")));
        long v = version(cheng);
        Map<String, String> reviewed = new HashMap<>(TOP);
        reviewed.put("D3.2", "60");
        mvc.perform(reviewForm(cheng, reviewed, null, v).with(signedIn("hanfeng")).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("须写明调整理由")));
        mvc.perform(reviewForm(cheng, reviewed, "街道亮化未覆盖三组", v).with(signedIn("hanfeng")).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("989.75")));
        mvc.perform(put("/api/v1/campaign-entries/" + cheng + "/review").with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("values", TOP, "reason", "复核", "version", v))))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("SELECT review_reason FROM campaign_scores WHERE entry_id = ? AND indicator_code = 'D3.2'")
                .param(cheng).query(String.class).single()).isEqualTo("街道亮化未覆盖三组");

        // Return one village with a reason: the township cannot pass while it is back at the village.
        long guan = entries.get("关村村");
        mvc.perform(post("/campaign-entries/" + guan + "/return").param("version", String.valueOf(version(guan)))
                        .param("reason", "村务公开照片缺第四季度").with(signedIn("hanfeng")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/api/v1/campaigns/" + campaign + "/pass").param("org", String.valueOf(hanfeng))
                        .with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(containsString("关村村")));
        mvc.perform(get("/campaign-entries/" + guan).with(signedIn("hanfeng")))
                .andExpect(content().string(containsString("村务公开照片缺第四季度")));
        mvc.perform(put("/api/v1/campaign-entries/" + guan + "/self").param("submit", "true")
                        .with(httpBasic("hanfeng", Fixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("values", TOP, "version", version(guan)))))
                .andExpect(status().isOk());
        // Roles: a secretary cannot pass the township (it lies outside the branch: 404); the township cannot approve.
        mvc.perform(post("/api/v1/campaigns/" + campaign + "/pass").param("org", String.valueOf(hanfeng))
                        .with(httpBasic("chengjiayuan", Fixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/campaigns/" + campaign + "/pass").param("org", String.valueOf(hanfeng))
                        .with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.moved").value(entries.size()));
        mvc.perform(post("/api/v1/campaigns/" + campaign + "/approve").param("org", String.valueOf(hanfeng))
                        .with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/campaigns/" + campaign + "/approve").param("org", String.valueOf(hanfeng))
                        .with(signedIn("county")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/campaigns/" + campaign + "/publicize").with(signedIn("county")).with(csrf()))
                .andExpect(status().is3xxRedirection());

        // 公示: the public page without sign-in shows names and grades only; an objection needs a name and phone.
        String code = jdbc.sql("SELECT p.public_code FROM review_processes p JOIN assessment_campaigns c ON c.process_id = p.id WHERE c.id = ?")
                .param(campaign).query(String.class).single();
        mvc.perform(get("/public/notices/" + code))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("程家塬村")))
                .andExpect(content().string(containsString("一类")))
                .andExpect(content().string(not(containsString("989.75"))));
        long chengItem = item(cheng);
        String notice = pdfText(mvc.perform(get("/campaigns/" + campaign + "/notice.pdf").with(signedIn("county")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(notice).contains("关于2010年升级晋档评定结果的公示", "程家塬村", "一类", "中共凤翔县委组织部", code);
        mvc.perform(get("/api/v1/campaigns/" + campaign + "/notice.pdf").with(httpBasic("chengjiayuan", Fixtures.PASSWORD)))
                .andExpect(status().isForbidden());
        String sheet = pdfText(mvc.perform(get("/api/v1/campaign-entries/" + cheng + "/sheet.pdf")
                        .with(httpBasic("chengjiayuan", Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        // The reviewer is named as people know them, not by the sign-in name.
        String reviewer = jdbc.sql("SELECT display_name FROM accounts WHERE username = 'hanfeng'").query(String.class).single();
        // (the longer name wraps the reason onto the next line of its cell)
        assertThat(sheet).contains("街道绿化亮化", "审核 " + reviewer, "：街道亮化", "未覆盖三组", "989.75", "乡镇审核通过");
        var checked = PublicObjections.onApi(mvc, code);
        mvc.perform(post("/api/v1/public/notices/" + code + "/objections").contentType(MediaType.APPLICATION_JSON)
                        .cookie(checked.session()).content(Json.of(Map.of("itemId", chengItem, "lodgedBy", "王某",
                                "content", "三组路灯未装", "check", checked.answer()))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("contact"));
        checked = PublicObjections.onPage(mvc, code);
        mvc.perform(post("/public/notices/" + code + "/objections").with(csrf()).param("itemId", String.valueOf(chengItem))
                        .cookie(checked.session()).param("check", checked.answer())
                        .param("lodgedBy", "王某").param("contact", "13800000000").param("content", "三组路灯未装"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/api/v1/campaigns/" + campaign + "/finalize").with(httpBasic("county", Fixtures.PASSWORD)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].message").value(org.hamcrest.Matchers.hasItem(containsString("期满后才能确定结果"))));

        // The county dismisses the objection with a reason; after the 公示 period the results become final.
        long objection = jdbc.sql("SELECT id FROM review_objections WHERE item_id = ?").param(chengItem).query(Long.class).single();
        mvc.perform(post("/api/v1/objections/" + objection + "/resolve").with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(Json.of(Map.of("uphold", false, "version", 0))))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post("/api/v1/objections/" + objection + "/resolve").with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("uphold", false, "reason", "经核实三组路灯已安装", "version", 0))))
                .andExpect(jsonPath("$.status").value("DISMISSED"));
        endPublicity(campaign);
        checked = PublicObjections.onApi(mvc, code); // the page no longer shows the form: nothing is in 公示
        mvc.perform(post("/public/notices/" + code + "/objections").with(csrf()).param("itemId", String.valueOf(chengItem))
                        .cookie(checked.session()).param("check", checked.answer())
                        .param("lodgedBy", "李某").param("contact", "13800000001").param("content", "迟到的异议"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("现已不在公示期内")));
        mvc.perform(post("/api/v1/campaigns/" + campaign + "/finalize").with(httpBasic("county", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.moved").value(entries.size()));

        // Final results: grade, ranks, and the history of every step with who and why.
        JsonNode view = Json.parse(mvc.perform(get("/api/v1/campaign-entries/" + cheng).with(httpBasic("chengjiayuan", Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(view.get("entry").get("stage").asString()).isEqualTo("FINAL");
        assertThat(view.get("entry").get("grade").asString()).isEqualTo("一类");
        assertThat(view.get("entry").get("total").decimalValue()).isEqualByComparingTo("989.75");
        assertThat(view.get("entry").get("rankInTownship").asInt()).isBetween(1, entries.size());
        List<String> steps = new ArrayList<>();
        view.get("history").forEach(t -> steps.add(t.get("action").asString()));
        assertThat(steps).containsExactly("SUBMIT", "REVIEW", "APPROVE", "PUBLICIZE", "FINALIZE");
        assertThat(view.get("scores").get("D3.2").get("reviewBy").asString()).isEqualTo("hanfeng");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE object_type = 'REVIEW_ITEM' AND object_id = ?")
                .param(chengItem).query(Long.class).single()).isEqualTo(5);

        byte[] xlsx = mvc.perform(get("/campaigns/" + campaign + "/results.xlsx").param("org", String.valueOf(hanfeng))
                        .with(signedIn("hanfeng")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(entries.size() + 1);
            assertThat(book.getSheetAt(0).getRow(0).getCell(4).getStringCellValue()).isEqualTo("生产发展");
        }
        mvc.perform(get("/campaigns/" + campaign + "/results").with(signedIn("county")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("chart-distribution")))
                .andExpect(content().string(containsString("程家塬村")));
    }

    @Test
    void anUpheldObjectionSendsTheVillageBackToTheTownship() throws Exception {
        long campaign = open("five-good-village", 2010, "2010年五个好评定");
        Map<String, Long> entries = publicizedInHanfeng(campaign);
        long cheng = entries.get("程家塬村");
        long item = item(cheng);
        String code = publicCode(campaign);
        var checked = PublicObjections.onApi(mvc, code);
        mvc.perform(post("/api/v1/public/notices/" + code + "/objections").contentType(MediaType.APPLICATION_JSON)
                        .cookie(checked.session()).content(Json.of(Map.of("itemId", item, "lodgedBy", "赵某",
                                "contact", "13700000000", "content", "村务公开栏半年未更新", "check", checked.answer()))))
                .andExpect(status().isCreated());
        // The objector's name and phone reach the reviewing level (the township above), not the village objected to.
        mvc.perform(get("/api/v1/campaigns/" + campaign + "/objections").with(httpBasic("chengjiayuan", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$[0].content").value("村务公开栏半年未更新"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("赵某"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("13700000000"))));
        mvc.perform(get("/api/v1/campaigns/" + campaign + "/objections").with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$[0].lodgedBy").value("赵某")).andExpect(jsonPath("$[0].contact").value("13700000000"));
        long objection = jdbc.sql("SELECT id FROM review_objections WHERE item_id = ?").param(item).query(Long.class).single();
        mvc.perform(post("/api/v1/objections/" + objection + "/resolve").with(httpBasic("hanfeng", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("uphold", true, "reason", "属实", "version", 0))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/objections/" + objection + "/resolve").param("decision", "uphold").param("reason", "经核实属实，重新审核")
                        .param("version", "0").param("campaign", String.valueOf(campaign)).with(signedIn("county")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/campaign-entries/" + cheng).with(signedIn("hanfeng")))
                .andExpect(content().string(containsString("待乡镇审核")))
                .andExpect(content().string(containsString("经核实属实，重新审核")));
        endPublicity(campaign);
        mvc.perform(post("/api/v1/campaigns/" + campaign + "/finalize").with(httpBasic("county", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.moved").value(entries.size() - 1));
    }

    @Test
    void anonymousObjectionsNeedTheHumanCheckAndAreLimitedPerSource() throws Exception {
        long campaign = open("five-good-village", 2010, "2010年五个好评定（异议限制）");
        long item = item(publicizedInHanfeng(campaign).get("程家塬村"));
        String code = publicCode(campaign);
        var checked = PublicObjections.onPage(mvc, code);
        mvc.perform(post("/public/notices/" + code + "/objections").with(csrf()).cookie(checked.session())
                        .param("itemId", String.valueOf(item)).param("check", "99").param("lodgedBy", "钱某")
                        .param("contact", "13600000000").param("content", "机器提交"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("验证题答案不正确")));
        mvc.perform(post("/api/v1/public/notices/" + code + "/objections").contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("itemId", item, "lodgedBy", "钱某", "contact", "13600000000",
                                "content", "机器提交"))))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("check"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM review_objections WHERE item_id = ?").param(item).query(Long.class)
                .single()).isZero();

        int limit = settings.intValue(Settings.OBJECTION_MAX_PER_SOURCE_HOUR);
        for (int i = 0; i <= limit; i++) {
            checked = PublicObjections.onApi(mvc, code);
            var lodged = mvc.perform(post("/api/v1/public/notices/" + code + "/objections").cookie(checked.session())
                    .with(request -> {
                        request.setRemoteAddr("10.15.0.1");
                        return request;
                    }).contentType(MediaType.APPLICATION_JSON).content(Json.of(Map.of("itemId", item,
                            "lodgedBy", "孙某", "contact", "13600000001", "content", "第" + i + "件", "check",
                            checked.answer()))));
            if (i < limit) {
                lodged.andExpect(status().isCreated());
            } else {
                lodged.andExpect(status().isTooManyRequests())
                        .andExpect(jsonPath("$.detail").value(containsString("提交过于频繁")));
            }
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM review_objections WHERE item_id = ?").param(item).query(Long.class)
                .single()).isEqualTo(limit);
    }

    /** A campaign of 汉封乡's villages, all submitted with full marks, passed, approved and in 公示. */
    private Map<String, Long> publicizedInHanfeng(long campaign) throws Exception {
        long hanfeng = fixtures.org("汉封乡");
        Map<String, Long> entries = entriesOf(campaign, hanfeng);
        long scheme = jdbc.sql("SELECT scheme_id FROM assessment_campaigns WHERE id = ?").param(campaign).query(Long.class).single();
        Map<String, String> values = fullMarks(scheme);
        for (long entry : entries.values()) {
            mvc.perform(put("/api/v1/campaign-entries/" + entry + "/self").param("submit", "true")
                            .with(httpBasic("hanfeng", Fixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                            .content(Json.of(Map.of("values", values, "version", version(entry)))))
                    .andExpect(status().isOk());
        }
        mvc.perform(post("/api/v1/campaigns/" + campaign + "/pass").param("org", String.valueOf(hanfeng))
                .with(httpBasic("hanfeng", Fixtures.PASSWORD))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/campaigns/" + campaign + "/approve").with(httpBasic("county", Fixtures.PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/campaigns/" + campaign + "/publicize").with(httpBasic("county", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.moved").value(entries.size()));
        return entries;
    }

    private String publicCode(long campaign) {
        return jdbc.sql("SELECT p.public_code FROM review_processes p JOIN assessment_campaigns c ON c.process_id = p.id WHERE c.id = ?")
                .param(campaign).query(String.class).single();
    }

    @Test
    void aGradeRisesOneLevelAYearUnlessAnExceptionIsRecorded() throws Exception {
        long lastYear = open("upgrade-grading", 2009, "2009年升级晋档评定");
        long cheng2009 = entriesOf(lastYear, fixtures.org("汉封乡")).get("程家塬村");
        Map<String, String> poor = new HashMap<>(TOP);
        poor.putAll(Map.of("D1.1", "0", "D1.2", "0", "D2.1", "0", "D5.2", "0", "D3.2", "0", "D4.2", "0", "D4.3", "0"));
        mvc.perform(put("/api/v1/campaign-entries/" + cheng2009 + "/self").with(httpBasic("chengjiayuan", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(Json.of(Map.of("values", poor, "version", version(cheng2009)))))
                .andExpect(jsonPath("$.grade").value("四类"));
        jdbc.sql("UPDATE review_items SET stage = 'FINAL' WHERE id = ?").param(item(cheng2009)).update();

        long campaign = open("upgrade-grading", 2010, "2010年升级晋档（上年比较）");
        long cheng = entriesOf(campaign, fixtures.org("汉封乡")).get("程家塬村");
        mvc.perform(put("/api/v1/campaign-entries/" + cheng + "/self").with(httpBasic("chengjiayuan", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(Json.of(Map.of("values", TOP, "version", version(cheng)))))
                .andExpect(jsonPath("$.computedGrade").value("一类"))
                .andExpect(jsonPath("$.grade").value("三类"))
                .andExpect(jsonPath("$.previousGrade").value("四类"))
                .andExpect(jsonPath("$.gradeNote").value(containsString("每年最多升1级")));
        mvc.perform(post("/api/v1/campaign-entries/" + cheng + "/exception").with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("grade", "一类", "version", version(cheng)))))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post("/api/v1/campaign-entries/" + cheng + "/exception").with(httpBasic("hanfeng", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("grade", "一类", "reason", "x", "version", version(cheng)))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/campaign-entries/" + cheng + "/exception").with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("grade", "一类", "reason", "县委常委会研究同意破格晋档", "version", version(cheng)))))
                .andExpect(jsonPath("$.grade").value("一类"))
                .andExpect(jsonPath("$.gradeNote").value("破格：县委常委会研究同意破格晋档"));
        mvc.perform(get("/campaign-entries/" + cheng).with(signedIn("chengjiayuan")))
                .andExpect(content().string(containsString("升级")));
    }

    @Test
    void eachRoleSeesOnlyItsOwnAndMembersNone() throws Exception {
        long campaign = open("star-rating", 2010, "2010年星级评定");
        long hanfeng = fixtures.org("汉封乡");
        Map<String, Long> entries = entriesOf(campaign, hanfeng);
        long guan = entries.get("关村村");
        mvc.perform(get("/campaign-entries/" + guan).with(signedIn("chengjiayuan"))).andExpect(status().isNotFound());
        mvc.perform(get("/campaigns/" + campaign + "/grid").param("org", String.valueOf(fixtures.org("范家寨乡")))
                .with(signedIn("hanfeng"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/campaigns/" + campaign + "/entries").with(httpBasic("chengjiayuan", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get("/campaigns").with(signedIn("dangyuan"))).andExpect(status().isForbidden());
        mvc.perform(get("/campaigns/" + campaign).with(signedIn("hanfeng")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("汉封乡")))
                .andExpect(content().string(not(containsString("id=\"county-actions\""))));
        // A township runs campaigns only on a scheme of its own (its 年终目责考核), not on the county's.
        mvc.perform(post("/api/v1/campaigns").with(httpBasic("hanfeng", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(Json.of(Map.of("schemeId",
                                jdbc.sql("SELECT scheme_id FROM assessment_campaigns WHERE id = ?").param(campaign)
                                        .query(Long.class).single(), "name", "x", "maxRise", 1))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("schemeId"));
        mvc.perform(post("/api/v1/campaigns").with(httpBasic("chengjiayuan", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(Json.of(Map.of("name", "x"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/campaigns").with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(Json.of(Map.of("name", "", "publicityDays", 0, "maxRise", 1))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("schemeId", "name")));
    }

    @Test
    void aTownshipCommitteeIsJudgedByTheCountyAndCannotReviewItself() throws Exception {
        long campaign = open("five-good-township", 2010, "2010年五个好乡镇党委评定");
        long hanfeng = fixtures.org("汉封乡");
        long entry = jdbc.sql("SELECT id FROM campaign_entries WHERE campaign_id = ? AND org_id = ?")
                .params(campaign, hanfeng).query(Long.class).single();
        long scheme = jdbc.sql("SELECT scheme_id FROM assessment_campaigns WHERE id = ?").param(campaign).query(Long.class).single();
        mvc.perform(put("/api/v1/campaign-entries/" + entry + "/self").param("submit", "true")
                        .with(httpBasic("hanfeng", Fixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("values", fullMarks(scheme), "version", version(entry)))))
                .andExpect(jsonPath("$.stage").value("SUBMITTED"));
        mvc.perform(post("/api/v1/campaign-entries/" + entry + "/return").with(httpBasic("hanfeng", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("reason", "自己退回", "version", version(entry)))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(containsString("不能审核本单位自己的事项")));
        mvc.perform(post("/api/v1/campaign-entries/" + entry + "/return").with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("reason", "请补充党建述职材料", "version", version(entry)))))
                .andExpect(jsonPath("$.stage").value("DRAFT"))
                .andExpect(jsonPath("$.returnedReason").value("请补充党建述职材料"));
    }

    @Test
    void indicatorsBoundToMetricsTakeTheRegistersFiguresNotWhatIsTyped() throws Exception {
        long campaign = open("five-good-village", 2010, "2010年五个好（数据取值）");
        long cheng = entriesOf(campaign, fixtures.org("汉封乡")).get("程家塬村");
        long scheme = jdbc.sql("SELECT scheme_id FROM assessment_campaigns WHERE id = ?").param(campaign).query(Long.class).single();
        String metric = jdbc.sql("SELECT metric_code FROM assessment_indicators WHERE scheme_id = ? AND code = 'D1.9'")
                .param(scheme).query(String.class).single();
        assertThat(metric).isEqualTo("org.committee_complete");
        Map<String, String> values = new HashMap<>(fullMarks(scheme));
        values.put("D1.9", "0");
        mvc.perform(get("/campaign-entries/" + cheng).with(signedIn("chengjiayuan")))
                .andExpect(content().string(containsString("id=\"data_D1.9\"")));
        mvc.perform(selfForm(cheng, values, false).with(signedIn("chengjiayuan"))).andExpect(status().is3xxRedirection());
        Map<String, Object> row = jdbc.sql("SELECT self_value, self_note FROM campaign_scores WHERE entry_id = ? AND indicator_code = 'D1.9'")
                .param(cheng).query().singleRow();
        JsonNode figures = Json.parse(mvc.perform(get("/api/v1/metrics/" + metric).param("year", "2010")
                        .param("org", String.valueOf(fixtures.org("程家塬村"))).with(httpBasic("county", Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(figures.toString()).contains(((java.math.BigDecimal) row.get("self_value")).stripTrailingZeros().toPlainString());
        assertThat((String) row.get("self_note")).startsWith("取自：");
    }

    @Autowired
    CampaignService campaigns;

    @Test
    void savingASelfAssessmentSendsFewStatements() throws Exception {
        long campaign = open("upgrade-grading", 2010, "2010年升级晋档评定（语句数）");
        long entry = entriesOf(campaign, fixtures.org("汉封乡")).get("程家塬村");
        Map<String, String> values = new HashMap<>(TOP);
        values.put("D3.2", "60");
        ScoreForm first = new ScoreForm(values, Map.of(), null, version(entry));
        var draft = as("chengjiayuan", () -> StatementCounter.count(() -> campaigns.saveSelf(entry, first, false)));
        ScoreForm second = new ScoreForm(TOP, Map.of(), null, version(entry));
        var submitted = as("chengjiayuan", () -> StatementCounter.count(() -> campaigns.saveSelf(entry, second, true)));
        System.out.println("[statements] saveSelf draft " + draft.count() + ", submit " + submitted.count());
        assertThat(draft.result().total()).isNotNull();
        assertThat(submitted.result().stage()).isEqualTo(ReviewStage.SUBMITTED);
        // Before the entry was loaded once (EntrySheet) a first draft save sent 72 statements and a submit 49.
        assertThat(draft.count()).as(String.join("\n", draft.statements())).isLessThanOrEqualTo(72 / 3);
        assertThat(submitted.count()).as(String.join("\n", submitted.statements())).isLessThanOrEqualTo(36);
    }

    // ---- helpers

    private <T> T as(String username, java.util.function.Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var user = accounts.loadUserByUsername(username);
        SecurityContextHolder.setContext(new SecurityContextImpl(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities())));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private long open(String family, int year, String name) throws Exception {
        long scheme = published(family, year);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("schemeId", scheme);
        body.put("name", name);
        body.put("submitDue", LocalDate.of(year, 12, 10).toString());
        body.put("reviewDue", LocalDate.of(year, 12, 20).toString());
        body.put("publicityDays", 7);
        body.put("maxRise", 1);
        String created = mvc.perform(post("/api/v1/campaigns").with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(Json.of(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return Json.parse(created).get("id").asLong();
    }

    /** The county's published scheme of a family and year; 升级晋档 2010 is copied from 2009 and published first. */
    private long published(String family, int year) throws Exception {
        List<Long> ids = jdbc.sql("""
                SELECT s.id FROM assessment_schemes s JOIN orgs o ON o.id = s.owner_org_id
                WHERE s.family = ? AND s.scheme_year = ? AND s.status = 'PUBLISHED' AND o.short_name = '凤翔县委'
                ORDER BY s.edition DESC""").params(family, year).query(Long.class).list();
        if (!ids.isEmpty()) {
            return ids.get(0);
        }
        JsonNode copy = Json.parse(mvc.perform(post("/api/v1/schemes/" + published(family, year - 1) + "/copies")
                        .with(httpBasic("county", Fixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("year", year))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        mvc.perform(post("/api/v1/schemes/" + copy.get("id").asLong() + "/publish").with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(Json.of(Map.of("version", copy.get("version").asLong()))))
                .andExpect(status().isOk());
        return copy.get("id").asLong();
    }

    private Map<String, Long> entriesOf(long campaign, long township) {
        Map<String, Long> byName = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT e.id, o.short_name FROM campaign_entries e JOIN orgs o ON o.id = e.org_id
                WHERE e.campaign_id = ? AND e.township_id = ? ORDER BY e.id""").params(campaign, township)
                .query(rs -> {
                    byName.put(rs.getString(2), rs.getLong(1));
                });
        return byName;
    }

    private Map<String, String> fullMarks(long scheme) {
        Map<String, String> values = new HashMap<>();
        jdbc.sql("""
                SELECT code, scoring_method, max_points, unit_points FROM assessment_indicators
                WHERE scheme_id = ? AND scoring_method <> 'GROUP'""").param(scheme)
                .query(rs -> {
                    String method = rs.getString(2);
                    values.put(rs.getString(1), switch (method) {
                        case "PASS_FAIL" -> "1";
                        case "VETO", "DEDUCTION" -> "0";
                        case "MANUAL" -> rs.getBigDecimal(3).toPlainString();
                        default -> "1";
                    });
                });
        return values;
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }

    private long version(long entry) {
        return jdbc.sql("SELECT version FROM campaign_entries WHERE id = ?").param(entry).query(Long.class).single();
    }

    private long item(long entry) {
        return jdbc.sql("SELECT item_id FROM campaign_entries WHERE id = ?").param(entry).query(Long.class).single();
    }

    private int scoreRows(long entry) {
        return jdbc.sql("SELECT COUNT(*) FROM campaign_scores WHERE entry_id = ?").param(entry).query(Integer.class).single();
    }

    private void endPublicity(long campaign) {
        jdbc.sql("""
                UPDATE review_items SET publicity_from = ?, publicity_until = ?
                WHERE process_id = (SELECT process_id FROM assessment_campaigns WHERE id = ?) AND stage = 'PUBLICIZING'""")
                .params(clock.today().minusDays(8), clock.today().minusDays(1), campaign).update();
    }

    private MockHttpServletRequestBuilder selfForm(long entry, Map<String, String> values, boolean submit) {
        MockHttpServletRequestBuilder request = post("/campaign-entries/" + entry).with(csrf())
                .param("version", String.valueOf(version(entry)));
        values.forEach((code, value) -> request.param("values[" + code + "]", value));
        request.param(submit ? "submit" : "draft", "");
        return request;
    }

    private MockHttpServletRequestBuilder reviewForm(long entry, Map<String, String> values, String reason, long version) {
        MockHttpServletRequestBuilder request = post("/campaign-entries/" + entry + "/review").with(csrf())
                .param("version", String.valueOf(version));
        values.forEach((code, value) -> request.param("values[" + code + "]", value));
        if (reason != null) {
            request.param("reason", reason);
        }
        return request;
    }

    private RequestPostProcessor signedIn(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
