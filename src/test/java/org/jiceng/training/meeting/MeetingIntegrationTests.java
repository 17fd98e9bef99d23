package org.jiceng.training.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

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

/** 三会一课: the secretary records meetings, the township reviews them, and compliance follows the county's frequencies. */
@JicengIntegrationTest
class MeetingIntegrationTests {

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
    void theSecretaryRecordsAMeetingTheTownshipReturnsItAndApprovesTheCorrection() throws Exception {
        long village = fixtures.org("程家塬村");
        String location = mvc.perform(post("/training/meetings").with(signedIn("chengjiayuan")).with(csrf())
                        .param("orgId", String.valueOf(village)).param("type", "01").param("heldOn", "2010-04-28")
                        .param("topic", "三大工程动员党员大会").param("expected", "30").param("present", "26")
                        .param("absences", "王某（外出务工）等4人"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get(location).with(signedIn("chengjiayuan")))
                .andExpect(content().string(containsString("待审核")))
                .andExpect(content().string(containsString("30 / 26 / 4")));

        mvc.perform(post(location + "/return").with(signedIn("hanfeng")).with(csrf()).param("version", "0"))
                .andExpect(flash().attribute("problem", "退回须写明原因"));
        mvc.perform(post(location + "/return").with(signedIn("hanfeng")).with(csrf()).param("version", "0")
                        .param("reason", "缺会议决定内容"))
                .andExpect(flash().attribute("notice", "已退回党支部"));
        mvc.perform(get(location).with(signedIn("chengjiayuan")))
                .andExpect(content().string(containsString("乡镇退回：缺会议决定内容")));

        mvc.perform(post(location).with(signedIn("chengjiayuan")).with(csrf())
                        .param("orgId", String.valueOf(village)).param("type", "01").param("heldOn", "2010-04-28")
                        .param("topic", "三大工程动员党员大会").param("expected", "30").param("present", "26")
                        .param("absences", "王某（外出务工）等4人").param("decisions", "表彰优秀党员3名").param("version", "1"))
                .andExpect(flash().attribute("notice", "已保存修改，重新提交乡镇审核"));
        mvc.perform(post("/api/v1/org-meetings/" + id + "/approve").with(httpBasic("chengjiayuan", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": 2}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/org-meetings/" + id + "/approve").with(httpBasic("hanfeng", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": 2}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(put("/api/v1/org-meetings/" + id).with(httpBasic("chengjiayuan", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"orgId": %d, "type": "01", "heldOn": "2010-04-28", "topic": "改", "expected": 30,
                                 "present": 30, "version": 3}""".formatted(village)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("已审核，不能再修改")));

        assertThat(jdbc.sql("SELECT action FROM audit_entries WHERE object_type = 'ORG_MEETING' AND object_id = ? ORDER BY id")
                .param(id).query(String.class).list()).containsExactly("CREATE", "RETURN", "UPDATE", "APPROVE");
    }

    @Test
    void aMeetingWithoutQuorumOrInTheFutureIsRefusedAndNothingIsWritten() throws Exception {
        long before = meetings();
        mvc.perform(post("/api/v1/org-meetings").with(httpBasic("chengjiayuan", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"orgId": %d, "type": "01", "heldOn": "2999-01-01", "topic": "大会", "expected": 30,
                                 "present": 15, "absences": "多人"}""".formatted(fixtures.org("程家塬村"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("不足法定人数")))
                .andExpect(content().string(containsString("召开日期不能晚于今天")));
        mvc.perform(post("/api/v1/org-meetings").with(httpBasic("hanfeng", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"orgId": %d, "type": "02", "heldOn": "2010-01-01", "topic": "支委会", "expected": 5,
                                 "present": 5}""".formatted(fixtures.org("汉封乡"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("三会一课由党支部（党总支）登记")));
        assertThat(meetings()).isEqualTo(before);
    }

    @Test
    void aReviewFromAStaleVersionIsAConflict() throws Exception {
        long id = jdbc.sql("""
                SELECT m.id FROM org_meetings m JOIN orgs o ON o.id = m.org_id
                WHERE o.short_name = '关村村' AND m.status = 'SUBMITTED' ORDER BY m.id""").query(Long.class).list().get(0);
        mvc.perform(post("/api/v1/org-meetings/" + id + "/approve").with(httpBasic("hanfeng", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": 7}"))
                .andExpect(status().isConflict());
    }

    @Test
    void complianceFollowsTheCountysFrequenciesAndTheMeetingsHeld() throws Exception {
        long village = fixtures.org("汉封村");
        String url = "/api/v1/org-meetings/compliance";
        // Looked at after 2011 has ended, when every period of the year is due.
        try (var after2011 = clock.travelTo(LocalDate.of(2012, 1, 10))) {
            mvc.perform(get(url).param("org", String.valueOf(village)).param("year", "2011")
                            .with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                    .andExpect(jsonPath("$[0].orgName").value("汉封村"))
                    .andExpect(jsonPath("$[0].periodsDue").value(46))
                    .andExpect(jsonPath("$[0].periodsMet").value(0))
                    .andExpect(jsonPath("$[0].missedByMonth[2]").value(5));
            mvc.perform(post("/api/v1/org-meetings").with(httpBasic("hanfeng", Fixtures.PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON).content("""
                                    {"orgId": %d, "type": "02", "heldOn": "2011-03-08", "topic": "支委会", "expected": 5,
                                     "present": 4, "absences": "李某（生病）"}""".formatted(village)))
                    .andExpect(status().isCreated());
            mvc.perform(get(url).param("org", String.valueOf(village)).param("year", "2011")
                            .with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                    .andExpect(jsonPath("$[0].periodsMet").value(1))
                    .andExpect(jsonPath("$[0].missedByMonth[2]").value(4));
        }

        long branches = jdbc.sql("""
                SELECT COUNT(*) FROM orgs o JOIN org_tree t ON t.descendant_id = o.id
                WHERE t.ancestor_id = ? AND o.org_type IN ('BRANCH', 'GENERAL_BRANCH')""")
                .param(fixtures.org("汉封乡")).query(Long.class).single();
        mvc.perform(get("/training/meetings/compliance").param("year", "2010").with(signedIn("hanfeng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("chart-heatmap")))
                .andExpect(content().string(containsString("支委会每月至少1次")))
                .andExpect(content().string(containsString("程家塬村")));
        mvc.perform(get(url).param("year", "2010").with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.length()").value((int) branches));
    }

    @Test
    void theCountyOfficerSetsTheYearsFrequenciesAndAStaleSetIsAConflict() throws Exception {
        mvc.perform(get("/training/meetings/frequencies/2012").with(signedIn("county")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("沿用的之前年度要求")));
        mvc.perform(post("/training/meetings/frequencies/2012").with(signedIn("county")).with(csrf())
                        .param("type", "01", "02").param("period", "QUARTER", "").param("minCount", "2", "1")
                        .param("token", ""))
                .andExpect(flash().attribute("notice", "已保存2012年会议频次要求"));
        mvc.perform(get("/api/v1/meeting-frequencies/2012").with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.frequencies.length()").value(1))
                .andExpect(jsonPath("$.frequencies[0].minCount").value(2))
                .andExpect(jsonPath("$.token").value("01:QUARTER:2"));
        mvc.perform(put("/api/v1/meeting-frequencies/2012").with(httpBasic("hanfeng", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"items\": [{\"type\": \"02\", \"period\": \"MONTH\", \"minCount\": 1}], \"token\": \"01:QUARTER:2\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/meeting-frequencies/2012").with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"items\": [{\"type\": \"02\", \"period\": \"MONTH\", \"minCount\": 1}], \"token\": \"\"}"))
                .andExpect(status().isConflict());
        try (var after2012 = clock.travelTo(LocalDate.of(2013, 1, 10))) {
            mvc.perform(get("/api/v1/org-meetings/compliance").param("org", String.valueOf(fixtures.org("汉封村")))
                            .param("year", "2012").with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                    .andExpect(jsonPath("$[0].periodsDue").value(4));
        }
    }

    private long meetings() {
        return jdbc.sql("SELECT COUNT(*) FROM org_meetings").query(Long.class).single();
    }

    private RequestPostProcessor signedIn(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
