package org.jiceng.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.jiceng.shared.BusinessClock;
import org.jiceng.support.Fixtures;
import org.jiceng.support.Json;
import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The tree's member numbers (summed from per-org counts) follow new members and transfers between townships. */
@JicengIntegrationTest
class MemberCountsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    BusinessClock clock;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    /** The member number the tree shows for the county or one of its townships. */
    long members(String orgShortName) throws Exception {
        long county = fixtures.org("凤翔县委");
        String path = "凤翔县委".equals(orgShortName) ? "/api/v1/orgs" : "/api/v1/orgs?parent=" + county;
        String json = mvc.perform(get(path).with(httpBasic("county", Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        for (var node : Json.parse(json)) {
            if (node.get("shortName").asString().equals(orgShortName)) {
                return node.get("members").asLong();
            }
        }
        throw new AssertionError(orgShortName + " is not in the tree");
    }

    @Test
    void treeNumbersFollowANewMemberAndATransferToAnotherTownship() throws Exception {
        long hanfeng = members("汉封乡");
        long guodian = members("郭店镇");
        long county = members("凤翔县委");
        String created = mvc.perform(post("/api/v1/members").with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(PeopleIntegrationTests.member(fixtures.org("关村村"), "计数测试"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(members("汉封乡")).isEqualTo(hanfeng + 1);
        assertThat(members("凤翔县委")).isEqualTo(county + 1);

        long id = Json.parse(created).get("id").asLong();
        mvc.perform(post("/api/v1/members/" + id + "/transfers").with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("toOrgId", fixtures.org("导子村"),
                                "transferredOn", clock.today().toString(), "reason", "工作调动"))))
                .andExpect(status().isOk());
        assertThat(members("汉封乡")).isEqualTo(hanfeng);
        assertThat(members("郭店镇")).isEqualTo(guodian + 1);
        assertThat(members("凤翔县委")).isEqualTo(county + 1);
    }

    @Test
    void everyOrgsCountEqualsTheMembersRegisteredWithIt() {
        long mismatched = jdbc.sql("""
                SELECT COUNT(*) FROM orgs o LEFT JOIN org_member_counts c ON c.org_id = o.id
                WHERE COALESCE(c.members, 0) <> (SELECT COUNT(*) FROM people p
                                                 WHERE p.org_id = o.id AND p.political_status <> 'NONE')""")
                .query(Long.class).single();
        assertThat(mismatched).isZero();
    }
}
