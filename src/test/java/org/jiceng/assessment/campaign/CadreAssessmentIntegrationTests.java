package org.jiceng.assessment.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jiceng.shared.BusinessClock;
import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.jiceng.support.Json;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * 村干部考核 as a campaign over village cadres: one entry per paid cadre in post, filled at the village, reviewed by
 * the township, approved by the county, 公示 and final; {@link CadreResults} gives only final grades; the demo's
 * 汉封乡 2009 assessment.
 */
@JicengIntegrationTest
class CadreAssessmentIntegrationTests {

    /** Full marks (100, 优秀) on the reference 村干部考核 scheme. */
    static final Map<String, String> FULL = Map.ofEntries(Map.entry("D1.1", "5"), Map.entry("D1.2", "5"),
            Map.entry("D1.3", "5"), Map.entry("D2.1", "8"), Map.entry("D2.2", "6"), Map.entry("D2.3", "1"),
            Map.entry("D3.1", "12"), Map.entry("D3.2", "8"), Map.entry("D4.1", "15"), Map.entry("D4.2", "10"),
            Map.entry("D4.3", "5"), Map.entry("D5.1", "5"), Map.entry("D5.2", "1"), Map.entry("D5.3", "100"),
            Map.entry("B1", "0"), Map.entry("X1", "0"), Map.entry("V1", "0"));

    @Autowired
    MockMvc mvc;

    @Autowired
    BusinessClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    CadreResults results;

