package org.jiceng.organization.mobility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** 流动党员: an outflow with its history feeds the register's 是否流动 / 外出流向, the township's list shows it. */
@JicengIntegrationTest
class MobilityIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void anOutflowMarksTheMemberMigrantUntilTheReturn() throws Exception {
        long member = jdbc.sql("""
                SELECT MAX(p.id) FROM people p JOIN orgs o ON o.id = p.org_id
                WHERE o.short_name = '关村村' AND p.political_status = 'FULL' AND NOT p.migrant""")
                .query(Long.class).single();
        long registrations = jdbc.sql("SELECT COUNT(*) FROM member_mobility").query(Long.class).single();

        mvc.perform(post("/api/v1/members/" + member + "/mobility").with(httpBasic("hanfeng", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"direction\":\"OUT\",\"leftOn\":\"2010-03-01\",\"reason\":\"务工经商\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("place"))
                .andExpect(jsonPath("$.errors[0].message").value("外出党员请填写外出流向"));
        mvc.perform(post("/members/" + member + "/mobility").with(user(accounts.loadUserByUsername("hanfeng"))).with(csrf())
                        .param("direction", "OUT").param("leftOn", "2010-03-01").param("reason", "务工经商"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("外出党员请填写外出流向")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM member_mobility").query(Long.class).single()).isEqualTo(registrations);

        String created = mvc.perform(post("/api/v1/members/" + member + "/mobility")
                        .with(httpBasic("hanfeng", Fixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"direction":"OUT","place":"广东省深圳市宝安区","leftOn":"2010-03-01","reason":"务工经商",
                                 "contact":"13800001111","otherOrg":"宝安区流动党员党支部"}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long mobilityId = Long.parseLong(created.replaceAll("(?s)^\\{\"id\":(\\d+).*$", "$1"));

        mvc.perform(get("/api/v1/members/" + member + "/form").with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.items[17].value").value("是"))
                .andExpect(jsonPath("$.items[18].value").value("广东省深圳市宝安区"));
        mvc.perform(get("/api/v1/mobility").param("org", String.valueOf(fixtures.org("汉封乡")))
                        .with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$[?(@.id == " + mobilityId + ")].place").value("广东省深圳市宝安区"));
        mvc.perform(get("/mobility").param("org", String.valueOf(fixtures.org("汉封乡")))
                        .with(user(accounts.loadUserByUsername("hanfeng"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("宝安区流动党员党支部")));
        mvc.perform(get("/api/v1/mobility").param("org", String.valueOf(fixtures.org("程家塬村")))
                        .with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$[?(@.id == " + mobilityId + ")]").isEmpty());

        mvc.perform(post("/api/v1/mobility/" + mobilityId + "/return").with(httpBasic("hanfeng", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"returnedOn\":\"2010-02-01\",\"version\":0}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("返回日期不能早于外出日期"));
        mvc.perform(post("/api/v1/mobility/" + mobilityId + "/return").with(httpBasic("hanfeng", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"returnedOn\":\"2010-05-01\",\"version\":0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.returnedOn").value("2010-05-01"));
        assertThat(jdbc.sql("SELECT migrant FROM people WHERE id = ?").param(member).query(Boolean.class).single())
                .isFalse();
        mvc.perform(get("/members/" + member + "/mobility").with(user(accounts.loadUserByUsername("hanfeng"))))
                .andExpect(content().string(containsString("2010-05-01")))
                .andExpect(content().string(containsString("广东省深圳市宝安区")));
        assertThat(jdbc.sql("SELECT action FROM audit_entries WHERE object_type = 'MOBILITY' AND object_id = ? ORDER BY id")
                .param(mobilityId).query(String.class).list()).containsExactly("CREATE", "RETURN");
    }

    @Test
    void theDemoCountysMigrantMembersHaveTheirOutflowRegistered() {
        // The demo's people come first; people added by other tests (API, imports) come after them.
        long lastDemoMigrant = jdbc.sql("SELECT MAX(person_id) FROM member_mobility WHERE recorded_by = 'demo'")
                .query(Long.class).single();
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM people p WHERE p.migrant AND p.id <= ? AND NOT EXISTS (SELECT 1 FROM member_mobility m
                WHERE m.person_id = p.id AND m.direction = 'OUT' AND m.returned_on IS NULL
                AND m.place = p.migrant_destination AND m.left_on >= p.joined_on)""").param(lastDemoMigrant)
                .query(Long.class).single())
                .as("every migrant has an open outflow to their 外出流向, not before joining").isZero();
    }
}
