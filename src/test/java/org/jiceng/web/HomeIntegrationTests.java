package org.jiceng.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.jiceng.support.JicengIntegrationTest;
import org.jiceng.support.Json;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The home page is the workbench: the three administrators see their duty and their menu, no register figures
 * (三员分立); officers and secretaries see what waits for them and the year's figures, added up over their subtree.
 */
@JicengIntegrationTest
class HomeIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void administratorsSeeTheirDutyAndNoMemberFigures() throws Exception {
        Map<String, String> duties = Map.of("sysadmin", "/admin/code-lists", "security", "/admin/accounts",
                "auditor", "/audit");
        for (var duty : duties.entrySet()) {
            mvc.perform(get("/").with(user(users.loadUserByUsername(duty.getKey()))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("按照三员分立要求，您无权查看党员信息")))
                    .andExpect(content().string(containsString("href=\"" + duty.getValue() + "\"")))
                    .andExpect(content().string(not(containsString("id=\"member-count\""))))
                    .andExpect(content().string(not(containsString("href=\"/members\""))));
        }
    }

    @Test
    void countyOfficerStillSeesTheRegisterFigures() throws Exception {
        mvc.perform(get("/").with(user(users.loadUserByUsername("county"))))
                .andExpect(content().string(containsString("id=\"member-count\"")))
                .andExpect(content().string(not(containsString("href=\"/admin/accounts\""))));
    }

    @Test
    void theCountysTrainingPlanIsItsTownshipsPlansAddedUp() throws Exception {
        long planned = jdbc.sql("SELECT SUM(sessions) FROM training_plan_items WHERE plan_year = 2010 AND org_id IN "
                + "(SELECT id FROM orgs WHERE org_type = 'TOWNSHIP' AND parent_id = (SELECT id FROM orgs WHERE short_name = '凤翔县委'))")
                .query(Long.class).single();
        assertThat(planned).isPositive();
        mvc.perform(get("/api/v1/training-dashboard").param("year", "2010").with(user(users.loadUserByUsername("county"))))
                .andExpect(jsonPath("$.quarters[*].plannedSessions", hasItem(greaterThan(0))));
        String home = mvc.perform(get("/").with(user(users.loadUserByUsername("county"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(home).containsPattern("培训场次（已办/计划）</dt>\\s*<dd[^>]*>\\d+ / " + planned + "<");
    }

    @Test
    void aBranchsPartyGroupsCountTheMembersAssignedToThem() throws Exception {
        long group = jdbc.sql("""
                SELECT COUNT(*) FROM people p JOIN orgs g ON g.id = p.party_group_id
                WHERE g.short_name = '第一党小组' AND g.parent_id = (SELECT id FROM orgs WHERE short_name = '程家塬村')
                AND p.political_status <> 'NONE'""").query(Long.class).single();
        assertThat(group).isPositive();
        String home = mvc.perform(get("/").with(user(users.loadUserByUsername("chengjiayuan"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var data = home.substring(home.indexOf('>', home.indexOf("id=\"home-data\"")) + 1);
        var chart = Json.parse(data.substring(0, data.indexOf("</script>")).strip()).get("byChild");
        assertThat(chart.get("第一党小组").asLong()).isEqualTo(group);
    }

    @Test
    void theWorkbenchListsWhatWaitsMostUrgentFirst() throws Exception {
        mvc.perform(get("/").with(user(users.loadUserByUsername("hanfeng"))))
                .andExpect(content().string(containsString("审核自评：2010年度村党组织升级晋档评定")))
                .andExpect(content().string(containsString("审核推荐：引领群众致富优秀共产党员标兵")))
                .andExpect(content().string(containsString("href=\"/campaigns/")));
        mvc.perform(get("/").with(user(users.loadUserByUsername("nanzhihui"))))
                .andExpect(content().string(containsString("催办自评：2010年度村党组织升级晋档评定")))
                .andExpect(content().string(containsString("已逾期")));
        mvc.perform(get("/").with(user(users.loadUserByUsername("sysadmin"))))
                .andExpect(content().string(containsString("目前没有等您办理的事项")));
    }

    /**
     * The workbench is kept per org until a write in the county: a task given to a village shows on its secretary's
     * workbench as soon as it is given, and goes as soon as it is struck.
     */
    @Test
    void aTaskShowsAndGoesAtOnceThoughTheWorkbenchIsKept() throws Exception {
        String title = "反馈督办事项：补挂村党支部阵地标识牌";
        assertThat(home("chengjiayuan")).doesNotContain(title);
        assertThat(home("chengjiayuan")).doesNotContain(title);
        long village = jdbc.sql("SELECT id FROM orgs WHERE short_name = '程家塬村'").query(Long.class).single();
        String created = mvc.perform(post("/api/v1/supervision-items").contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("title", "补挂村党支部阵地标识牌", "requirement", "按县委组织部式样补挂标识牌",
                                "leadOrgId", village, "coUnitIds", List.of(), "registeredOn", "2010-05-05",
                                "deadline", "2010-05-20")))
                        .with(csrf()).with(user(users.loadUserByUsername("hanfeng"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = Json.parse(created).get("id").asLong();
        act(id, "ASSIGN", null, 0);
        assertThat(home("chengjiayuan")).contains(title);
        act(id, "STRIKE", "标识牌已由乡镇统一制作", 1);
        assertThat(home("chengjiayuan")).doesNotContain(title);
    }

    private void act(long item, String action, String note, long version) throws Exception {
        var body = new java.util.HashMap<String, Object>(Map.of("action", action, "version", version));
        if (note != null) {
            body.put("note", note);
        }
        mvc.perform(post("/api/v1/supervision-items/" + item + "/actions").contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(body)).with(csrf()).with(user(users.loadUserByUsername("hanfeng"))))
                .andExpect(status().isOk());
    }

    private String home(String username) throws Exception {
        return mvc.perform(get("/").with(user(users.loadUserByUsername(username)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void theTownshipOfficerSeesPayStillToBePaidAndTheYearsOnTimeRate() throws Exception {
        String home = mvc.perform(get("/").with(user(users.loadUserByUsername("fanjiazhai"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("发放村干部报酬：2010年4月基本报酬", "村干部报酬按时足额", "id=\"figures-incentive\"");
        String hanfeng = mvc.perform(get("/").with(user(users.loadUserByUsername("hanfeng"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(hanfeng).containsPattern("帮扶困难党员</dt>\\s*<dd[^>]*>20 名<");
    }

    @Test
    void breadcrumbsLinkOnlyTheOrgsTheUserMayOpen() throws Exception {
        long hanfeng = jdbc.sql("SELECT id FROM orgs WHERE short_name = '汉封乡'").query(Long.class).single();
        long village = jdbc.sql("SELECT id FROM orgs WHERE short_name = '程家塬村'").query(Long.class).single();
        String page = mvc.perform(get("/training").param("org", String.valueOf(village))
                        .with(user(users.loadUserByUsername("chengjiayuan"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("汉封乡").doesNotContain("href=\"/orgs/" + hanfeng + "\"");
        mvc.perform(get("/orgs/" + hanfeng).with(user(users.loadUserByUsername("chengjiayuan"))))
                .andExpect(status().isNotFound());
        String township = mvc.perform(get("/training").param("org", String.valueOf(village))
                        .with(user(users.loadUserByUsername("hanfeng"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(township).contains("href=\"/orgs/" + hanfeng + "\"");
    }
}
