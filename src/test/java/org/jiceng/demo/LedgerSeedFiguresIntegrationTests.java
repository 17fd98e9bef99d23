package org.jiceng.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.jiceng.support.Json;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The seed's 目标责任 figures come out of the townships' ledger rollups, as their officers read them on 2010-05-05:
 * 郭店镇's spring works and last year's spending, 汉封乡's greening and streets, 范家寨乡's four central tasks.
 */
@JicengIntegrationTest
class LedgerSeedFiguresIntegrationTests {

    @Autowired
    org.jiceng.assessment.Metrics metrics;

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    UserDetailsService accounts;

    @Test
    void guodiansSpringWorksAddUpToTheSeedsFigures() throws Exception {
        Map<String, Map<String, BigDecimal>> tasks = tasks(rollup("guodian", "郭店镇", 2010));
        assertThat(tasks.get("镇区彩砖铺设和街道绿化美化").get("M2")).as("辅设彩砖6000多平方米").isBetween(big(6000), big(6999));
        assertThat(tasks.get("镇区彩砖铺设和街道绿化美化").get("M")).as("绿化镇区街道520多米").isBetween(big(520), big(529));
        assertThat(tasks.get("石彪公路等路段绿化").get("KM")).isEqualByComparingTo("6");
        assertThat(tasks.get("石彪公路等路段绿化").get("TREE")).as("栽植国槐、雪松2000多株").isBetween(big(2000), big(2999));
        assertThat(tasks.get("村庄街道和村间道路绿化").get("STREET")).as("绿化村庄街道或村间道路18条").isEqualByComparingTo("18");
        assertThat(tasks.get("村庄街道和村间道路绿化").get("TREE")).as("植树5000多株").isBetween(big(5000), big(5999));
        assertThat(tasks.get("南片大棚西瓜").get("MU")).as("大棚西瓜2000多亩").isBetween(big(2000), big(2999));
        assertThat(tasks.get("北片奶牛养殖").get("HEAD")).as("奶牛近6000头").isBetween(big(5500), big(5999));
        assertThat(tasks.get("渠系配套：新打配机井").get("WELL")).as("新打配机井17眼").isEqualByComparingTo("17");
        assertThat(tasks.get("渠系配套：新修渠道").get("M")).as("新修各类渠道4300多米").isBetween(big(4300), big(4399));
        assertThat(tasks.get("渠系配套：埋设输水暗管").get("M")).as("埋设输水暗管4000多米").isBetween(big(4000), big(4099));
        assertThat(tasks.get("“三带三进三促”整修街道").get("STREET")).as("整修街道60多条").isBetween(big(60), big(69));
        Map<String, BigDecimal> west = tasks.get("导子村西村街道整治");
        assertThat(west.get("HOUSEHOLD")).as("拆除占道房屋40多户").isBetween(big(40), big(49));
        assertThat(west.get("ROOM")).as("120多间").isBetween(big(120), big(129));
        assertThat(west.get("KM")).as("硬化道路6公里").isEqualByComparingTo("6");

        // The 14 villages each greened their streets: every one has its row in the township's rollup.
        JsonNode rollup = rollup("guodian", "郭店镇", 2010);
        long villagesThatPlanted = 0;
        for (JsonNode row : rollup.get("rows")) {
            if (!row.get("own").asBoolean() && total(row.get("totals"), "TREE") != null) {
                villagesThatPlanted++;
            }
        }
        assertThat(villagesThatPlanted).isEqualTo(14);
    }

    @Test
    void guodianSpentNearlyAMillionYuanOnItsStreetsLastYear() throws Exception {
        JsonNode rollup = rollup("guodian", "郭店镇", 2009);
        assertThat(total(rollup.get("totals"), "WAN_YUAN")).as("去年投资近100万元").isBetween(big(90), big(99));
    }

    @Test
    void hanfengsGreeningAndStreetsAreTheSeedsFigures() throws Exception {
        Map<String, Map<String, BigDecimal>> tasks = tasks(rollup("hanfeng", "汉封乡", 2010));
        Map<String, BigDecimal> greening = tasks.get("村组绿化美化");
        assertThat(greening.get("TREE")).as("绿化苗木18000多棵").isBetween(big(18000), big(18999));
        assertThat(greening.get("STREET")).as("绿化美化村组街道28条").isEqualByComparingTo("28");
        assertThat(greening.get("PLACE")).as("村级阵地两处").isEqualByComparingTo("2");
        Map<String, BigDecimal> streets = tasks.get("拓宽整修、硬化村组街道");
        assertThat(streets.get("STREET")).as("村组街道37条").isEqualByComparingTo("37");
        assertThat(streets.get("KM")).as("18.6公里").isEqualByComparingTo("18.6");
    }

