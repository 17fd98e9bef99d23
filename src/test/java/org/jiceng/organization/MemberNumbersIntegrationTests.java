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
import org.springframework.test.web.servlet.MockMvc;

/**
 * The tree's member numbers and the members metric (both from the register's figures, {@link RegisterFigures}) follow
 * new members and transfers between townships.
 */
@JicengIntegrationTest
class MemberNumbersIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    BusinessClock clock;

    @Autowired
    Fixtures fixtures;

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
    void theMembersMetricFollowsANewMemberAsTheTreeDoes() throws Exception {
        long before = metric("汉封乡");
        assertThat(before).isEqualTo(members("汉封乡"));
        mvc.perform(post("/api/v1/members").with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(PeopleIntegrationTests.member(fixtures.org("关村村"), "指标测试"))))
                .andExpect(status().isCreated());
        assertThat(metric("汉封乡")).isEqualTo(before + 1).isEqualTo(members("汉封乡"));
    }

    /** The assessment metric org.members (党员数) of an org for 2010, as the API gives it. */
    private long metric(String orgShortName) throws Exception {
        String json = mvc.perform(get("/api/v1/metrics/org.members").param("org", String.valueOf(fixtures.org(orgShortName)))
                        .param("year", "2010").with(httpBasic("county", Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Json.parse(json).get("values").get(0).get("value").asLong();
    }
}
