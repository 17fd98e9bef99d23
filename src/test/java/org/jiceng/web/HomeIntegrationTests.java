package org.jiceng.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The home page of the three administrators: their duty and their menu, no register figures (三员分立). */
@JicengIntegrationTest
class HomeIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void administratorsSeeTheirDutyAndNoMemberFigures() throws Exception {
        Map<String, String> duties = Map.of("sysadmin", "/admin/code-lists", "security", "/admin/accounts",
                "auditor", "/audit");
        for (var duty : duties.entrySet()) {
            mvc.perform(get("/").with(user(users.loadUserByUsername(duty.getKey()))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("按照三员分立要求，您无权查看党员信息")))
                    .andExpect(content().string(containsString("href=\"" + duty.getValue() + "\"")))
                    .andExpect(content().string(not(containsString("id=\"member-count\""))))
                    .andExpect(content().string(not(containsString("href=\"/members\""))));
        }
    }

    @Test
    void countyOfficerStillSeesTheRegisterFigures() throws Exception {
        mvc.perform(get("/").with(user(users.loadUserByUsername("county"))))
                .andExpect(content().string(containsString("id=\"member-count\"")))
                .andExpect(content().string(not(containsString("href=\"/admin/accounts\""))));
    }
}
