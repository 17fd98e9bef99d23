package org.jiceng.training.plan;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Training plans and the 素质提升 dashboard: the seed's 范家寨乡 plan against the sessions held. */
@JicengIntegrationTest
class PlanIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    UserDetailsService accounts;

    @Test
    void theDashboardSetsTheSeedsPlanAgainstTheSessionsHeld() throws Exception {
        long fanjiazhai = fixtures.org("范家寨乡");
        mvc.perform(get("/api/v1/training-dashboard").param("org", String.valueOf(fanjiazhai)).param("year", "2010")
                        .with(httpBasic("fanjiazhai", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.quarters.length()").value(4))
                .andExpect(jsonPath("$.quarters[0].plannedSessions").value(3))
                .andExpect(jsonPath("$.quarters[0].plannedHeadcount").value(800))
                .andExpect(jsonPath("$.members").isNumber())
                .andExpect(jsonPath("$.meetingPeriodsDue").isNumber());
        mvc.perform(get("/training").param("year", "2010").with(user(accounts.loadUserByUsername("fanjiazhai"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<span id=\"planned-sessions\">9</span>")))
                .andExpect(content().string(containsString("<span id=\"planned-headcount\">2420</span>")))
                .andExpect(content().string(containsString("<span id=\"held-sessions\">5</span>")));
    }

    @Test
    void theTownshipOfficerPlansTheYearAndAStalePlanIsAConflict() throws Exception {
        long hanfeng = fixtures.org("汉封乡");
        mvc.perform(post("/orgs/" + hanfeng + "/training-plans/2011").with(user(accounts.loadUserByUsername("hanfeng")))
                        .with(csrf()).param("token", "")
                        .param("category", "01", "03", "").param("quarter", "1", "2", "1")
                        .param("sessions", "2", "3", "0").param("headcount", "120", "300", "0"))
                .andExpect(redirectedUrl("/training?org=" + hanfeng + "&year=2011"));
        mvc.perform(get("/api/v1/orgs/" + hanfeng + "/training-plans/2011").with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.token").value("01:1:2:120,03:2:3:300"));
        mvc.perform(put("/api/v1/orgs/" + hanfeng + "/training-plans/2011").with(httpBasic("hanfeng", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"items\": [{\"category\": \"01\", \"quarter\": 1, \"sessions\": 1, \"headcount\": 10}], \"token\": \"\"}"))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/orgs/" + hanfeng + "/training-plans/2011").with(httpBasic("hanfeng", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"items\": [{\"category\": \"01\", \"quarter\": 5, \"sessions\": -1, \"headcount\": 10}], \"token\": \"\"}"))
                .andExpect(status().is4xxClientError());
        mvc.perform(put("/api/v1/orgs/" + hanfeng + "/training-plans/2011").with(httpBasic("chengjiayuan", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"items\": [], \"token\": \"01:1:2:120,03:2:3:300\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/orgs/" + fixtures.org("程家塬村") + "/training-plans/2011")
                        .with(httpBasic("chengjiayuan", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"items\": [], \"token\": \"\"}"))
                .andExpect(status().isForbidden());
    }
}
