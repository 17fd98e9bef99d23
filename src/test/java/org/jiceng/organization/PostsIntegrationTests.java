package org.jiceng.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.isOneOf;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.jiceng.shared.BusinessClock;
import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The posts part of the register through pages and the API, as officers and secretaries use it. */
@JicengIntegrationTest
class PostsIntegrationTests {

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

    @Test
    void townshipOfficerAppointsANewSecretaryAndThePreviousPostEnds() throws Exception {
        long village = fixtures.org("程家塬村");
        var sitting = jdbc.sql("""
                SELECT id, person_id FROM committee_posts WHERE org_id = ? AND post = '01' AND ended_on IS NULL""")
                .param(village).query((rs, i) -> new long[] {rs.getLong("id"), rs.getLong("person_id")}).single();
        String sittingName = nameOf(sitting[1]);
        long successor = freeFullMember(village);
        LocalDate today = clock.today();

        mvc.perform(get("/orgs/" + village + "/committee").with(signedIn("hanfeng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("本支部现任书记：<strong>" + sittingName)))
                .andExpect(content().string(containsString("前一天自动终止")));

        mvc.perform(post("/orgs/" + village + "/committee").with(signedIn("hanfeng")).with(csrf())
                        .param("personId", String.valueOf(successor)).param("post", "01")
                        .param("startedOn", today.toString()))
                .andExpect(redirectedUrl("/orgs/" + village + "/committee"))
                .andExpect(flash().attribute("notice", containsString("原书记" + sittingName + "的职务已于 "
                        + today.minusDays(1) + " 终止")));

        assertThat(jdbc.sql("SELECT ended_on FROM committee_posts WHERE id = ?").param(sitting[0])
                .query(LocalDate.class).single()).isEqualTo(today.minusDays(1));
        long appointed = jdbc.sql("""
                SELECT id FROM committee_posts WHERE org_id = ? AND post = '01' AND ended_on IS NULL""")
                .param(village).query(Long.class).single();
        mvc.perform(get("/orgs/" + village + "/committee").with(signedIn("hanfeng")))
                .andExpect(content().string(containsString("本支部现任书记：<strong>" + nameOf(successor))))
                .andExpect(content().string(containsString("id=\"history-posts\"")));
        assertThat(auditActions("COMMITTEE_POST", sitting[0], "hanfeng")).containsExactly("END");
        assertThat(auditActions("COMMITTEE_POST", appointed, "hanfeng")).containsExactly("CREATE");
    }

    @Test
    void aSecondPostForTheSamePersonIsRefusedWithAFieldMessage() throws Exception {
        long village = fixtures.org("关村村");
        long organizer = jdbc.sql("""
                SELECT person_id FROM committee_posts WHERE org_id = ? AND post = '03' AND ended_on IS NULL""")
                .param(village).query(Long.class).single();
        long postsBefore = committeePosts(village);

        mvc.perform(post("/orgs/" + village + "/committee").with(signedIn("hanfeng")).with(csrf())
                        .param("personId", String.valueOf(organizer)).param("post", "04")
                        .param("startedOn", clock.today().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("现任本支部组织委员，一人只能担任一个支部委员会职务")));

        mvc.perform(post("/api/v1/orgs/" + village + "/committee").with(httpBasic("hanfeng", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\": " + organizer + ", \"post\": \"04\", \"startedOn\": \"" + clock.today() + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("personId"));
        assertThat(committeePosts(village)).isEqualTo(postsBefore);
    }

    @Test
    void aStaleVersionIsAConflict() throws Exception {
        long village = fixtures.org("汉封村");
        long cadre = jdbc.sql("SELECT id FROM village_cadres WHERE org_id = ? AND post = '07'").param(village)
                .query(Long.class).single();
        long version = jdbc.sql("SELECT version FROM village_cadres WHERE id = ?").param(cadre).query(Long.class).single();
        long personId = jdbc.sql("SELECT person_id FROM village_cadres WHERE id = ?").param(cadre).query(Long.class).single();
        String body = "{\"personId\": %d, \"post\": \"07\", \"termStart\": \"2008-01-15\", \"termEnd\": null,"
                + " \"concurrentHead\": false, \"paid\": false, \"version\": %d}";

        mvc.perform(put("/api/v1/cadres/" + cadre).with(httpBasic("hanfeng", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted(personId, version)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paid").value(false))
                .andExpect(jsonPath("$.version").value(version + 1));
        mvc.perform(put("/api/v1/cadres/" + cadre).with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted(personId, version)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("已被他人修改")));
        mvc.perform(post("/cadres/" + cadre).with(signedIn("county")).with(csrf())
                        .param("personId", String.valueOf(personId)).param("post", "07")
                        .param("termStart", "2008-01-15").param("version", String.valueOf(version))
                        .param("_concurrentHead", "on").param("_paid", "on"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已被他人修改")));

        long secretaryPost = jdbc.sql("SELECT id FROM committee_posts WHERE org_id = ? AND post = '01'")
                .param(village).query(Long.class).list().get(0);
        mvc.perform(post("/api/v1/committee-posts/" + secretaryPost + "/end").with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"endedOn\": \"" + clock.today() + "\", \"version\": 99}"))
                .andExpect(status().isConflict());
        assertThat(auditActions("VILLAGE_CADRE", cadre, "hanfeng")).containsExactly("UPDATE");
        assertThat(auditActions("VILLAGE_CADRE", cadre, "county")).isEmpty();
    }

    @Test
    void secretaryKeepsTheOwnVillageAndCannotSeeAnother() throws Exception {
        long own = fixtures.org("程家塬村");
        long other = fixtures.org("关村村");
        long villager = jdbc.sql("""
                SELECT p.id FROM people p WHERE p.org_id = ? AND p.political_status = 'NONE'
                AND NOT EXISTS (SELECT 1 FROM reserve_cadres r WHERE r.person_id = p.id) ORDER BY p.id""")
                .param(own).query(Long.class).list().get(0);

        mvc.perform(get("/orgs/" + own + "/reserve-cadres").with(signedIn("chengjiayuan"))).andExpect(status().isOk());
        mvc.perform(post("/orgs/" + own + "/reserve-cadres").with(signedIn("chengjiayuan")).with(csrf())
                        .param("personId", String.valueOf(villager)).param("since", clock.today().toString())
                        .param("targetPost", "村委会委员").param("note", "返乡大学生"))
                .andExpect(redirectedUrl("/orgs/" + own + "/reserve-cadres"));
        var reserve = jdbc.sql("SELECT id, version FROM reserve_cadres WHERE person_id = ? AND active = TRUE")
                .param(villager).query((rs, i) -> new long[] {rs.getLong("id"), rs.getLong("version")}).single();
        mvc.perform(post("/reserve-cadres/" + reserve[0] + "/deactivate").with(signedIn("chengjiayuan")).with(csrf())
                        .param("version", String.valueOf(reserve[1])))
                .andExpect(redirectedUrl("/orgs/" + own + "/reserve-cadres"))
                .andExpect(flash().attribute("notice", containsString("记录保留")));
        assertThat(jdbc.sql("SELECT active FROM reserve_cadres WHERE id = ?").param(reserve[0])
                .query(Boolean.class).single()).isFalse();
        assertThat(auditActions("RESERVE_CADRE", reserve[0], "chengjiayuan")).containsExactly("CREATE", "DEACTIVATE");

        mvc.perform(get("/orgs/" + own + "/committee").with(signedIn("chengjiayuan"))).andExpect(status().isOk());
        mvc.perform(get("/orgs/" + other + "/committee").with(signedIn("chengjiayuan"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/orgs/" + other + "/committee").with(httpBasic("chengjiayuan", Fixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/orgs/" + other + "/cadres").with(signedIn("chengjiayuan")).with(csrf())
                        .param("personId", String.valueOf(villager)).param("post", "05")
                        .param("termStart", clock.today().toString()).param("_concurrentHead", "on").param("_paid", "on"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cadres").param("org", String.valueOf(other))
                        .with(httpBasic("chengjiayuan", Fixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cadres").with(httpBasic("chengjiayuan", Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].orgName", everyItem(is("程家塬村"))));
    }

    @Test
    void villageCadresFollowTheirRulesAndEndedTermsStayAsHistory() throws Exception {
        long village = fixtures.org("鲁家庄村");
        long villager = jdbc.sql("SELECT id FROM people WHERE org_id = ? AND political_status = 'NONE' ORDER BY id")
                .param(village).query(Long.class).list().get(0);
        String name = nameOf(villager);

        mvc.perform(post("/orgs/" + village + "/cadres").with(signedIn("hanfeng")).with(csrf())
                        .param("personId", String.valueOf(villager)).param("post", "03")
                        .param("termStart", "2010-03-15").param("concurrentHead", "true")
                        .param("_concurrentHead", "on").param("_paid", "on"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("“一肩挑”的村党组织书记兼村委会主任须为正式党员")));
        mvc.perform(post("/orgs/" + village + "/cadres").with(signedIn("hanfeng")).with(csrf())
                        .param("personId", String.valueOf(villager)).param("post", "05")
                        .param("termStart", "2010-03-15").param("termEnd", "2011-01-14").param("paid", "true")
                        .param("_concurrentHead", "on").param("_paid", "on"))
                .andExpect(redirectedUrl("/orgs/" + village + "/cadres"));
        var cadre = jdbc.sql("SELECT id, version FROM village_cadres WHERE person_id = ? AND post = '05'")
                .param(villager).query((rs, i) -> new long[] {rs.getLong("id"), rs.getLong("version")}).single();

        mvc.perform(post("/cadres/" + cadre[0] + "/end").with(signedIn("hanfeng")).with(csrf())
                        .param("endedOn", clock.today().plusDays(3).toString()).param("version", String.valueOf(cadre[1])))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("离任日期不能晚于今天")));
        mvc.perform(post("/cadres/" + cadre[0] + "/end").with(signedIn("hanfeng")).with(csrf())
                        .param("endedOn", clock.today().toString()).param("version", String.valueOf(cadre[1])))
                .andExpect(redirectedUrl("/orgs/" + village + "/cadres"));

        mvc.perform(get("/api/v1/orgs/" + village + "/cadres").with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$[?(@.id == " + cadre[0] + ")].current").value(false))
                .andExpect(jsonPath("$[?(@.id == " + cadre[0] + ")].termEnd").value(clock.today().toString()));
        mvc.perform(get("/api/v1/cadres").param("org", String.valueOf(village)).param("q", name)
                        .with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.items[*].id", not(org.hamcrest.Matchers.hasItem((int) cadre[0]))));
        assertThat(auditActions("VILLAGE_CADRE", cadre[0], "hanfeng")).containsExactly("CREATE", "END");
    }

    @Test
    void cadreListsFilterTheTownshipSubtree() throws Exception {
        long township = fixtures.org("汉封乡");
        long concurrent = jdbc.sql("""
                SELECT COUNT(*) FROM village_cadres v JOIN org_tree t ON t.descendant_id = v.org_id
                WHERE t.ancestor_id = ? AND v.concurrent_head = TRUE AND (v.term_end IS NULL OR v.term_end > ?)""")
                .params(township, clock.today()).query(Long.class).single();
        assertThat(concurrent).isPositive();

        mvc.perform(get("/api/v1/cadres").param("org", String.valueOf(township)).param("concurrentHead", "true")
                        .param("size", "200").with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(concurrent))
                .andExpect(jsonPath("$.items[*].post", everyItem(isOneOf("01", "03"))))
                .andExpect(jsonPath("$.items[0].parentOrgName").value("汉封乡"));
        mvc.perform(get("/cadres").param("org", String.valueOf(township)).param("concurrentHead", "true")
                        .param("sort", "name").with(signedIn("hanfeng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<span id=\"total\">" + concurrent + "</span>")));
        mvc.perform(get("/reserve-cadres").param("org", String.valueOf(township)).param("member", "false")
                        .with(signedIn("hanfeng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"reserve-table\"")));
        mvc.perform(get("/api/v1/reserve-cadres").param("org", String.valueOf(fixtures.org("郭店镇")))
                        .with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void objectsOfAnotherCountyAreNotFound() throws Exception {
        RequestPostProcessor county = httpBasic("county", Fixtures.PASSWORD);
        for (String path : List.of("/api/v1/committee-posts/" + fixtures.outsidePost,
                "/api/v1/cadres/" + fixtures.outsideCadre, "/api/v1/reserve-cadres/" + fixtures.outsideReserve,
                "/api/v1/orgs/" + fixtures.outsideBranch + "/committee",
                "/api/v1/orgs/" + fixtures.outsideBranch + "/cadres")) {
            mvc.perform(get(path).with(county)).andExpect(status().isNotFound());
        }
        mvc.perform(post("/api/v1/committee-posts/" + fixtures.outsidePost + "/end").with(county)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"endedOn\": \"" + clock.today() + "\", \"version\": 0}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cadres/" + fixtures.outsideCadre + "/edit").with(signedIn("county")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/reserve-cadres/" + fixtures.outsideReserve + "/deactivate").with(signedIn("county"))
                        .with(csrf()).param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/orgs/" + fixtures.org("程家塬村") + "/reserve-cadres").with(county)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\": " + fixtures.outsideVillager + ", \"since\": \"" + clock.today() + "\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cadres").param("q", "岐山党员").with(county)).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/cadres").param("q", "岐山党员").with(httpBasic("qishan", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.total").value(1));
        assertThat(jdbc.sql("SELECT ended_on FROM committee_posts WHERE id = ?").param(fixtures.outsidePost)
                .query(LocalDate.class).optional()).isEmpty();
    }

    @Test
    void membersAndAdministratorsDoNotKeepPosts() throws Exception {
        long village = fixtures.org("程家塬村");
        mvc.perform(get("/api/v1/cadres").with(httpBasic("dangyuan", Fixtures.PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reserve-cadres").with(httpBasic("sysadmin", Fixtures.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/orgs/" + village + "/committee").with(httpBasic("dangyuan", Fixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/orgs/" + village + "/cadres").with(signedIn("auditor"))).andExpect(status().isNotFound());
        mvc.perform(get("/cadres").with(signedIn("security"))).andExpect(status().isForbidden());
    }

    @Test
    void thePickerFindsMembersOfTheBranchByName() throws Exception {
        long village = fixtures.org("汉封村");
        long member = fixtures.firstMemberOf("汉封村");
        String name = nameOf(member);

        mvc.perform(get("/orgs/" + village + "/post-candidates").param("q", name).param("members", "true")
                        .with(signedIn("hanfeng")).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + member + "\"")))
                .andExpect(content().string(not(containsString("群众"))));
    }

    private RequestPostProcessor signedIn(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private String nameOf(long personId) {
        return jdbc.sql("SELECT name FROM people WHERE id = ?").param(personId).query(String.class).single();
    }

    private long freeFullMember(long orgId) {
        return jdbc.sql("""
                SELECT p.id FROM people p WHERE p.org_id = ? AND p.political_status = 'FULL'
                AND NOT EXISTS (SELECT 1 FROM committee_posts c WHERE c.person_id = p.id AND c.ended_on IS NULL)
                ORDER BY p.id""").param(orgId).query(Long.class).list().get(0);
    }

    private long committeePosts(long orgId) {
        return jdbc.sql("SELECT COUNT(*) FROM committee_posts WHERE org_id = ?").param(orgId).query(Long.class).single();
    }

    private List<String> auditActions(String type, long id, String actor) {
        return jdbc.sql("""
                SELECT action FROM audit_entries WHERE object_type = ? AND object_id = ? AND actor = ? ORDER BY id""")
                .params(type, id, actor).query(String.class).list();
    }
}
