package org.jiceng.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;

import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.jiceng.support.Json;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Adding, editing and moving organizations through the API, with the tree and the scope following. */
@JicengIntegrationTest
class OrgTreeIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    ResultActions createOrg(String user, Long parentId, String type, String shortName) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("parentId", parentId);
        body.put("type", type);
        body.put("shortName", shortName);
        return mvc.perform(post("/api/v1/orgs").with(httpBasic(user, Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(Json.of(body)));
    }

    long idOf(ResultActions result) throws Exception {
        return Json.parse(result.andReturn().getResponse().getContentAsString()).get("id").asLong();
    }

    @Test
    void countyAddsATownshipAndABranchWithDefaultFullNames() throws Exception {
        long county = fixtures.org("凤翔县委");
        long township = idOf(createOrg("county", county, "TOWNSHIP", "彪角镇").andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("中共彪角镇委员会")).andExpect(jsonPath("$.depth").value(1)));
        createOrg("county", township, "BRANCH", "彪角村").andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("中共彪角村支部委员会")).andExpect(jsonPath("$.depth").value(2));
        mvc.perform(get("/api/v1/orgs").param("parent", String.valueOf(township)).with(httpBasic("county", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$[0].shortName").value("彪角村"));
    }

    @Test
    void refusesAKindOfOrganizationThatCannotHangThere() throws Exception {
        createOrg("hanfeng", fixtures.org("汉封乡"), "TOWNSHIP", "错误乡").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("type"));
    }

    @Test
    void refusesADuplicateNameAmongSiblings() throws Exception {
        createOrg("hanfeng", fixtures.org("汉封乡"), "BRANCH", "关村村").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("shortName"));
    }

    @Test
    void aTownshipOfficerCannotAddOutsideTheTownship() throws Exception {
        createOrg("hanfeng", fixtures.org("凤翔县委"), "TOWNSHIP", "越权乡").andExpect(status().isNotFound());
        createOrg("hanfeng", fixtures.org("郭店镇"), "BRANCH", "越权村").andExpect(status().isNotFound());
    }

    @Test
    void movingABranchCarriesItsMembersToTheNewTownship() throws Exception {
        long county = fixtures.org("凤翔县委");
        long from = idOf(createOrg("county", county, "TOWNSHIP", "迁出乡"));
        long to = idOf(createOrg("county", county, "TOWNSHIP", "迁入乡"));
        long branch = idOf(createOrg("county", from, "BRANCH", "搬迁村"));
        long group = idOf(createOrg("county", branch, "PARTY_GROUP", "第一党小组"));
        long person = jdbc.sql("SELECT id FROM people WHERE political_status = 'FULL' ORDER BY id").query(Long.class).list().get(0);
        jdbc.sql("UPDATE people SET org_id = ?, party_group_id = NULL WHERE id = ?").params(branch, person).update();
        RegisterFigures.rebuild(jdbc); // the direct update above bypasses RegisterFigures

        mvc.perform(post("/api/v1/orgs/" + branch + "/move").with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(Json.of(Map.of("newParentId", to))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.parentId").value(to));

        assertThat(membersUnder(to)).isEqualTo(1);
        assertThat(membersUnder(from)).isZero();
        assertThat(jdbc.sql("SELECT depth FROM orgs WHERE id = ?").param(group).query(Integer.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM org_tree WHERE ancestor_id = ? AND descendant_id = ?")
                .params(to, group).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM org_tree WHERE ancestor_id = ? AND descendant_id = ?")
                .params(from, group).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE action = 'MOVE' AND object_id = ?")
                .param(branch).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void refusesMovingAnOrganizationUnderItsOwnSubtree() throws Exception {
        long county = fixtures.org("凤翔县委");
        long township = idOf(createOrg("county", county, "TOWNSHIP", "自环乡"));
        long branch = idOf(createOrg("county", township, "BRANCH", "自环村"));
        mvc.perform(post("/api/v1/orgs/" + township + "/move").with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(Json.of(Map.of("newParentId", branch))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("不能把组织移到它自己或它的下级组织之下"));
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsAConflict() throws Exception {
        long township = idOf(createOrg("county", fixtures.org("凤翔县委"), "TOWNSHIP", "并发乡"));
        Map<String, Object> first = Map.of("shortName", "并发乡", "phone", "0917-1111111", "version", 0);
        Map<String, Object> second = Map.of("shortName", "并发乡", "phone", "0917-2222222", "version", 0);
        mvc.perform(put("/api/v1/orgs/" + township).with(httpBasic("county", Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(Json.of(first))).andExpect(status().isOk());
        mvc.perform(put("/api/v1/orgs/" + township).with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(Json.of(second)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.title").value("编辑冲突"));
        assertThat(jdbc.sql("SELECT phone FROM orgs WHERE id = ?").param(township).query(String.class).single())
                .isEqualTo("0917-1111111");
    }

    long membersUnder(long orgId) throws Exception {
        var body = mvc.perform(get("/api/v1/members").param("org", String.valueOf(orgId))
                .with(httpBasic("county", Fixtures.PASSWORD))).andReturn().getResponse().getContentAsString();
        return Json.parse(body).get("total").asLong();
    }
}