    @Test
    void aCadreCampaignJudgesEachPaidCadreInPostOnceInTheirVillage() throws Exception {
        long hanfeng = fixtures.org("汉封乡");
        JsonNode campaign = open(2010, "2010年汉封乡村干部考核（对象）", hanfeng);
        assertThat(campaign.get("subject").asString()).isEqualTo("VILLAGE_CADRE");
        List<JsonNode> entries = entries(campaign.get("id").asLong(), "county");

        assertThat(entries).extracting(e -> e.get("cadre").get("personId").asLong())
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(paidCadresInPost(hanfeng, clock.today()));
        for (JsonNode e : entries) {
            assertThat(e.get("townshipId").asLong()).isEqualTo(hanfeng);
            assertThat(villageCadreOf(e.get("cadre").get("personId").asLong())).contains(e.get("orgId").asLong());
        }
        // A 一肩挑 secretary who also chairs the villagers' committee is one entry with both posts.
        List<Long> concurrent = jdbc.sql("""
                SELECT v.person_id FROM village_cadres v JOIN orgs o ON o.id = v.org_id
                WHERE o.parent_id = ? AND v.post = '03' AND v.concurrent_head = TRUE""").param(hanfeng)
                .query(Long.class).list();
        assertThat(concurrent).isNotEmpty();
        assertThat(entries).filteredOn(e -> concurrent.contains(e.get("cadre").get("personId").asLong()))
                .hasSameSizeAs(concurrent)
                .allSatisfy(e -> assertThat(e.get("cadre").get("posts").asString()).isEqualTo("村党组织书记、村委会主任"));

        // Only a cadre campaign may judge one township; the township must be the county's.
        mvc.perform(post("/api/v1/campaigns").with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(Json.of(body(scheme("upgrade-grading", 2010),
                                "升级晋档（单乡）", hanfeng))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("org"));
        mvc.perform(post("/api/v1/campaigns").with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(Json.of(body(scheme("cadre-assessment", 2010),
                                "外县村干部考核", fixtures.outsideTownship))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].message").value("请选择本县的一个乡镇，或留空评定全县"));
        mvc.perform(post("/campaigns").with(signedIn("county")).with(csrf())
                        .param("schemeId", String.valueOf(scheme("cadre-assessment", 2010))).param("name", "外县")
                        .param("org", String.valueOf(fixtures.outsideTownship)).param("publicityDays", "7")
                        .param("maxRise", "1"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/campaigns/new").with(signedIn("county")))
                .andExpect(content().string(containsString("评定范围")))
                .andExpect(content().string(containsString("汉封乡（仅村干部考核）")));
    }

    @Test
    void theVillageSecretaryFillsItsCadresSelfAssessmentsAndSeesNoOtherVillage() throws Exception {
        long hanfeng = fixtures.org("汉封乡");
        long campaign = open(2010, "2010年汉封乡村干部考核（填报）", hanfeng).get("id").asLong();
        List<JsonNode> mine = entries(campaign, "chengjiayuan");
        assertThat(mine).isNotEmpty().allSatisfy(e -> assertThat(e.get("orgName").asString()).isEqualTo("程家塬村"));
        JsonNode guan = entries(campaign, "county").stream()
                .filter(e -> e.get("orgName").asString().equals("关村村")).findFirst().orElseThrow();
        JsonNode cheng = mine.get(0);
        long entry = cheng.get("id").asLong();
        String name = cheng.get("cadre").get("name").asString();

        mvc.perform(get("/campaigns/" + campaign).with(signedIn("chengjiayuan")))
                .andExpect(content().string(containsString(name + "（程家塬村 ")))
                .andExpect(content().string(not(containsString("（关村村 "))));
        mvc.perform(get("/campaign-entries/" + guan.get("id").asLong()).with(signedIn("chengjiayuan")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/campaign-entries/" + entry).with(signedIn("guodian"))).andExpect(status().isNotFound());
        mvc.perform(get("/campaigns/" + campaign).with(signedIn("dangyuan"))).andExpect(status().isNotFound());

        // A score above the indicator's maximum is refused next to it, the input kept, nothing written.
        Map<String, String> bad = new HashMap<>(FULL);
        bad.put("D1.1", "6");
        mvc.perform(selfForm(entry, bad, true).with(signedIn("chengjiayuan")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("的得分应在0到5分之间")))
                .andExpect(content().string(containsString("is-invalid")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM campaign_scores WHERE entry_id = ?").param(entry)
                .query(Long.class).single()).isZero();
        mvc.perform(selfForm(entry, FULL, true).with(signedIn("chengjiayuan"))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/campaign-entries/" + entry).with(signedIn("chengjiayuan")))
                .andExpect(content().string(containsString(name + "（程家塬村 " + cheng.get("cadre").get("posts").asString())))
                .andExpect(content().string(containsString("待乡镇审核")))
                .andExpect(content().string(containsString("id=\"grade\">优秀<")));

        // Last year's grade is the person's final grade of 2009 (the demo's 汉封乡 assessment).
        long person = cheng.get("cadre").get("personId").asLong();
        String lastYear = results.finalGrades(2009, List.of(person)).get(person);
        assertThat(lastYear).isNotNull();
        JsonNode after = entries(campaign, "chengjiayuan").stream().filter(e -> e.get("id").asLong() == entry)
                .findFirst().orElseThrow();
        assertThat(after.get("previousGrade").asString()).isEqualTo(lastYear);
    }

    @Test
    void aCadreCampaignRunsToFinalGradesThatCadreResultsGivesOnlyOnceFinal() throws Exception {
        long guodian = fixtures.org("郭店镇");
        JsonNode campaign = open(2010, "2010年郭店镇村干部考核", guodian);
        long id = campaign.get("id").asLong();
        List<JsonNode> entries = entries(id, "guodian");
        assertThat(entries).hasSizeGreaterThan(14);
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            JsonNode e = entries.get(i);
            people.add(e.get("cadre").get("personId").asLong());
            Map<String, String> values = new HashMap<>(FULL);
            if (i % 3 > 0) {
                values.put("D4.1", "0");
                values.put("D4.2", "0");
            }
            if (i % 3 == 2) {
                values.putAll(Map.of("D4.3", "0", "D2.1", "0", "D3.2", "5"));
            }
            mvc.perform(put("/api/v1/campaign-entries/" + e.get("id").asLong() + "/self").param("submit", "true")
                            .with(httpBasic("guodian", Fixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                            .content(Json.of(Map.of("values", values, "version", e.get("version").asLong()))))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/campaigns/" + id + "/grid").param("org", String.valueOf(guodian)).with(signedIn("guodian")))
                .andExpect(content().string(containsString("min-width: 7rem\">村干部</th>")))
                .andExpect(content().string(containsString(entries.get(0).get("cadre").get("name").asString() + "（")));
        mvc.perform(post("/api/v1/campaigns/" + id + "/pass").param("org", String.valueOf(guodian))
                .with(httpBasic("guodian", Fixtures.PASSWORD))).andExpect(jsonPath("$.moved").value(entries.size()));
        mvc.perform(post("/api/v1/campaigns/" + id + "/approve").with(httpBasic("county", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.moved").value(entries.size()));
        mvc.perform(post("/api/v1/campaigns/" + id + "/publicize").with(httpBasic("county", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.moved").value(entries.size()));

        // In 公示 the grades are public by name, but not yet final: nothing for pay to read.
        String code = jdbc.sql("SELECT p.public_code FROM review_processes p JOIN assessment_campaigns c ON c.process_id = p.id WHERE c.id = ?")
                .param(id).query(String.class).single();
        mvc.perform(get("/public/notices/" + code))
                .andExpect(content().string(containsString("<th>村干部</th>")))
                .andExpect(content().string(containsString(entries.get(0).get("cadre").get("name").asString() + "（")));
        assertThat(results.finalGrades(2010, people)).isEmpty();

        try (var afterPublicity = clock.travelTo(clock.today().plusDays(8))) {
            mvc.perform(post("/api/v1/campaigns/" + id + "/finalize").with(httpBasic("county", Fixtures.PASSWORD)))
                    .andExpect(jsonPath("$.moved").value(entries.size()));
        }
        Map<Long, String> expected = new LinkedHashMap<>();
        entries(id, "county").forEach(e -> expected.put(e.get("cadre").get("personId").asLong(), e.get("grade").asString()));
        assertThat(results.finalGrades(2010, people)).isEqualTo(expected);
        assertThat(new HashSet<>(expected.values())).containsExactlyInAnyOrder("优秀", "称职", "不称职");
        assertThat(results.finalResults(2010, people).values()).allSatisfy(r -> assertThat(r.campaignId()).isEqualTo(id));
        assertThat(results.grades(guodian, 2010)).containsExactly("优秀", "称职", "基本称职", "不称职");

        mvc.perform(get("/campaigns/" + id + "/results").with(signedIn("guodian")))
                .andExpect(content().string(containsString(entries.get(0).get("cadre").get("name").asString() + "（")));
        byte[] xlsx = mvc.perform(get("/campaigns/" + id + "/results.xlsx").with(signedIn("county")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("姓名");
            Set<String> names = new HashSet<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                names.add(sheet.getRow(r).getCell(4).getStringCellValue());
            }
            assertThat(names).contains(entries.get(0).get("cadre").get("name").asString());
        }
    }

    @Test
    void theDemoCountysHanfeng2009CadreAssessmentIsFinalInJanuaryWithASpreadOfGrades() throws Exception {
        mvc.perform(get("/campaigns").param("subject", "VILLAGE_CADRE").with(signedIn("hanfeng")))
                .andExpect(content().string(containsString("汉封乡2009年度村干部考核")))
                .andExpect(content().string(not(containsString("升级晋档"))));
        long campaign = jdbc.sql("SELECT id FROM assessment_campaigns WHERE name = '汉封乡2009年度村干部考核'")
                .query(Long.class).single();
        Map<Long, String> grades = new HashMap<>();
        jdbc.sql("""
                SELECT e.person_id, e.grade FROM campaign_entries e JOIN review_items i ON i.id = e.item_id
                WHERE e.campaign_id = ? AND i.stage = 'FINAL'""").param(campaign)
                .query(rs -> {
                    grades.put(rs.getLong(1), rs.getString(2));
                });
        long hanfeng = fixtures.org("汉封乡");
        assertThat(grades.keySet()).containsExactlyInAnyOrderElementsOf(paidCadresInPost(hanfeng, LocalDate.of(2009, 12, 15)));
        Map<String, Long> spread = new HashMap<>();
        grades.values().forEach(g -> spread.merge(g, 1L, Long::sum));
        assertThat(spread.get("称职")).isGreaterThan(grades.size() / 2);
        assertThat(spread.get("优秀")).isGreaterThanOrEqualTo(2);
        assertThat(spread.get("基本称职")).isBetween(1L, 2L);
        assertThat(spread).doesNotContainKey("不称职");
        assertThat(jdbc.sql("""
                SELECT MAX(t.at) FROM review_transitions t JOIN campaign_entries e ON e.item_id = t.item_id
                WHERE e.campaign_id = ?""").param(campaign).query(java.sql.Timestamp.class).single()
                .toLocalDateTime().toLocalDate()).isEqualTo(LocalDate.of(2010, 1, 19));
        assertThat(results.finalGrades(2009, grades.keySet())).isEqualTo(grades);
    }

    // ---- helpers

    private JsonNode open(int year, String name, long township) throws Exception {
        String created = mvc.perform(post("/api/v1/campaigns").with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(body(scheme("cadre-assessment", year), name, township))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return Json.parse(created);
    }

    private Map<String, Object> body(long scheme, String name, long township) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("schemeId", scheme);
        body.put("name", name);
        body.put("org", township);
        body.put("publicityDays", 7);
        body.put("maxRise", 3);
        return body;
    }

    private long scheme(String family, int year) {
        return jdbc.sql("""
                SELECT s.id FROM assessment_schemes s JOIN orgs o ON o.id = s.owner_org_id
                WHERE s.family = ? AND s.scheme_year = ? AND s.status = 'PUBLISHED' AND o.short_name = '凤翔县委'
                ORDER BY s.edition DESC FETCH FIRST 1 ROWS ONLY""").params(family, year).query(Long.class).single();
    }

    private List<JsonNode> entries(long campaign, String username) throws Exception {
        JsonNode list = Json.parse(mvc.perform(get("/api/v1/campaigns/" + campaign + "/entries")
                        .with(httpBasic(username, Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        List<JsonNode> entries = new ArrayList<>();
        list.forEach(entries::add);
        return entries;
    }

    /** The register's paid village cadres in post on the day under a township, as the test reads them. */
    private List<Long> paidCadresInPost(long township, LocalDate day) {
        return jdbc.sql("""
                SELECT DISTINCT v.person_id FROM village_cadres v JOIN orgs o ON o.id = v.org_id
                WHERE o.parent_id = ? AND v.paid = TRUE AND v.term_start <= ? AND (v.term_end IS NULL OR v.term_end > ?)""")
                .params(township, day, day).query(Long.class).list();
    }

    private List<Long> villageCadreOf(long person) {
        return jdbc.sql("SELECT org_id FROM village_cadres WHERE person_id = ?").param(person).query(Long.class).list();
    }

    private MockHttpServletRequestBuilder selfForm(long entry, Map<String, String> values, boolean submit) {
        long version = jdbc.sql("SELECT version FROM campaign_entries WHERE id = ?").param(entry).query(Long.class).single();
        MockHttpServletRequestBuilder request = post("/campaign-entries/" + entry).with(csrf())
                .param("version", String.valueOf(version));
        values.forEach((code, value) -> request.param("values[" + code + "]", value));
        request.param(submit ? "submit" : "draft", "");
        return request;
    }

    private RequestPostProcessor signedIn(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
