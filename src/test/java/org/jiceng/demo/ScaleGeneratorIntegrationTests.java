package org.jiceng.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.jiceng.support.Json;
import org.jiceng.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The scale generator at a small scale: a province of two counties beside the demo county. */
@JicengIntegrationTest
class ScaleGeneratorIntegrationTests {

    static final Scale SMALL = new Scale("small", 2, 2, 3, 20, 4);
    static final List<String> TABLES = List.of("orgs", "people", "training_sessions", "pay_accounts", "pay_runs",
            "pay_lines", "pay_entries", "central_tasks", "target_letters", "target_letter_copies", "ledger_diary_entries",
            "ledger_diary_quantities");
    private static ScaleGenerator.Result generated;

    @Autowired
    ScaleGenerator generator;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    org.jiceng.organization.PeopleQueries peopleQueries;

    @Autowired
    java.time.Clock clock;

    @Autowired
    Fixtures fixtures;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService accounts;

    private static Map<String, Long> afterFirstCounty;

    synchronized ScaleGenerator.Result generated() {
        if (generated == null) {
            generated = generator.generate(SMALL, true, county -> {
                if (county == 0) {
                    try {
                        afterFirstCounty = observeAfterFirstCounty();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
        }
        return generated;
    }

    @Test
    void refusesADatabaseThatAlreadyHoldsARegister() {
        assertThatThrownBy(() -> generator.generate(SMALL, false)).hasMessageContaining("--jiceng.generate.force");
    }

    /**
     * What a run killed right after the first county's transaction would leave: checked at that moment (the shared
     * run is the one observed, since a second run of the same scale would repeat its identity numbers).
     */
    @Test
    void aRunKilledAfterACountysTransactionLeavesADatabaseInWhichEveryCreateWorks() {
        generated();
        assertThat(afterFirstCounty).containsEntry("member counts", SMALL.members() / SMALL.countyCount())
                .containsEntry("org created", 201L);
        for (String table : TABLES) {
            assertThat(afterFirstCounty.get(table + " next")).as("next id of %s", table)
                    .isGreaterThan(afterFirstCounty.get(table + " max"));
        }
    }

    private Map<String, Long> observeAfterFirstCounty() throws Exception {
        Map<String, Long> seen = new java.util.HashMap<>();
        long county = jdbc.sql("SELECT MAX(id) FROM orgs WHERE org_type = 'COUNTY'").query(Long.class).single();
        seen.put("member counts", jdbc.sql("""
                SELECT COALESCE(SUM(total), 0) FROM org_register_figures
                WHERE org_id = ? AND figure IN ('status:FULL', 'status:PROBATIONARY')""").param(county)
                .query(Long.class).single());
        for (String table : TABLES) {
            seen.put(table + " max", jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM " + table).query(Long.class).single());
            seen.put(table + " next", nextIdentity(table));
        }
        seen.put("org created", (long) mvc.perform(post("/api/v1/orgs").with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("parentId", fixtures.org("汉封乡"), "type", "BRANCH", "shortName", "生成中新建村"))))
                .andReturn().getResponse().getStatus());
        return seen;
    }

    @Test
    void theForceFlagWithoutAValueMeansForce() {
        try (var context = new AnnotationConfigApplicationContext()) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("args",
                    Map.of("jiceng.generate", "", "jiceng.generate.force", "")));
            context.registerBean(ScaleGenerator.class, () -> generator);
            context.register(GenerateCommand.class);
            context.refresh();
            assertThat(context.getBean(GenerateCommand.class).force()).isTrue();
        }
    }

    private long nextIdentity(String table) {
        if (TestDatabase.isPostgres()) {
            String sequence = jdbc.sql("SELECT pg_get_serial_sequence(?, 'id')").param(table).query(String.class).single();
            return jdbc.sql("SELECT CASE WHEN is_called THEN last_value + 1 ELSE last_value END FROM " + sequence)
                    .query(Long.class).single();
        }
        return jdbc.sql("""
                SELECT identity_base FROM information_schema.columns WHERE table_name = ? AND column_name = 'id'""")
                .param(table).query(Long.class).single();
    }

    @Test
    void writesTheOrganizationsAndPeopleOfTheScale() {
        var result = generated();
        assertThat(result.orgs()).isEqualTo(SMALL.orgs()).isEqualTo(31);
        assertThat(count("org_type = 'COUNTY'")).isEqualTo(2);
        assertThat(count("org_type = 'TOWNSHIP'")).isEqualTo(4);
        assertThat(members("political_status <> 'NONE'")).isEqualTo(SMALL.members()).isEqualTo(240);
        assertThat(members("political_status = 'NONE'")).isEqualTo(12 * 4);
        assertThat(result.people()).isEqualTo(240 + 48);
    }

    @Test
    void everyoneTheRegisterMarksInHardshipHasAnOpenCase() {
        long root = generated().rootId();
        long marked = jdbc.sql("""
                SELECT COUNT(*) FROM people p JOIN org_tree t ON t.descendant_id = p.org_id AND t.ancestor_id = ?
                WHERE p.hardship = TRUE""").param(root).query(Long.class).single();
        long open = jdbc.sql("""
                SELECT COUNT(*) FROM hardship_cases c JOIN org_tree t ON t.descendant_id = c.org_id AND t.ancestor_id = ?
                WHERE c.closed_on IS NULL""").param(root).query(Long.class).single();
        assertThat(marked).isPositive();
        assertThat(open).isEqualTo(marked);
    }

    @Test
    void closureTableHoldsEveryAncestorOfEveryGeneratedOrg() {
        long root = generated().rootId();
        long wrongRows = jdbc.sql("""
                SELECT COUNT(*) FROM orgs o JOIN org_tree u ON u.descendant_id = o.id AND u.ancestor_id = ?
                WHERE (SELECT COUNT(*) FROM org_tree t WHERE t.descendant_id = o.id) <> o.depth + 1
                   OR (o.parent_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM org_tree p WHERE p.descendant_id = o.id
                        AND p.ancestor_id = o.parent_id AND p.distance = 1))
                   OR u.distance <> o.depth""").param(root).query(Long.class).single();
        assertThat(wrongRows).isZero();
    }

    @Test
    void benchmarkAccountsSeeTheirOwnSubtree() throws Exception {
        long root = generated().rootId();
        long township = jdbc.sql("""
                SELECT o.id FROM orgs o JOIN accounts a ON a.org_id = o.id WHERE a.username = 'gen-township'""")
                .query(Long.class).single();
        mvc.perform(get("/api/v1/members").param("org", String.valueOf(township))
                        .with(httpBasic("gen-township", DemoCounty.DEMO_PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(3 * 20));
        mvc.perform(get("/api/v1/members").param("org", String.valueOf(root))
                        .with(httpBasic("gen-province", DemoCounty.DEMO_PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(240));
        mvc.perform(get("/api/v1/orgs/" + root).with(httpBasic("gen-county", DemoCounty.DEMO_PASSWORD)))
                .andExpect(status().isNotFound());
    }

    /**
     * One character searched across a province is counted only up to a limit (1,000 in production, lowered here so
     * the small province exceeds it): the list says "more than N" and pages stop there. Within the limit, and for a
     * county's officer searching the same character, the count is exact.
     */
    @Test
    void aOneCharacterSearchAcrossTheProvinceIsCountedOnlyToTheLimit() throws Exception {
        long root = generated().rootId();
        String surname = jdbc.sql("""
                SELECT SUBSTRING(p.name, 1, 1) FROM people p JOIN org_tree t ON t.descendant_id = p.org_id
                WHERE t.ancestor_id = ? AND p.political_status IN ('FULL', 'PROBATIONARY')
                GROUP BY SUBSTRING(p.name, 1, 1) ORDER BY COUNT(*) DESC, 1 LIMIT 1""").param(root)
                .query(String.class).single();
        long exact = jdbc.sql("""
                SELECT COUNT(*) FROM people p JOIN org_tree t ON t.descendant_id = p.org_id
                WHERE t.ancestor_id = ? AND p.political_status IN ('FULL', 'PROBATIONARY')
                  AND (SUBSTRING(p.name, 1, 1) = ? OR SUBSTRING(p.name, CHAR_LENGTH(p.name), 1) = ?)""")
                .params(root, surname, surname).query(Long.class).single();
        assertThat(exact).as("members named %s", surname).isGreaterThan(3);
        Object queries = org.springframework.test.util.AopTestUtils.getTargetObject(peopleQueries);
        // The list holds the first matches by name (ties by id): here the first three.
        List<String> firstNames = jdbc.sql("""
                SELECT p.name FROM people p JOIN org_tree t ON t.descendant_id = p.org_id
                WHERE t.ancestor_id = ? AND p.political_status IN ('FULL', 'PROBATIONARY')
                  AND (SUBSTRING(p.name, 1, 1) = ? OR SUBSTRING(p.name, CHAR_LENGTH(p.name), 1) = ?)
                ORDER BY p.name, p.id LIMIT 3""").params(root, surname, surname).query(String.class).list();
        mvc.perform(get("/api/v1/members").param("org", String.valueOf(root)).param("q", surname)
                        .with(httpBasic("gen-province", DemoCounty.DEMO_PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(exact))
                .andExpect(jsonPath("$.totalCapped").value(false));
        org.springframework.test.util.ReflectionTestUtils.setField(queries, "broadSearchCount", 3L);
        try {
            mvc.perform(get("/api/v1/members").param("org", String.valueOf(root)).param("q", surname)
                            .with(httpBasic("gen-province", DemoCounty.DEMO_PASSWORD)))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(3))
                    .andExpect(jsonPath("$.totalCapped").value(true))
                    .andExpect(jsonPath("$.items[*].name").value(org.hamcrest.Matchers.contains(firstNames.toArray())));
            // A later page reads each branch only as far as its own last row: here the third match alone.
            mvc.perform(get("/api/v1/members").param("org", String.valueOf(root)).param("q", surname)
                            .param("page", "2").param("size", "2")
                            .with(httpBasic("gen-province", DemoCounty.DEMO_PASSWORD)))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(3))
                    .andExpect(jsonPath("$.items[*].name").value(org.hamcrest.Matchers.contains(firstNames.get(2))));
            mvc.perform(get("/members").param("org", String.valueOf(root)).param("q", surname)
                            .with(user(accounts.loadUserByUsername("gen-province"))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("超过 <span id=\"total\">3</span> 人")))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("第 <span>1</span> / <span>1</span> 页")));
            long county = jdbc.sql("SELECT o.id FROM orgs o JOIN accounts a ON a.org_id = o.id WHERE a.username = 'gen-county'")
                    .query(Long.class).single();
            long inCounty = jdbc.sql("""
                    SELECT COUNT(*) FROM people p JOIN org_tree t ON t.descendant_id = p.org_id
                    WHERE t.ancestor_id = ? AND p.political_status IN ('FULL', 'PROBATIONARY')
                      AND (SUBSTRING(p.name, 1, 1) = ? OR SUBSTRING(p.name, CHAR_LENGTH(p.name), 1) = ?)""")
                    .params(county, surname, surname).query(Long.class).single();
            assertThat(inCounty).as("members named %s in the county", surname).isGreaterThan(3);
            mvc.perform(get("/api/v1/members").param("q", surname)
                            .with(httpBasic("gen-county", DemoCounty.DEMO_PASSWORD)))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(inCounty))
                    .andExpect(jsonPath("$.totalCapped").value(false));
        } finally {
            org.springframework.test.util.ReflectionTestUtils.setField(queries, "broadSearchCount", 1000L);
        }
    }

    /**
     * The province root's 素质提升 dashboard adds up its counties' (each county judged by its own rules) instead of
     * computing every branch of the province at once: members, members who reached their hours and meeting periods
     * are the counties' sums; sessions held are the counties' and the root's own (none here) together.
     */
    @Test
    void theProvinceDashboardAddsUpItsCounties() throws Exception {
        long root = generated().rootId();
        int year = 2010;
        List<Long> counties = jdbc.sql("""
                SELECT o.id FROM orgs o JOIN org_tree t ON t.descendant_id = o.id
                WHERE t.ancestor_id = ? AND o.org_type = 'COUNTY' ORDER BY o.id""").param(root).query(Long.class).list();
        assertThat(counties).hasSize(2);
        var whole = dashboard(root, year);
        int members = 0;
        int reached = 0;
        int due = 0;
        int met = 0;
        int held = 0;
        for (long county : counties) {
            var d = dashboard(county, year);
            members += d.path("members").asInt();
            reached += d.path("membersReached").asInt();
            due += d.path("meetingPeriodsDue").asInt();
            met += d.path("meetingPeriodsMet").asInt();
            for (var q : d.get("quarters")) {
                held += q.get("heldSessions").asInt();
            }
        }
        System.out.println("[province dashboard] " + whole);
        assertThat(members).isPositive();
        assertThat(due).isPositive();
        assertThat(whole.path("members").asInt()).isEqualTo(members);
        assertThat(whole.path("membersReached").asInt()).isEqualTo(reached);
        assertThat(whole.get("meetingPeriodsDue").asInt()).isEqualTo(due);
        assertThat(whole.get("meetingPeriodsMet").asInt()).isEqualTo(met);
        int wholeHeld = 0;
        for (var q : whole.get("quarters")) {
            wholeHeld += q.get("heldSessions").asInt();
        }
        long underRoot = jdbc.sql("""
                SELECT COUNT(*) FROM training_sessions s JOIN org_tree t ON t.descendant_id = s.org_id
                WHERE t.ancestor_id = ? AND s.start_date BETWEEN ? AND ?""")
                .params(root, java.time.LocalDate.of(year, 1, 1), java.time.LocalDate.of(year, 12, 31))
                .query(Long.class).single();
        assertThat(wholeHeld).isPositive().isGreaterThanOrEqualTo(held).isEqualTo((int) underRoot);
    }

    private tools.jackson.databind.JsonNode dashboard(long org, int year) throws Exception {
        return Json.parse(mvc.perform(get("/api/v1/training-dashboard").param("org", String.valueOf(org))
                        .param("year", String.valueOf(year)).with(httpBasic("gen-province", DemoCounty.DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void generatesAYearOfCadrePayPerTownshipWhoseAccountsAreNeverOverdrawn() {
        long root = generated().rootId();
        long runs = jdbc.sql("""
                SELECT COUNT(*) FROM pay_runs r JOIN org_tree t ON t.descendant_id = r.township_id AND t.ancestor_id = ?""")
                .param(root).query(Long.class).single();
        assertThat(runs).isEqualTo(4 * 12);
        long accounts = jdbc.sql("""
                SELECT COUNT(*) FROM pay_accounts a JOIN org_tree t ON t.descendant_id = a.village_id AND t.ancestor_id = ?""")
                .param(root).query(Long.class).single();
        assertThat(accounts).isEqualTo(12);
        java.util.Map<Long, java.math.BigDecimal> balance = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT e.account_id, e.amount FROM pay_entries e
                JOIN org_tree t ON t.descendant_id = e.village_id AND t.ancestor_id = ?
                ORDER BY e.account_id, e.entry_date, e.id""").param(root).query(rs -> {
                    java.math.BigDecimal after = balance.merge(rs.getLong(1), rs.getBigDecimal(2), java.math.BigDecimal::add);
                    assertThat(after.signum()).as("balance of account %s", rs.getLong(1)).isNotNegative();
                });
        assertThat(balance).hasSize(12);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM pay_entries e JOIN pay_lines l ON l.id = e.line_id WHERE e.village_id <> l.village_id""")
                .query(Long.class).single()).isZero();
    }

    /**
     * The province root's workbench shows the year's 按时足额 of village cadre pay as the sum of its counties' (each
     * kept per county), as the pay rates of each county add up.
     */
    @Test
    void theProvinceWorkbenchAddsUpItsCountiesPay() throws Exception {
        long root = generated().rootId();
        int year = java.time.LocalDate.now(clock).getYear();
        List<Long> counties = jdbc.sql("""
                SELECT o.id FROM orgs o JOIN org_tree t ON t.descendant_id = o.id
                WHERE t.ancestor_id = ? AND o.org_type = 'COUNTY' ORDER BY o.id""").param(root).query(Long.class).list();
        int onTime = 0;
        int counted = 0;
        for (long county : counties) {
            String json = mvc.perform(get("/api/v1/pay/rates").param("org", String.valueOf(county))
                            .param("year", String.valueOf(year)).with(httpBasic("gen-province", DemoCounty.DEMO_PASSWORD)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            List<Integer> onTimes = com.jayway.jsonpath.JsonPath.read(json, "$[*].year.onTime");
            List<Integer> counts = com.jayway.jsonpath.JsonPath.read(json, "$[*].year.counted");
            onTime += onTimes.stream().mapToInt(Integer::intValue).sum();
            counted += counts.stream().mapToInt(Integer::intValue).sum();
        }
        assertThat(counted).as("pay lines counted in %s", year).isPositive();
        mvc.perform(get("/").with(user(accounts.loadUserByUsername("gen-province"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(onTime + " / " + counted + " 人次")));
    }

    /**
     * 目标责任 at the small province scale (2010 only): each township's letter signed by its three villages, a ledger
     * of 333 entries per village none dated after today, and the township's board reading the ledger as progress.
     */
    @Test
    void generatesLettersAndLedgersThatTheTownshipsBoardReads() throws Exception {
        long root = generated().rootId();
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM ledger_diary_entries e JOIN org_tree t ON t.descendant_id = e.org_id
                WHERE t.ancestor_id = ?""").param(root).query(Long.class).single())
                .isEqualTo(12L * ScaleGenerator.LEDGER_ENTRIES_PER_VILLAGE);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM ledger_diary_entries e JOIN org_tree t ON t.descendant_id = e.org_id
                WHERE t.ancestor_id = ? AND (e.entry_date > ? OR e.entry_year <> 2010)""")
                .params(root, java.time.LocalDate.of(2010, 5, 5)).query(Long.class).single()).isZero();
        String basic = DemoCounty.DEMO_PASSWORD;
        String listed = mvc.perform(get("/api/v1/target-letters").param("year", "2010")
                        .with(httpBasic("gen-township", basic)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].copies.length()").value(3))
                .andExpect(jsonPath("$[0].copies[*].status", org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.is("SIGNED"))))
                .andReturn().getResponse().getContentAsString();
        long letter = Long.parseLong(listed.replaceAll("(?s).*?\"letter\":\\{\"id\":(\\d+).*", "$1"));
        mvc.perform(get("/api/v1/target-letters/" + letter).with(httpBasic("gen-township", basic)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.villages.length()").value(3))
                .andExpect(jsonPath("$.villages[*].rows[0].entries", org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.greaterThan(50))))
                .andExpect(jsonPath("$.villages[*].estimated", org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.greaterThan(0.0))))
                .andExpect(jsonPath("$.villages[0].rows[4].points").doesNotExist());
        mvc.perform(get("/target-letters/" + letter).with(user(accounts.loadUserByUsername("gen-township"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("2010年度目标责任书")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("年终评定")));
    }

    private long count(String condition) {
        return jdbc.sql("SELECT COUNT(*) FROM orgs o JOIN org_tree t ON t.descendant_id = o.id"
                + " WHERE t.ancestor_id = ? AND " + condition).param(generated().rootId()).query(Long.class).single();
    }

    private long members(String condition) {
        return jdbc.sql("SELECT COUNT(*) FROM people p JOIN org_tree t ON t.descendant_id = p.org_id"
                + " WHERE t.ancestor_id = ? AND p." + condition).param(generated().rootId()).query(Long.class).single();
    }
}
