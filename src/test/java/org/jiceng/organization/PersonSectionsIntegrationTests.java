package org.jiceng.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.jiceng.shared.BusinessClock;
import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.jiceng.support.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A person's page reads its sections (party group, posts, transfers, honours, flags) in one statement: each section
 * holds what its own list (the API's) holds, in the same order, and the page shows them.
 */
@JicengIntegrationTest
class PersonSectionsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BusinessClock clock;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    PersonSections sections;

    @Autowired
    PeopleService people;

    @Autowired
    PostQueries posts;

    @Autowired
    PersonRecords records;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void eachSectionHoldsWhatItsOwnListHoldsAndThePageShowsIt() throws Exception {
        long township = fixtures.org("汉封乡");
        List<Map<String, Object>> groups = jdbc.sql("""
                SELECT g.id, g.short_name, g.parent_id FROM orgs g JOIN org_tree t ON t.descendant_id = g.id
                WHERE t.ancestor_id = ? AND g.org_type = 'PARTY_GROUP' ORDER BY g.id""").param(township)
                .query().listOfRows();
        long branch = ((Number) groups.get(0).get("parent_id")).longValue();
        List<Long> others = jdbc.sql("""
                SELECT o.id FROM orgs o JOIN org_tree t ON t.descendant_id = o.id
                WHERE t.ancestor_id = ? AND o.org_type = 'BRANCH' AND o.id <> ? ORDER BY o.id""")
                .params(township, branch).query(Long.class).list();
        long id = Json.parse(api(post("/api/v1/members"), PeopleIntegrationTests.member(others.get(0), "分节测试"))
                .getResponse().getContentAsString()).get("id").asLong();
        transfer(id, others.get(1), 20, "第一次转接");
        transfer(id, branch, 10, "第二次转接");
        jdbc.sql("UPDATE people SET party_group_id = ? WHERE id = ?").params(groups.get(0).get("id"), id).update();
        flag(id, "ADMONISHMENT", "2009-01-01", "较早的标记");
        flag(id, "CIRCULATED_CRITICISM", "2010-01-01", "较新的标记");
        signIn("hanfeng");
        records.addHonour(id, "较早的荣誉", 2008, township, null);
        records.addHonour(id, "较新的荣誉", 2009, township, null);
        long holder = jdbc.sql("""
                SELECT p.id FROM people p JOIN org_tree t ON t.descendant_id = p.org_id AND t.ancestor_id = ?
                WHERE EXISTS (SELECT 1 FROM committee_posts c WHERE c.person_id = p.id)
                  AND EXISTS (SELECT 1 FROM village_cadres v WHERE v.person_id = p.id) ORDER BY p.id""")
                .param(township).query(Long.class).list().get(0);

        var of = sections.of(people.get(id), true);
        assertThat(of.partyGroup()).isEqualTo(groups.get(0).get("short_name"));
        assertThat(of.transfers()).hasSize(2).isEqualTo(people.transfers(id));
        assertThat(of.transfers().get(0).reason()).isEqualTo("第二次转接");
        assertThat(of.honours()).hasSize(2).isEqualTo(records.honours(id));
        assertThat(of.flags()).hasSize(2).isEqualTo(records.flags(id));
        assertThat(sections.of(people.get(id), false).flags()).as("members do not see flags").isEmpty();
        var held = sections.of(people.get(holder), true).posts();
        assertThat(held).isEqualTo(posts.postsOf(holder));
        assertThat(held.get(0).post()).startsWith("支委");
        assertThat(held.get(held.size() - 1).post()).startsWith("村干部");

        mvc.perform(get("/members/" + id).with(user(accounts.loadUserByUsername("hanfeng"))))
                .andExpect(status().isOk()).andExpect(content().string(stringContainsInOrder(
                        (String) groups.get(0).get("short_name"), "第二次转接", "第一次转接", "较新的荣誉", "较早的荣誉",
                        "较新的标记", "较早的标记")));
    }

    private void transfer(long id, long to, int daysAgo, String reason) throws Exception {
        api(post("/api/v1/members/" + id + "/transfers"), Map.of("toOrgId", to,
                "transferredOn", clock.today().minusDays(daysAgo).toString(), "reason", reason));
    }

    private void flag(long id, String kind, String from, String note) throws Exception {
        api(post("/api/v1/members/" + id + "/flags"), Map.of("kind", kind, "from", from, "note", note));
    }

    private org.springframework.test.web.servlet.MvcResult api(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, Map<String, ?> body)
            throws Exception {
        return mvc.perform(request.with(httpBasic("hanfeng", Fixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(Json.of(body))).andExpect(status().is2xxSuccessful()).andReturn();
    }

    private void signIn(String username) {
        var account = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
    }
}
