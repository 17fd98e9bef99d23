package org.jiceng.assessment.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Map;

import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.jiceng.support.Json;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** The same story through /api/v1/schemes: create from a template, edit, 409 on a stale edit, publish, try out. */
@JicengIntegrationTest
class SchemeApiIntegrationTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SchemeRepository schemes;

    @Test
    void countyOfficerCreatesFromATemplateEditsPublishesAndAStaleEditIsAConflict() throws Exception {
        String created = mvc.perform(post("/api/v1/schemes").with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(Json.of(Map.of("template", "five-good-village", "year", 2011))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.example").value(true))
                .andExpect(jsonPath("$.scheme.indicators[0].name").value("领导班子好"))
                .andReturn().getResponse().getContentAsString();
        long id = Json.parse(created).get("id").asLong();
        mvc.perform(get("/api/v1/schemes/" + id).with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/schemes").param("year", "2011").with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.total").value(0));
        StoredScheme draft = schemes.find(id).orElseThrow();
        SchemeForm form = SchemeForm.of(draft);
        SchemeForm renamed = new SchemeForm("2011年“五个好”村党组织考核方案", form.note(), form.baseMax(), form.bonusCap(),
                draft.version(), form.indicators(), form.bands());

        mvc.perform(put("/api/v1/schemes/" + id).with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(renamed)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scheme.name").value("2011年“五个好”村党组织考核方案"));
        mvc.perform(put("/api/v1/schemes/" + id).with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(renamed)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("已被他人修改")));

        mvc.perform(post("/api/v1/schemes/" + id + "/publish").with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(Json.of(Map.of("version", draft.version() + 1))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"));
        mvc.perform(get("/api/v1/schemes/" + id).with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/schemes/" + id).with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(renamed)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("已发布，不能再修改")));
    }

    @Test
    void invalidSchemesAreRefusedWithOneErrorPerFieldAndNothingWritten() throws Exception {
        long id = copyToYear(2013);
        StoredScheme before = schemes.find(id).orElseThrow();
        SchemeForm form = SchemeForm.of(before);
        form.bands().set(1, new BandRow("二类", new BigDecimal("650"), new BigDecimal("850"), null, null));
        form.indicators().set(1, SchemePagesIntegrationTests.withMax(form.indicators().get(1), "-5"));
        mvc.perform(put("/api/v1/schemes/" + id).with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(form)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("indicators[1].max")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("bands[2].max")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("“三类”与“二类”的分数段重叠：650至700分同属两个等次")));
        assertThat(schemes.find(id).orElseThrow()).isEqualTo(before);
    }

    @Test
    void readersMayReadAndTryOutButNotWriteAndMembersSeeNothing() throws Exception {
        long id = published("upgrade-grading", 2009);
        mvc.perform(get("/api/v1/schemes/" + id).with(httpBasic("chengjiayuan", Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scheme.bands[0].name").value("一类"));
        mvc.perform(get("/api/v1/schemes").param("year", "2009").with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].name", hasItem("升级晋档考核方案")));
        mvc.perform(post("/api/v1/schemes/" + id + "/editions").with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/schemes/" + id + "/copies").with(httpBasic("chengjiayuan", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(Json.of(Map.of("year", 2014))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/schemes/" + id).with(httpBasic("dangyuan", Fixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/schemes/" + id + "/evaluations").with(httpBasic("hanfeng", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"inputs\": {\"D1.1\": 12.5, \"D5.2\": 95, \"V1\": 1, \"X1\": 1}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dimensions.D1").value(50.0))
                .andExpect(jsonPath("$.deductions").value(-50.0))
                .andExpect(jsonPath("$.total").value(123.5))
                .andExpect(jsonPath("$.grade").value("四类"))
                .andExpect(jsonPath("$.lines[1].rule").value("得分＝4×数值，最高60分，最低0分"));
        mvc.perform(post("/api/v1/schemes/" + id + "/evaluations").with(httpBasic("hanfeng", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"inputs\": {\"D3.1\": 3}}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("D3.1"));
    }

    @Test
    void templatesAreListedAndMarkedAsExamples() throws Exception {
        mvc.perform(get("/api/v1/schemes/templates").with(httpBasic("county", Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].key", hasItem("star-rating")))
                .andExpect(content().string(containsString("组厅字〔2012〕6号")));
    }

    private long copyToYear(int year) throws Exception {
        String body = mvc.perform(post("/api/v1/schemes/" + published("upgrade-grading", 2009) + "/copies")
                        .with(httpBasic("county", Fixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("year", year))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return Json.parse(body).get("id").asLong();
    }

    private long published(String family, int year) {
        return jdbc.sql("""
                SELECT id FROM assessment_schemes WHERE family = ? AND scheme_year = ? AND status = 'PUBLISHED'
                ORDER BY id""").params(family, year).query(Long.class).list().get(0);
    }
}