    @Test
    void fanjiazhaiKeepsDiariesForItsFourCentralTasks() throws Exception {
        JsonNode list = Json.parse(mvc.perform(get("/api/v1/central-tasks").param("year", "2010")
                        .param("org", String.valueOf(fixtures.org("范家寨乡"))).with(user(accounts.loadUserByUsername("fanjiazhai"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        Map<String, Long> townshipTasks = new HashMap<>();
        for (JsonNode t : list) {
            if (t.get("parentId").isNull()) {
                townshipTasks.put(t.get("categoryLabel").asString(), t.get("id").asLong());
            }
        }
        assertThat(townshipTasks).containsOnlyKeys("招商引资", "项目发展", "特色产业", "新农村建设");
        for (long task : townshipTasks.values()) {
            JsonNode diaries = Json.parse(mvc.perform(get("/api/v1/ledger-diary").param("year", "2010")
                            .param("org", String.valueOf(fixtures.org("范家寨乡"))).param("taskId", String.valueOf(task))
                            .with(user(accounts.loadUserByUsername("fanjiazhai"))))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(diaries.get("total").asLong()).as("diaries of task " + task).isPositive();
        }
    }

    @Test
    void theEngineCountsTheLedgersAndDemonstrationVillagesOfTheSeedsTownships() {
        long hanfeng = fixtures.org("汉封乡");
        long chengjiayuan = fixtures.org("程家塬村");
        long guodian = fixtures.org("郭店镇");
        var demonstration = metrics.values("target.demonstration_villages", 2010, java.util.List.of(hanfeng, guodian,
                chengjiayuan));
        assertThat(demonstration.get(hanfeng)).isEqualByComparingTo("2");
        assertThat(demonstration.get(guodian)).isEqualByComparingTo("3");
        assertThat(demonstration.get(chengjiayuan)).isEqualByComparingTo("1");
        // 汉封乡's 12 villages each recorded greening and streets (other tests may add more).
        var entries = metrics.values("target.ledger_entries", 2010, java.util.List.of(hanfeng, chengjiayuan));
        assertThat(entries.get(hanfeng)).isGreaterThanOrEqualTo(new java.math.BigDecimal("24"));
        assertThat(entries.get(chengjiayuan)).isGreaterThanOrEqualTo(new java.math.BigDecimal("2"));
        assertThat(metrics.values("target.ledger_entries", 2009, java.util.List.of(hanfeng)).get(hanfeng))
                .isEqualByComparingTo("0");
    }

    @Test
    void theSeedsDemonstrationVillagesAreNamedAndFilterTheRollup() throws Exception {
        assertThat(demonstrationRows("guodian", "郭店镇")).containsExactlyInAnyOrder("导子村", "西南家凹村", "上郭店村");
        assertThat(demonstrationRows("hanfeng", "汉封乡")).containsExactlyInAnyOrder("程家塬村", "关村村");
        JsonNode list = Json.parse(mvc.perform(get("/api/v1/demonstration-villages").param("year", "2010")
                        .with(user(accounts.loadUserByUsername("hanfeng"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("kindLabel").asString()).isEqualTo("新农村建设示范村");
    }

    private java.util.List<String> demonstrationRows(String account, String township) throws Exception {
        JsonNode rollup = Json.parse(mvc.perform(get("/api/v1/ledger-diary/rollup").param("year", "2010")
                        .param("org", String.valueOf(fixtures.org(township))).param("demonstration", "true")
                        .with(user(accounts.loadUserByUsername(account))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        java.util.List<String> names = new java.util.ArrayList<>();
        rollup.get("rows").forEach(r -> names.add(r.get("orgName").asString()));
        return names;
    }

    private JsonNode rollup(String account, String township, int year) throws Exception {
        return Json.parse(mvc.perform(get("/api/v1/ledger-diary/rollup").param("year", String.valueOf(year))
                        .param("org", String.valueOf(fixtures.org(township)))
                        .with(user(accounts.loadUserByUsername(account))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    /** Done per unit of each of the township's own tasks (shares included), by title. */
    private static Map<String, Map<String, BigDecimal>> tasks(JsonNode rollup) {
        Map<String, Map<String, BigDecimal>> tasks = new HashMap<>();
        for (JsonNode t : rollup.get("tasks")) {
            if (t.get("share").asBoolean()) {
                continue;
            }
            Map<String, BigDecimal> done = new HashMap<>();
            for (JsonNode u : t.get("units")) {
                done.put(u.get("unit").asString(), u.get("done").decimalValue());
            }
            tasks.put(t.get("title").asString(), done);
        }
        return tasks;
    }

    private static BigDecimal total(JsonNode totals, String unit) {
        for (JsonNode t : totals) {
            if (t.get("unit").asString().equals(unit)) {
                return t.get("quantity").decimalValue();
            }
        }
        return null;
    }

    private static BigDecimal big(int value) {
        return BigDecimal.valueOf(value);
    }
}
