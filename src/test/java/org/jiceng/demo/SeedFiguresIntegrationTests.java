package org.jiceng.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import tools.jackson.databind.JsonNode;
import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.jiceng.support.Json;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The seed's figures come out of the demo county's records, as the township officers would read them on
 * 2010-05-05 (中共凤翔县委组织部's report of that day).
 */
@JicengIntegrationTest
class SeedFiguresIntegrationTests {

    private static final LocalDate REPORT = LocalDate.of(2010, 5, 5);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    UserDetailsService accounts;

    @Test
    void fanjiazhaisPlanIsNineSessionsForMoreThan2400MembersAndVillagers() throws Exception {
        JsonNode dashboard = api("fanjiazhai", "/api/v1/training-dashboard?year=2010&org=" + fixtures.org("范家寨乡"));
        int sessions = 0;
        int headcount = 0;
        for (JsonNode q : dashboard.get("quarters")) {
            sessions += q.get("plannedSessions").asInt();
            headcount += q.get("plannedHeadcount").asInt();
        }
        assertThat(sessions).isEqualTo(9);
        assertThat(headcount).isGreaterThanOrEqualTo(2400);
    }

    @Test
    void hanfengsMarch16SessionHad56CadresOfTheThreeLevels() {
        long session = jdbc.sql("""
                SELECT id FROM training_sessions WHERE org_id = ? AND start_date = DATE '2010-03-16'""")
                .param(fixtures.org("汉封乡")).query(Long.class).single();
        assertThat(count("SELECT COUNT(*) FROM training_attendance WHERE session_id = ? AND attended", session))
                .isEqualTo(56);
        // 乡村组三级干部: every one held a post that day — in the township committee, as a village cadre or 村民小组长.
        assertThat(count("""
                SELECT COUNT(*) FROM training_attendance a WHERE a.session_id = ? AND NOT EXISTS (
                  SELECT 1 FROM committee_posts c WHERE c.person_id = a.person_id AND c.started_on <= DATE '2010-03-16'
                    AND (c.ended_on IS NULL OR c.ended_on > DATE '2010-03-16'))
                AND NOT EXISTS (
                  SELECT 1 FROM village_cadres v WHERE v.person_id = a.person_id AND v.term_start <= DATE '2010-03-16'
                    AND (v.term_end IS NULL OR v.term_end > DATE '2010-03-16'))""", session)).isZero();
        assertThat(count("""
                SELECT COUNT(*) FROM training_attendance a JOIN people p ON p.id = a.person_id
                WHERE a.session_id = ? AND p.org_id = ?""", session, fixtures.org("汉封乡")))
                .as("township cadres among them").isPositive();
        assertThat(count("""
                SELECT COUNT(*) FROM training_attendance a JOIN village_cadres v ON v.person_id = a.person_id
                WHERE a.session_id = ? AND v.post = '09'""", session)).as("村民小组长 among them").isPositive();
    }

    @Test
    void eightOfHanfengsSecretariesCompletedTheCountyCourseOfApril8To14() {
        assertThat(count("""
                SELECT COUNT(*) FROM course_participants c JOIN training_sessions s ON s.id = c.session_id
                JOIN committee_posts k ON k.person_id = c.person_id AND k.post = '01'
                WHERE s.start_date = DATE '2010-04-08' AND s.end_date = DATE '2010-04-14' AND c.status = 'COMPLETED'
                AND c.selected_by_org = ? AND k.started_on <= s.start_date""", fixtures.org("汉封乡"))).isEqualTo(8);
    }

    @Test
    void nanzhihuiHeldEightMeetingsAsTrainingAndTwoOnSiteMeetingsBeforeTheReport() {
        long township = fixtures.org("南指挥镇");
        String sql = """
                SELECT COUNT(*) FROM training_sessions WHERE org_id = ? AND delivery_mode = ?
                AND start_date BETWEEN DATE '2010-01-01' AND ?""";
        assertThat(jdbc.sql(sql).params(township, "02", REPORT).query(Long.class).single()).isEqualTo(8);
        assertThat(jdbc.sql(sql).params(township, "03", REPORT).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void fanjiazhaisThirtyPercentIsThreeOfItsTenVillagesAndWasNotReachedIn2009() {
        long villages = count("SELECT COUNT(*) FROM orgs WHERE parent_id = ? AND org_type IN ('BRANCH', 'GENERAL_BRANCH')",
                fixtures.org("范家寨乡"));
        assertThat(villages).isEqualTo(10);
        long classTwoOrBetter2009 = count("""
                SELECT COUNT(*) FROM campaign_entries e JOIN assessment_campaigns c ON c.id = e.campaign_id
                WHERE c.name = '2009年度村党组织升级晋档评定' AND e.township_id = ? AND e.grade IN ('一类', '二类')""",
                fixtures.org("范家寨乡"));
        assertThat(classTwoOrBetter2009).as("2009 leaves the 2010 target to reach").isBetween(1L, 2L);
    }

    @Test
    void theModelMemberQuotasAreNineAndEight() {
        String quota = """
                SELECT q.quota FROM commendation_quotas q JOIN commendation_calls c ON c.id = q.call_id
                WHERE c.title = '引领群众致富优秀共产党员标兵' AND q.township_id = ?""";
        assertThat(count(quota, fixtures.org("范家寨乡"))).isEqualTo(9);
        assertThat(count(quota, fixtures.org("汉封乡"))).isEqualTo(8);
    }

    @Test
    void fanjiazhaisRewardRulesAndPayTopUpLinkToTheRuleDocumentsTheyRestOn() throws Exception {
        String page = mvc.perform(get("/reward-rules").param("year", "2010")
                        .with(user(accounts.loadUserByUsername("fanjiazhai"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("依据：", "《范家寨乡干部管理奖惩制度》（范发〔2010〕6号）");
        String topups = mvc.perform(get("/pay/topups/2010").with(user(accounts.loadUserByUsername("fanjiazhai"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(topups).contains("依据：", "《范家寨乡乡村干部考核管理办法》（范发〔2010〕5号）");
    }

    @Test
    void hanfengHelpedTwentyMembersInHardshipIn2010() throws Exception {
        JsonNode summary = api("hanfeng", "/api/v1/hardship-cases/summary?year=2010&org=" + fixtures.org("汉封乡"));
        assertThat(summary.get("membersHelped").asLong()).isEqualTo(20);
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private JsonNode api(String user, String path) throws Exception {
        return Json.parse(mvc.perform(get(path).with(httpBasic(user, Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
