package org.jiceng.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import org.jiceng.assessment.scheme.SchemeForm;
import org.jiceng.assessment.scheme.SchemePagesIntegrationTests;
import org.jiceng.assessment.scheme.SchemeRepository;
import org.jiceng.assessment.scheme.StoredScheme;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/** Metric inputs: the demo county's figures, schemes bound to metrics, 用某村数据试算, and scope. */
@JicengIntegrationTest
class MetricsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    BusinessClock clock;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    Metrics metrics;

    @Autowired
    SchemeRepository schemes;

    @Test
    void theCatalogueListsOrganizationAndTrainingMetrics() throws Exception {
        mvc.perform(get("/api/v1/metrics").with(httpBasic("county", Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'org.committee_complete')].name").value("班子成员是否配齐"))
                .andExpect(jsonPath("$[?(@.code == 'org.committee_complete')].type").value("YES_NO"))
                .andExpect(jsonPath("$[?(@.code == 'training.meetings.branch_committee')].name").value("支委会达标率"))
                .andExpect(jsonPath("$[?(@.code == 'training.hours_compliance')].type").value("PERCENT"));
        mvc.perform(get("/metrics").with(signedIn("hanfeng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("training.distance_months")));
    }

    @Test
    void membersOfChengjiayuanAreTheRegistersFigure() throws Exception {
        long hanfeng = fixtures.org("汉封乡");
        long chengjiayuan = fixtures.org("程家塬村");
        JsonNode villages = Json.parse(mvc.perform(get("/api/v1/orgs").param("parent", String.valueOf(hanfeng))
                .with(httpBasic("hanfeng", Fixtures.PASSWORD))).andReturn().getResponse().getContentAsString());
        long registered = 0;
        // The township's own committee (乡镇干部) is registered at the township, beside its villages' members.
        long township = jdbc.sql("SELECT COUNT(*) FROM people WHERE org_id = ? AND political_status <> 'NONE'")
                .param(hanfeng).query(Long.class).single();
        for (JsonNode village : villages) {
            township += village.get("members").asLong();
            if (village.get("id").asLong() == chengjiayuan) {
                registered = village.get("members").asLong();
            }
        }
        assertThat(registered).isPositive();
        mvc.perform(get("/api/v1/metrics/org.members").param("org", String.valueOf(chengjiayuan)).param("year", "2010")
                        .with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.values.length()").value(1))
                .andExpect(jsonPath("$.values[0].orgName").value(jdbc.sql("SELECT name FROM orgs WHERE id = ?")
                        .param(chengjiayuan).query(String.class).single()))
                .andExpect(jsonPath("$.values[0].value").value(registered));
        assertThat(metrics.values("org.members", 2010, List.of(hanfeng)).get(hanfeng))
                .isEqualByComparingTo(BigDecimal.valueOf(township));
        mvc.perform(get("/metrics").param("org", String.valueOf(chengjiayuan)).param("year", "2010").with(signedIn("hanfeng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(registered + " 个")));
    }

    @Test
    void aBranchWithoutItsSecretaryIsNoLongerComplete() throws Exception {
        long village = fixtures.org("卫家庄村");
        var secretary = jdbc.sql("""
                SELECT id, version FROM committee_posts WHERE org_id = ? AND post = '01' AND ended_on IS NULL""")
                .param(village).query((rs, i) -> new long[] {rs.getLong("id"), rs.getLong("version")}).single();
        assertThat(committeeComplete(village)).as("the demo's committee").isEqualTo(1);
        try {
            mvc.perform(post("/api/v1/committee-posts/" + secretary[0] + "/end").with(httpBasic("hanfeng", Fixtures.PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(Json.of(Map.of("endedOn", clock.today().toString(), "version", secretary[1]))))
                    .andExpect(status().isOk());
            assertThat(committeeComplete(village)).isEqualTo(0);
            BigDecimal share = metrics.values("org.committees_complete_share", 2010, List.of(fixtures.org("汉封乡")))
                    .get(fixtures.org("汉封乡"));
            assertThat(share).isLessThan(new BigDecimal("100"));
        } finally {
            jdbc.sql("UPDATE committee_posts SET ended_on = NULL, version = version + 1 WHERE id = ?")
                    .param(secretary[0]).update();
        }
        assertThat(committeeComplete(village)).isEqualTo(1);
    }

    @Test
    void meetingComplianceOfABranchWithGapsIsTheHeatmapsFigure() throws Exception {
        long hanfeng = fixtures.org("汉封乡");
        JsonNode branches = Json.parse(mvc.perform(get("/api/v1/org-meetings/compliance").param("org", String.valueOf(hanfeng))
                .param("year", "2010").with(httpBasic("hanfeng", Fixtures.PASSWORD))).andReturn().getResponse()
                .getContentAsString());
        JsonNode withGaps = null;
        long met = 0;
        long due = 0;
        for (JsonNode branch : branches) {
            met += branch.get("periodsMet").asLong();
            due += branch.get("periodsDue").asLong();
            boolean committeeMissed = false;
            for (JsonNode missed : branch.get("missed")) {
                committeeMissed |= "支委会".equals(missed.get("typeLabel").asText());
            }
            if (withGaps == null && committeeMissed) {
                withGaps = branch;
            }
        }
        assertThat(withGaps).as("a demo branch that skipped a 支委会 in 2010").isNotNull();
        long branch = withGaps.get("orgId").asLong();
        long committeeMisses = 0;
        for (JsonNode missed : withGaps.get("missed")) {
            committeeMisses += "支委会".equals(missed.get("typeLabel").asText()) ? 1 : 0;
        }
        long monthsEnded = clock.today().getMonthValue() - 1;
        assertThat(metrics.values("training.meetings.branch_committee", 2010, List.of(branch)).get(branch))
                .as("支委会 monthly: months held of those ended by the demo's date")
                .isEqualByComparingTo(percent(monthsEnded - committeeMisses, monthsEnded));
        assertThat(metrics.values("training.meetings.all", 2010, List.of(branch)).get(branch))
                .isEqualByComparingTo(percent(withGaps.get("periodsMet").asLong(), withGaps.get("periodsDue").asLong()));
        assertThat(metrics.values("training.meetings.all", 2010, List.of(hanfeng)).get(hanfeng))
                .as("the township over all its branches").isEqualByComparingTo(percent(met, due));
    }

    @Test
    void sessionsAgainstThePlanAreTheDashboardsFigures() throws Exception {
        long fanjiazhai = fixtures.org("范家寨乡");
        JsonNode dashboard = Json.parse(mvc.perform(get("/api/v1/training-dashboard").param("org", String.valueOf(fanjiazhai))
                .param("year", "2010").with(httpBasic("fanjiazhai", Fixtures.PASSWORD))).andReturn().getResponse()
                .getContentAsString());
        long planned = 0;
        long held = 0;
        for (JsonNode quarter : dashboard.get("quarters")) {
            planned += quarter.get("plannedSessions").asLong();
            held += quarter.get("heldSessions").asLong();
        }
        assertThat(planned).isEqualTo(9);
        assertThat(metrics.values("training.sessions_vs_plan", 2010, List.of(fanjiazhai)).get(fanjiazhai))
                .isEqualByComparingTo(percent(held, planned));
        assertThat(metrics.values("training.sessions_vs_plan", 2010, List.of(fixtures.org("程家塬村"))))
                .as("no plan, no figure").isEmpty();
    }

    @Test
    void distanceEducationMonthsAreTheSitePagesMonthsMet() throws Exception {
        long village = fixtures.org("汉封村");
        long site = jdbc.sql("SELECT id FROM distance_sites WHERE org_id = ?").param(village).query(Long.class).single();
        JsonNode months = Json.parse(mvc.perform(get("/api/v1/distance-sites/" + site).param("year", "2010")
                .with(httpBasic("hanfeng", Fixtures.PASSWORD))).andReturn().getResponse().getContentAsString()).get("months");
        long met = 0;
        BigDecimal hours = BigDecimal.ZERO;
        for (JsonNode month : months) {
            met += month.get("met").asBoolean() ? 1 : 0;
            hours = hours.add(month.get("hours").decimalValue());
        }
        assertThat(met).as("the demo site meets some months").isPositive();
        assertThat(metrics.values("training.distance_months", 2010, List.of(village)).get(village))
                .isEqualByComparingTo(BigDecimal.valueOf(met));
        assertThat(metrics.values("training.distance_hours", 2010, List.of(village)).get(village))
                .isEqualByComparingTo(hours);
    }

    @Test
    void everyMetricIsReadForAllTheCountysOrgsAtOnce() {
        List<Long> orgs = jdbc.sql("""
                SELECT o.id FROM orgs o JOIN org_tree t ON t.descendant_id = o.id AND t.ancestor_id = ?
                WHERE o.org_type IN ('BRANCH', 'GENERAL_BRANCH', 'TOWNSHIP')""")
                .param(countyOfDemo()).query(Long.class).list();
        long started = System.nanoTime();
        for (var metric : metrics.catalogue()) {
            Map<Long, BigDecimal> values = metrics.values(metric.code(), 2010, orgs);
            assertThat(orgs).as(metric.code()).containsAll(values.keySet());
            values.values().forEach(v -> assertThat(v).as(metric.code()).isNotNegative());
            // A plan can be exceeded (more sessions held than planned); every other share stays within 100%.
            if (metric.type() == org.jiceng.shared.metrics.MetricType.PERCENT && !metric.code().endsWith("_vs_plan")) {
                values.values().forEach(v -> assertThat(v).as(metric.code()).isLessThanOrEqualTo(new BigDecimal("100")));
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(millis).as("%d metrics for %d orgs", metrics.catalogue().size(), orgs.size()).isLessThan(5_000);
    }

    private long countyOfDemo() {
        return jdbc.sql("SELECT parent_id FROM orgs WHERE id = ?").param(fixtures.org("汉封乡")).query(Long.class).single();
    }

    @Test
    void theReferenceFiveGoodSchemeTakesCommitteeAndAttendanceFromData() throws Exception {
        long schemeId = published("five-good-village", 2010);
        long chengjiayuan = fixtures.org("程家塬村");
        mvc.perform(get("/schemes/" + schemeId).with(signedIn("county")))
                .andExpect(content().string(containsString("取自：班子成员是否配齐")))
                .andExpect(content().string(containsString("取自：参训率")));

        BigDecimal complete = metrics.values("org.committee_complete", 2010, List.of(chengjiayuan)).get(chengjiayuan);
        BigDecimal attendance = metrics.values("training.attendance_rate", 2010, List.of(chengjiayuan)).get(chengjiayuan);
        assertThat(attendance).isBetween(BigDecimal.ZERO, new BigDecimal("100"));
        BigDecimal expected = complete.multiply(new BigDecimal("2"))
                .add(attendance.multiply(new BigDecimal("0.06")).min(new BigDecimal("6")).setScale(2, RoundingMode.HALF_UP));
        mvc.perform(get("/schemes/" + schemeId + "/try-out").param("org", String.valueOf(chengjiayuan))
                        .with(signedIn("chengjiayuan")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已按“程家塬村”2010年数据填入2项（共2项取自数据）")))
                .andExpect(content().string(containsString("value=\"" + attendance.stripTrailingZeros().toPlainString() + "\"")))
                .andExpect(content().string(containsString("id=\"total\">" + expected.setScale(2) + "</dd>")));

        Map<Long, Map<String, BigDecimal>> inputs = metrics.metricInputs(schemes.find(schemeId).orElseThrow(), 2010,
                List.of(chengjiayuan, fixtures.org("关村村")));
        assertThat(inputs).as("read without a signed-in user, for a campaign job").hasSize(2);
        assertThat(inputs.get(chengjiayuan)).isEqualTo(Map.of("D1.9", complete, "D2.2", attendance));
        mvc.perform(get("/api/v1/schemes/" + schemeId + "/metric-inputs").param("org", String.valueOf(chengjiayuan))
                        .with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$['D1.9']").value(complete.intValue()))
                .andExpect(jsonPath("$['D2.2']").value(attendance.doubleValue()));
    }

    @Test
    void theEditorBindsAValueIndicatorAndRefusesBadBindingsOnTheirRow() throws Exception {
        String url = mvc.perform(post("/schemes/" + published("five-good-village", 2010) + "/copies")
                .with(signedIn("county")).with(csrf()).param("year", "2014")).andReturn().getResponse().getRedirectedUrl();
        long draft = Long.parseLong(url.replaceAll("\\D", ""));
        StoredScheme before = schemes.find(draft).orElseThrow();
        assertThat(before.metrics()).containsEntry("D1.9", "org.committee_complete");
        mvc.perform(get(url).with(signedIn("county")))
                .andExpect(content().string(containsString("<option value=\"org.committee_complete\" selected=\"selected\">")));
        SchemeForm form = SchemeForm.of(before);
        int manual = rowOf(form, "D1.1");
        int count = rowOf(form, "D2.1");

        mvc.perform(withMetrics(draft, form, Map.of(manual, "org.members", count, "org.nope"))
                        .with(signedIn("county")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("“直接评分”的指标不能取自数据")))
                .andExpect(content().string(containsString("没有编号为“org.nope”的数据来源，请从列表中选择")));
        assertThat(schemes.find(draft).orElseThrow().version()).as("nothing saved").isEqualTo(before.version());

        mvc.perform(withMetrics(draft, form, Map.of(count, "org.party_groups")).with(signedIn("county")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(schemes.find(draft).orElseThrow().metrics())
                .isEqualTo(Map.of("D1.9", "org.committee_complete", "D2.2", "training.attendance_rate",
                        "D2.1", "org.party_groups"));
        mvc.perform(get("/schemes/" + draft).with(signedIn("county")))
                .andExpect(content().string(containsString("取自：党小组数")));
    }

    @Test
    void theApiRefusesAPassFailIndicatorTakingAPercentage() throws Exception {
        String url = mvc.perform(post("/schemes/" + published("five-good-village", 2010) + "/copies")
                .with(signedIn("county")).with(csrf()).param("year", "2015")).andReturn().getResponse().getRedirectedUrl();
        long draft = Long.parseLong(url.replaceAll("\\D", ""));
        StoredScheme before = schemes.find(draft).orElseThrow();
        SchemeForm form = SchemeForm.of(before);
        int row = rowOf(form, "D1.9");
        form.indicators().set(row, form.indicators().get(row).withMetric("training.attendance_rate"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/schemes/" + draft)
                        .with(httpBasic("county", Fixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(form)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("indicators[" + row + "].metric"))
                .andExpect(jsonPath("$.errors[0].message").value("“达标计分”只能取自“是/否”类数据，“参训率”是比率（%）"));
        assertThat(schemes.find(draft).orElseThrow()).isEqualTo(before);
    }

    @Test
    void figuresOutsideTheUsersSubtreeAreNotFound() throws Exception {
        mvc.perform(get("/api/v1/metrics/org.members").param("org", String.valueOf(fixtures.outsideBranch))
                        .with(httpBasic("county", Fixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/metrics/org.members").param("org", String.valueOf(fixtures.org("范家寨乡")))
                        .with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/metrics/org.nope").with(httpBasic("county", Fixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/metrics").param("org", String.valueOf(fixtures.outsideBranch)).with(signedIn("county")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/schemes/" + published("five-good-village", 2010) + "/try-out")
                        .param("org", String.valueOf(fixtures.org("关村村"))).with(signedIn("chengjiayuan")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/schemes/" + published("five-good-village", 2010) + "/metric-inputs")
                        .param("org", String.valueOf(fixtures.outsideBranch)).with(httpBasic("county", Fixtures.PASSWORD)))
                .andExpect(status().isNotFound());
    }

    private int committeeComplete(long village) throws Exception {
        JsonNode values = Json.parse(mvc.perform(get("/api/v1/metrics/org.committee_complete")
                        .param("org", String.valueOf(village)).param("year", "2010")
                        .with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        return values.get("values").get(0).get("value").asInt();
    }

    /** The editor's post of the form, with each row's data source as the browser sends it, some rows changed. */
    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder withMetrics(
            long draft, SchemeForm form, Map<Integer, String> changed) {
        var request = SchemePagesIntegrationTests.form(post("/schemes/" + draft), form);
        for (int i = 0; i < form.indicators().size(); i++) {
            String metric = changed.containsKey(i) ? changed.get(i) : form.indicators().get(i).metric();
            request.param("indicators[" + i + "].metric", metric == null ? "" : metric);
        }
        return request;
    }

    private static int rowOf(SchemeForm form, String code) {
        for (int i = 0; i < form.indicators().size(); i++) {
            if (form.indicators().get(i).code().equals(code)) {
                return i;
            }
        }
        throw new IllegalArgumentException(code);
    }

    private static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    private long published(String family, int year) {
        return jdbc.sql("""
                SELECT id FROM assessment_schemes WHERE family = ? AND scheme_year = ? AND status = 'PUBLISHED'
                ORDER BY id""").params(family, year).query(Long.class).list().get(0);
    }

    private RequestPostProcessor signedIn(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
