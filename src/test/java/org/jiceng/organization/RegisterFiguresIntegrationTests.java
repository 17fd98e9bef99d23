package org.jiceng.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jiceng.shared.BusinessClock;
import org.jiceng.shared.IdCardNumber;
import org.jiceng.support.Fixtures;
import org.jiceng.support.Json;
import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The home page's register figures come from the rollup ({@link RegisterFigures}) and equal a direct count of the
 * people under the user's org after creates, transfers, status and flag changes and an org's move.
 */
@JicengIntegrationTest
class RegisterFiguresIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BusinessClock clock;

    @Autowired
    RegisterStats stats;

    @Autowired
    UserDetailsService users;

    @BeforeEach
    void startFromTheRegister() {
        RegisterFigures.rebuild(jdbc); // other tests write people directly, as fixtures do
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void homeFiguresEqualADirectCountAfterACreateATransferAndAStatusChange() throws Exception {
        Map<String, Object> body = PeopleIntegrationTests.member(fixtures.org("关村村"), "汇总测试");
        body.put("gender", "2");
        body.put("idNumber", IdCardNumber.compose("610322", LocalDate.parse((String) body.get("birthDate")), 302));
        body.put("education", "21");
        body.put("politicalStatus", "PROBATIONARY");
        body.put("joinedOn", "2009-03-01");
        body.remove("confirmedOn");
        var created = send(post("/api/v1/members"), body).andReturn().getResponse();
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        long id = Json.parse(created.getContentAsString()).get("id").asLong();
        assertFiguresEqualADirectCount("county", "hanfeng");

        send(post("/api/v1/members/" + id + "/transfers"), Map.of("toOrgId", fixtures.org("导子村"),
                "transferredOn", clock.today().toString(), "reason", "工作调动")).andExpect(status().isOk());
        assertFiguresEqualADirectCount("county", "hanfeng");

        var current = Json.parse(mvc.perform(get("/api/v1/members/" + id).with(httpBasic("county", Fixtures.PASSWORD)))
                .andReturn().getResponse().getContentAsString());
        body.put("orgId", fixtures.org("导子村"));
        body.put("politicalStatus", "FULL");
        body.put("confirmedOn", "2010-03-01");
        body.put("education", "6");
        body.put("lostContact", true);
        body.put("lostContactOn", "2010-04-01");
        body.put("version", current.get("version").asLong());
        send(put("/api/v1/members/" + id), body).andExpect(status().isOk());
        assertFiguresEqualADirectCount("county", "hanfeng");
    }

    @Test
    void movingABranchCarriesItsFiguresToTheNewTownship() throws Exception {
        long county = fixtures.org("凤翔县委");
        long from = idOf(send(post("/api/v1/orgs"), org(county, "TOWNSHIP", "汇总迁出乡")));
        long to = idOf(send(post("/api/v1/orgs"), org(county, "TOWNSHIP", "汇总迁入乡")));
        long branch = idOf(send(post("/api/v1/orgs"), org(from, "BRANCH", "汇总村")));
        send(post("/api/v1/members"), PeopleIntegrationTests.member(branch, "汇总迁移")).andExpect(status().isCreated());
        assertThat(figure(from, "status:FULL")).isEqualTo(1);
        assertThat(figure(from, "orgs:BRANCH")).isEqualTo(1);

        send(post("/api/v1/orgs/" + branch + "/move"), Map.of("newParentId", to)).andExpect(status().isOk());

        assertThat(figure(from, "status:FULL")).isZero();
        assertThat(figure(from, "orgs:BRANCH")).isZero();
        assertThat(figure(to, "status:FULL")).isEqualTo(1);
        assertThat(figure(to, "orgs:BRANCH")).isEqualTo(1);
        assertThat(mismatches()).isZero();
    }

    /** Both users' home figures equal a count of their people, and every org's rollup equals a recount. */
    void assertFiguresEqualADirectCount(String... usernames) {
        for (String username : usernames) {
            var user = users.loadUserByUsername(username);
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            long root = jdbc.sql("SELECT org_id FROM accounts WHERE username = ?").param(username)
                    .query(Long.class).single();
            int year = clock.today().getYear();
            assertThat(stats.summary()).as(username).isEqualTo(counted(root));
            assertThat(stats.ageBands(year)).as(username).isEqualTo(countedAges(root, year));
            assertThat(stats.education()).as(username).isEqualTo(countedEducation(root));
        }
        assertThat(mismatches()).isZero();
    }

    /** The summary as the home page computed it before the rollup: by counting the people under the org. */
    RegisterStats.Summary counted(long root) {
        String under = " IN (SELECT descendant_id FROM org_tree WHERE ancestor_id = ?)";
        Map<String, Long> orgs = new LinkedHashMap<>();
        jdbc.sql("SELECT org_type, COUNT(*) AS n FROM orgs WHERE id" + under + " GROUP BY org_type").param(root)
                .query(rs -> {
                    orgs.put(rs.getString("org_type"), rs.getLong("n"));
                });
        return jdbc.sql("""
                SELECT SUM(CASE WHEN political_status <> 'NONE' THEN 1 ELSE 0 END) AS members,
                       SUM(CASE WHEN political_status = 'PROBATIONARY' THEN 1 ELSE 0 END) AS probationary,
                       SUM(CASE WHEN political_status <> 'NONE' AND migrant THEN 1 ELSE 0 END) AS migrant,
                       SUM(CASE WHEN political_status <> 'NONE' AND hardship THEN 1 ELSE 0 END) AS hardship,
                       SUM(CASE WHEN political_status <> 'NONE' AND lost_contact THEN 1 ELSE 0 END) AS lost,
                       SUM(CASE WHEN political_status <> 'NONE' AND gender = '2' THEN 1 ELSE 0 END) AS women,
                       SUM(CASE WHEN political_status = 'NONE' THEN 1 ELSE 0 END) AS villagers
                FROM people WHERE org_id""" + under).param(root)
                .query((rs, i) -> new RegisterStats.Summary(orgs.getOrDefault("TOWNSHIP", 0L),
                        orgs.getOrDefault("BRANCH", 0L) + orgs.getOrDefault("GENERAL_BRANCH", 0L),
                        orgs.getOrDefault("PARTY_GROUP", 0L), rs.getLong("members"), rs.getLong("probationary"),
                        rs.getLong("migrant"), rs.getLong("hardship"), rs.getLong("lost"), rs.getLong("women"),
                        rs.getLong("villagers")))
                .single();
    }

    Map<String, Long> countedAges(long root, int year) {
        Map<String, Long> bands = new LinkedHashMap<>();
        for (String band : new String[] {"35岁以下", "35-44岁", "45-54岁", "55-64岁", "65岁及以上"}) {
            bands.put(band, 0L);
        }
        jdbc.sql("""
                SELECT birth_date FROM people WHERE political_status <> 'NONE'
                  AND org_id IN (SELECT descendant_id FROM org_tree WHERE ancestor_id = ?)""").param(root)
                .query(LocalDate.class).list().forEach(birth -> {
                    int age = year - birth.getYear();
                    String band = age < 35 ? "35岁以下" : age < 45 ? "35-44岁" : age < 55 ? "45-54岁"
                            : age < 65 ? "55-64岁" : "65岁及以上";
                    bands.merge(band, 1L, Long::sum);
                });
        return bands;
    }

    Map<String, Long> countedEducation(long root) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT COALESCE(c.label, p.education, '未填') AS label, COUNT(*) AS n FROM people p
                LEFT JOIN code_items c ON c.list_code = 'EDUCATION' AND c.code = p.education
                WHERE p.political_status <> 'NONE'
                  AND p.org_id IN (SELECT descendant_id FROM org_tree WHERE ancestor_id = ?)
                GROUP BY COALESCE(c.label, p.education, '未填')""").param(root)
                .query(rs -> {
                    counts.put(rs.getString("label"), rs.getLong("n"));
                });
        return counts;
    }

    /** Rollup rows that differ from a recount of the register over the closure table, in either direction. */
    long mismatches() {
        String recount = "SELECT t.ancestor_id AS org_id, d.figure, SUM(d.total) AS total FROM ("
                + RegisterFigures.BY_ORG + ") d JOIN org_tree t ON t.descendant_id = d.org_id"
                + " GROUP BY t.ancestor_id, d.figure";
        long wrongOrMissing = jdbc.sql("SELECT COUNT(*) FROM (" + recount + ") r"
                        + " LEFT JOIN org_register_figures f ON f.org_id = r.org_id AND f.figure = r.figure"
                        + " WHERE f.total IS NULL OR f.total <> r.total")
                .query(Long.class).single();
        long extra = jdbc.sql("SELECT COUNT(*) FROM org_register_figures f WHERE f.total <> 0 AND NOT EXISTS ("
                        + "SELECT 1 FROM (" + recount + ") r WHERE r.org_id = f.org_id AND r.figure = f.figure)")
                .query(Long.class).single();
        return wrongOrMissing + extra;
    }

    long figure(long orgId, String figure) {
        return jdbc.sql("SELECT COALESCE(SUM(total), 0) FROM org_register_figures WHERE org_id = ? AND figure = ?")
                .params(orgId, figure).query(Long.class).single();
    }

    static Map<String, Object> org(long parentId, String type, String shortName) {
        return Map.of("parentId", parentId, "type", type, "shortName", shortName);
    }

    ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                       Map<String, Object> body) throws Exception {
        return mvc.perform(request.with(httpBasic("county", Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(Json.of(body)));
    }

    long idOf(ResultActions result) throws Exception {
        return Json.parse(result.andReturn().getResponse().getContentAsString()).get("id").asLong();
    }
}
