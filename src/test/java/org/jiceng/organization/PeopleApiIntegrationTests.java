package org.jiceng.organization;

import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@JicengIntegrationTest
class PeopleApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Test
    void townshipOfficerSearchesMembersAcrossTheTownshipSubtree() throws Exception {
        mvc.perform(get("/api/v1/members").param("org", String.valueOf(fixtures.org("汉封乡")))
                        .with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total", greaterThan(100)))
                .andExpect(jsonPath("$.items[0].parentOrgName").value("汉封乡"));
    }

    @Test
    void memberOfAnotherCountyIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/members/" + fixtures.outsidePerson).with(httpBasic("county", Fixtures.PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
    }
}
