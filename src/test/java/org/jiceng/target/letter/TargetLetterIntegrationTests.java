package org.jiceng.target.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * 目标责任书 as the township, the county and a village secretary meet it: 汉封乡's March 2010 letters signed with every
 * village, the ledger's greening and street works as each village's progress, the printed copy; a new letter drafted,
 * refused where an item lacks what its measure needs, issued, a village's quantity set, signed, amended with a
 * reason — and every refusal writing nothing, through the API and the pages.
 */
@JicengIntegrationTest
class TargetLetterIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    org.jiceng.assessment.Metrics metrics;

    @Autowired
    org.jiceng.support.Fixtures fixtures;

    @Test
    void hanfengsMarchLettersAreSignedByEveryVillageAndTheLedgerShowsEachVillagesProgress() throws Exception {
        JsonNode listed = read(mvc.perform(get("/api/v1/target-letters").param("year", "2010")
                .with(signedIn("hanfeng"))).andExpect(status().isOk()));
        JsonNode march = listed.get(0);
        assertThat(march.get("letter").get("title").asString()).isEqualTo("争优创先目标责任书");
        assertThat(march.get("copies").size()).isEqualTo(12);
        assertThat(march.get("copies").valueStream().allMatch(c -> c.get("status").asString().equals("SIGNED")
                && c.get("signedOn").asString().startsWith("2010-03-"))).isTrue();
        long letterId = march.get("letter").get("id").asLong();

        JsonNode board = read(mvc.perform(get("/api/v1/target-letters/" + letterId).with(signedIn("county")))
                .andExpect(status().isOk()));
        JsonNode chengjiayuan = village(board, "程家塬村");
        // 2,600 seedlings against 2,000: full 15 points; 2.6 km against 2.0 km: full 20; 4 streets greened, 2 over: 12.
        assertThat(chengjiayuan.get("rows").get(4).get("done").decimalValue()).isEqualByComparingTo("2600");
        assertThat(chengjiayuan.get("rows").get(4).get("points").decimalValue()).isEqualByComparingTo("15");
        assertThat(chengjiayuan.get("rows").get(5).get("points").decimalValue()).isEqualByComparingTo("12");
        assertThat(chengjiayuan.get("estimated").decimalValue()).isEqualByComparingTo("47");
        // The seed's township totals come out of the villages' rows.
        assertThat(sum(board, 4)).isEqualByComparingTo("18320");
        assertThat(sum(board, 6)).isEqualByComparingTo("18.6");
        // The engine takes the same figures as data for a year-end target assessment.
        long chengjiayuanId = fixtures.org("程家塬村");
        long hanfengId = fixtures.org("汉封乡");
        assertThat(metrics.values(LetterMetrics.SCORE, 2010, java.util.List.of(chengjiayuanId)).get(chengjiayuanId))
                .isEqualByComparingTo("47");
        // 12 villages × 3 tracked items, all met but the last village's greened streets (1 of 2): 35 of 36.
        assertThat(metrics.values(LetterMetrics.MET, 2010, java.util.List.of(hanfengId)).get(hanfengId))
                .isEqualByComparingTo("97.2");
        mvc.perform(get("/target-letters/" + letterId).with(signedIn("hanfeng"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("2600/2000棵")))
                .andExpect(content().string(containsString("1/2条")))
                .andExpect(content().string(containsString("id=\"letter-data\"")))
                .andExpect(content().string(containsString("年终评定")));

        byte[] xlsx = mvc.perform(get("/target-letters/" + letterId + "/board.xlsx").with(signedIn("hanfeng")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            // 12 villages × 7 items under the header; 程家塬村's seedlings: 2,000 targeted, 2,600 in the ledger.
            assertThat(sheet.getLastRowNum()).isEqualTo(84);
            var seedlings = java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
                    .filter(r -> r.getCell(0).getStringCellValue().equals("程家塬村")
                            && r.getCell(4).getStringCellValue().startsWith("栽植")).findFirst().orElseThrow();
            assertThat(seedlings.getCell(7).getNumericCellValue()).isEqualTo(2000);
            assertThat(seedlings.getCell(9).getNumericCellValue()).isEqualTo(2600);
        }
        // Another township and a village secretary do not see the board; the secretary sees the village's own copy.
        mvc.perform(get("/target-letters/" + letterId).with(signedIn("guodian"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/target-letters/" + letterId).with(signedIn("chengjiayuan")))
                .andExpect(status().isNotFound());
        long own = chengjiayuan.get("copy").get("id").asLong();
        long other = village(board, "关村村").get("copy").get("id").asLong();
        mvc.perform(get("/target-letters/copies/" + other).with(signedIn("chengjiayuan")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/target-letters").param("year", "2010").with(signedIn("chengjiayuan")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("程家塬村的责任书")));
        mvc.perform(get("/target-letters/copies/" + own).with(signedIn("chengjiayuan"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("已于2010-03-15签订")))
                .andExpect(content().string(containsString("2600/2000棵")))
                .andExpect(content().string(containsString("乡林业站")));
        byte[] pdf = mvc.perform(get("/target-letters/copies/" + own + "/letter.pdf").with(signedIn("chengjiayuan")))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("2010年度争优创先目标责任书", "甲方：中共汉封乡委员会", "栽植小叶黄杨", "2000棵",
                    "2010年3月15日");
        }
        // The secretary reads but does not sign or change.
        mvc.perform(post("/api/v1/target-letter-copies/" + own + "/quantities").contentType(MediaType.APPLICATION_JSON)
                .content(Json.of(Map.of("itemId", chengjiayuan.get("rows").get(4).get("item").get("id").asLong(),
                        "quantity", 10, "reason", "少栽", "version", 0)))
                .with(csrf()).with(signedIn("chengjiayuan"))).andExpect(status().isForbidden());
    }

    @Test
    void aLetterIsDraftedIssuedSignedAndAmendedAndEveryRefusalWritesNothing() throws Exception {
        JsonNode letter = read(mvc.perform(post("/api/v1/target-letters").contentType(MediaType.APPLICATION_JSON)
                .content(Json.of(Map.of("year", 2010, "title", "综治维稳目标责任书", "issuer", "中共汉封乡委员会")))
                .with(csrf()).with(signedIn("hanfeng"))).andExpect(status().isCreated()));
        long id = letter.get("id").asLong();
        assertThat(letter.get("status").asString()).isEqualTo("DRAFT");

        mvc.perform(get("/").with(signedIn("hanfeng")))
                .andExpect(content().string(containsString("下达目标责任书：综治维稳目标责任书")));
        long itemsBefore = count("target_letter_items");
        addItem(id, item("PROPORTIONAL", "10", null, null, 0)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("unit"));
        assertThat(count("target_letter_items")).isEqualTo(itemsBefore);
        JsonNode drafted = read(addItem(id, item("PROPORTIONAL", "10", "HOUSEHOLD", null, 0))
                .andExpect(status().isCreated()));
        long itemId = drafted.get("items").get(0).get("id").asLong();
        addItem(id, item("DONE", null, null, null, 0)).andExpect(status().isConflict());

        // Issued after today (the county runs on 2010-05-05): refused; then issued to all 12 villages.
        issue(id, "2010-05-06", 1).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("issuedOn"));
        assertThat(count("target_letter_copies WHERE letter_id = " + id)).isZero();
        issue(id, "2010-05-05", 1).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ISSUED"));
        addItem(id, item("DONE", null, null, null, 2)).andExpect(status().isUnprocessableContent());
        mvc.perform(delete("/api/v1/target-letters/" + id + "/items/" + itemId).param("version", "2")
                .with(csrf()).with(signedIn("hanfeng"))).andExpect(status().isUnprocessableContent());

        JsonNode board = read(mvc.perform(get("/api/v1/target-letters/" + id).with(signedIn("hanfeng"))));
        assertThat(board.get("villages").size()).isEqualTo(12);
        long copyId = village(board, "关村村").get("copy").get("id").asLong();
        quantity(copyId, itemId, "15", null, 0).andExpect(status().isOk());
        sign(copyId, "2010-05-04", 1).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("signedOn"));
        sign(copyId, "2010-05-05", 1).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SIGNED"));

        mvc.perform(get("/").with(signedIn("hanfeng"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("登记签订：综治维稳目标责任书")))
                .andExpect(content().string(containsString("11个村尚未签订")));
        mvc.perform(get("/").with(signedIn("chengjiayuan"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("签订目标责任书：综治维稳目标责任书")));
        quantity(copyId, itemId, "12", null, 2).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        assertThat(count("target_letter_amendments WHERE copy_id = " + copyId)).isZero();
        quantity(copyId, itemId, "12", "两户外出务工，经乡党委研究调整", 2).andExpect(status().isOk());
        quantity(copyId, itemId, "11", "再次调整", 2).andExpect(status().isConflict());
        mvc.perform(get("/target-letters/copies/" + copyId).with(signedIn("hanfeng"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("两户外出务工")))
                .andExpect(content().string(containsString("15户")))
                .andExpect(content().string(containsString("12户")));
        assertThat(count("audit_entries WHERE object_type = 'TARGET_LETTER_COPY' AND object_id = " + copyId))
                .isEqualTo(3);
        // Another township cannot reach it.
        quantity(copyId, itemId, "10", "调整", 3, "guodian").andExpect(status().isNotFound());
    }

    @Test
    void thePageShowsEachMessageNextToItsFieldAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/target-letters").param("year", "2010").param("title", "").param("issuer", "中共汉封乡委员会")
                        .with(csrf()).with(signedIn("hanfeng"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写名称")));
        long id = read(mvc.perform(post("/api/v1/target-letters").contentType(MediaType.APPLICATION_JSON)
                .content(Json.of(Map.of("year", 2010, "title", "产业发展目标责任书", "issuer", "中共汉封乡委员会")))
                .with(csrf()).with(signedIn("hanfeng")))).get("id").asLong();
        mvc.perform(post("/target-letters/" + id + "/items").param("area", "02").param("content", "发展核桃产业")
                        .param("kind", "BONUS_PER_UNIT").param("basePoints", "10").param("targetQuantity", "50")
                        .param("unit", "MU").param("checkingOffice", "乡农业综合服务站").param("version", "0")
                        .with(csrf()).with(signedIn("hanfeng"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("超额加分须填写每超1个单位加几分")))
                .andExpect(content().string(containsString("发展核桃产业")));
        assertThat(count("target_letter_items WHERE letter_id = " + id)).isZero();
    }

    private ResultActions addItem(long letterId, Map<String, Object> body) throws Exception {
        return mvc.perform(post("/api/v1/target-letters/" + letterId + "/items").contentType(MediaType.APPLICATION_JSON)
                .content(Json.of(body)).with(csrf()).with(signedIn("hanfeng")));
    }

    private static Map<String, Object> item(String kind, String target, String unit, String perUnit, long version) {
        Map<String, Object> body = new HashMap<>(Map.of("area", "05", "content", "矛盾纠纷排查调处，化解到户", "kind", kind,
                "basePoints", 10, "checkingOffice", "乡综治办", "version", version));
        if (target != null) {
            body.put("targetQuantity", target);
        }
        if (unit != null) {
            body.put("unit", unit);
        }
        if (perUnit != null) {
            body.put("pointsPerUnitOver", perUnit);
        }
        return body;
    }

    private ResultActions issue(long letterId, String on, long version) throws Exception {
        return mvc.perform(post("/api/v1/target-letters/" + letterId + "/issue").contentType(MediaType.APPLICATION_JSON)
                .content(Json.of(Map.of("issuedOn", on, "version", version))).with(csrf()).with(signedIn("hanfeng")));
    }

    private ResultActions sign(long copyId, String on, long version) throws Exception {
        return mvc.perform(post("/api/v1/target-letter-copies/" + copyId + "/signing")
                .contentType(MediaType.APPLICATION_JSON).content(Json.of(Map.of("signedOn", on, "villageSigner",
                        "关村村党支部书记", "townshipSigner", "汉封乡党委书记", "version", version)))
                .with(csrf()).with(signedIn("hanfeng")));
    }

    private ResultActions quantity(long copyId, long itemId, String quantity, String reason, long version)
            throws Exception {
        return quantity(copyId, itemId, quantity, reason, version, "hanfeng");
    }

    private ResultActions quantity(long copyId, long itemId, String quantity, String reason, long version, String who)
            throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("itemId", itemId, "quantity", quantity, "version", version));
        if (reason != null) {
            body.put("reason", reason);
        }
        return mvc.perform(post("/api/v1/target-letter-copies/" + copyId + "/quantities")
                .contentType(MediaType.APPLICATION_JSON).content(Json.of(body)).with(csrf()).with(signedIn(who)));
    }

    private static JsonNode village(JsonNode board, String name) {
        return board.get("villages").valueStream().filter(v -> v.get("copy").get("villageName").asString().equals(name))
                .findFirst().orElseThrow();
    }

    private static java.math.BigDecimal sum(JsonNode board, int row) {
        return board.get("villages").valueStream().map(v -> v.get("rows").get(row).get("done").decimalValue())
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
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
