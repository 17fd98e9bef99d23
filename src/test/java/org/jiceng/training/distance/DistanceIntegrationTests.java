package org.jiceng.training.distance;

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

/** Distance-education sites: registering a site, logging playbacks, and the months that meet the county's minimums. */
@JicengIntegrationTest
class DistanceIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void aSecretaryRegistersASiteLogsPlaybacksAndSeesTheMonthMeetTheMinimums() throws Exception {
        long village = fixtures.org("程家塬村");
        String json = mvc.perform(post("/api/v1/distance-sites").with(httpBasic("chengjiayuan", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"orgId\": %d, \"name\": \"程家塬村第二站点\", \"administrator\": \"王会计\"}".formatted(village)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long site = ((Number) com.jayway.jsonpath.JsonPath.read(json, "$.id")).longValue();
        String url = "/api/v1/distance-sites/" + site + "/playbacks";
        for (String day : new String[] {"2010-03-04", "2010-03-18"}) {
            mvc.perform(post(url).with(httpBasic("chengjiayuan", Fixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"playedOn\": \"%s\", \"hours\": 10, \"programme\": \"果树管理\", \"attendees\": 25}".formatted(day)))
                    .andExpect(status().isCreated());
        }
        mvc.perform(post(url).with(httpBasic("chengjiayuan", Fixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"playedOn\": \"2010-04-04\", \"hours\": 3, \"programme\": \"政策\", \"attendees\": 12}"))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/distance-sites/" + site).param("year", "2010").with(httpBasic("chengjiayuan", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.site.playbacks").value(3))
                .andExpect(jsonPath("$.months[2].met").value(true))
                .andExpect(jsonPath("$.months[3].met").value(false))
                .andExpect(jsonPath("$.months[3].hours").value(3.0));
        mvc.perform(get("/training/sites/" + site).param("year", "2010").with(user(accounts.loadUserByUsername("hanfeng"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("程家塬村第二站点")))
                .andExpect(content().string(containsString("果树管理")));
        mvc.perform(get("/training/sites").param("year", "2010").with(user(accounts.loadUserByUsername("hanfeng"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("程家塬村远程教育站点")))
                .andExpect(content().string(containsString("程家塬村第二站点")));
        assertThat(jdbc.sql("SELECT action FROM audit_entries WHERE object_type = 'DISTANCE_SITE' AND object_id = ? ORDER BY id")
                .param(site).query(String.class).list()).containsExactly("CREATE", "PLAYBACK_ADD", "PLAYBACK_ADD", "PLAYBACK_ADD");
    }

    @Test
    void futureDatesBadHoursAndSitesOutsideABranchAreRefused() throws Exception {
        long site = jdbc.sql("SELECT s.id FROM distance_sites s JOIN orgs o ON o.id = s.org_id WHERE o.short_name = '关村村'")
                .query(Long.class).list().get(0);
        long before = jdbc.sql("SELECT COUNT(*) FROM distance_playbacks").query(Long.class).single();
        mvc.perform(post("/api/v1/distance-sites/" + site + "/playbacks").with(httpBasic("hanfeng", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"playedOn\": \"2999-01-01\", \"hours\": 2, \"programme\": \"x\", \"attendees\": 1}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("日期不能晚于今天")));
        mvc.perform(post("/training/sites/" + site + "/playbacks").with(user(accounts.loadUserByUsername("hanfeng"))).with(csrf())
                        .param("playedOn", "2010-05-01").param("hours", "30").param("programme", "党课").param("attendees", "-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("一次不超过12小时")))
                .andExpect(content().string(containsString("人数不能为负")));
        mvc.perform(post("/api/v1/distance-sites").with(httpBasic("hanfeng", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"orgId\": %d, \"name\": \"乡站点\"}".formatted(fixtures.org("汉封乡"))))
                .andExpect(status().isUnprocessableContent());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM distance_playbacks").query(Long.class).single()).isEqualTo(before);
        mvc.perform(get("/api/v1/distance-sites").param("year", "2010").with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.length()").value((int) (long) jdbc.sql("""
                        SELECT COUNT(*) FROM distance_sites s JOIN org_tree t ON t.descendant_id = s.org_id
                        WHERE t.ancestor_id = ?""").param(fixtures.org("汉封乡")).query(Long.class).single()));
    }
}
