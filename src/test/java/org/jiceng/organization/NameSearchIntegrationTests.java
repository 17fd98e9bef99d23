package org.jiceng.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.support.Fixtures;
import org.jiceng.support.Json;
import org.jiceng.support.JicengIntegrationTest;
import org.jiceng.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The members list's free text on both databases: names by a part of three characters anywhere or by one or two at
 * the start or end ({@link NameSearch}), always within the user's scope; on PostgreSQL through the trigram index.
 */
@JicengIntegrationTest
class NameSearchIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void withinACountyFindsNamesByAnyPartOfThem() throws Exception {
        long id = create("hanfeng", fixtures.org("关村村"), "检索甲乙丙");
        assertThat(found("hanfeng", "索甲乙")).containsExactly(id);
        assertThat(found("hanfeng", "检索甲乙丙")).containsExactly(id);
        assertThat(found("hanfeng", "检索")).containsExactly(id);
        assertThat(found("hanfeng", "乙丙")).containsExactly(id);
        assertThat(found("hanfeng", "丙")).containsExactly(id);
        assertThat(found("hanfeng", "检")).containsExactly(id);
        // A county and a township scan their own people, so a part in the middle of a name finds it too (a province
        // or a city matches one or two characters at the start or end only: NameSearchTests).
        assertThat(found("hanfeng", "乙")).containsExactly(id);
        assertThat(found("hanfeng", "甲乙")).containsExactly(id);
        assertThat(found("county", "索甲乙")).containsExactly(id);
        if (TestDatabase.isPostgres()) {
            theSearchCanUseTheTrigramIndexWithTheScope();
        }
    }

    @Test
    void neverFindsAnyoneOutsideTheScope() throws Exception {
        long inGuodian = create("county", fixtures.org("导子村"), "范围检索人");
        assertThat(found("county", "范围检索人")).containsExactly(inGuodian);
        assertThat(found("hanfeng", "范围检索人")).isEmpty();
        assertThat(found("hanfeng", "范围")).isEmpty();
        assertThat(found("county", "岐山党员")).isEmpty(); // the outside county's member
        assertThat(found("county", "岐山")).isEmpty();
        assertThat(found("county", "13900000001")).isEmpty(); // the outside member's phone
    }

    /** On PostgreSQL a province's search can use the trigram index with the scope (on H2 there is no such index). */
    private void theSearchCanUseTheTrigramIndexWithTheScope() {
        for (String q : List.of("检索甲乙", "检索")) {
            NameSearch search = NameSearch.of(q);
            Map<String, Object> params = new HashMap<>(search.params());
            params.put("scopeOrgId", fixtures.org("凤翔县委"));
            String plan = transaction.execute(tx -> {
                // On the few rows of a test database any plan is cheap: leave the planner only the indexes' bitmaps.
                for (String off : List.of("enable_seqscan", "enable_indexscan", "enable_nestloop")) {
                    jdbc.sql("SET LOCAL " + off + " = off").update();
                }
                return String.join("\n", jdbc.sql("EXPLAIN SELECT p.id FROM people p WHERE " + search.predicate()
                        + " AND p.org_id IN (SELECT t.descendant_id FROM org_tree t WHERE t.ancestor_id = :scopeOrgId)")
                        .params(params).query(String.class).list());
            });
            assertThat(plan).as(q).contains("ix_people_name_trigram");
        }
    }

    long create(String user, long orgId, String name) throws Exception {
        String body = Json.of(PeopleIntegrationTests.member(orgId, name));
        String json = mvc.perform(post("/api/v1/members").with(httpBasic(user, Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return Json.parse(json).get("id").asLong();
    }

    List<Long> found(String user, String q) throws Exception {
        String json = mvc.perform(get("/api/v1/members").param("q", q).param("size", "100")
                        .with(httpBasic(user, Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Long> ids = new ArrayList<>();
        Json.parse(json).get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }
}
