package org.jiceng.training.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;

import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.jiceng.support.Json;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The hours report's totals are its branches' sums (the report no longer counts them on its own), and the branches'
 * figures, kept between requests, follow a session recorded in the county at once.
 */
@JicengIntegrationTest
class HoursTotalsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Test
    void theMembersAndThoseBehindAddUpToTheBranchesFigures() throws Exception {
        long hanfeng = fixtures.org("汉封乡");
        JsonNode branches = read("/api/v1/training-hours/branches?year=2010&org=" + hanfeng);
        long members = 0;
        long behind = 0;
        for (JsonNode b : branches) {
            members += b.get("members").asLong();
            behind += b.get("members").asLong() - b.get("reached").asLong();
        }
        assertThat(members).isGreaterThan(behind).isGreaterThan(0);
        assertThat(rowsAndTotal(hanfeng, false)).containsExactly(members, members);
        assertThat(rowsAndTotal(hanfeng, true)).containsExactly(behind, behind);
    }

    @Test
    void aSessionRecordedShowsInTheBranchesFiguresAtOnce() throws Exception {
        long hanfeng = fixtures.org("汉封乡");
        long village = fixtures.org("汉封村");
        JsonNode before = read("/api/v1/training-hours/branches?year=2010&org=" + village).get(0);
        JsonNode behindNow = read("/api/v1/training-hours?year=2010&behind=true&size=1&org=" + village).get("items").get(0);
        BigDecimal missing = behindNow.get("required").decimalValue().subtract(behindNow.get("hours").decimalValue());

        JsonNode session = Json.parse(mvc.perform(post("/api/v1/training-sessions")
                        .with(httpBasic("hanfeng", Fixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"orgId": %d, "topic": "党员集中轮训补课", "category": "01", "mode": "01",
                                 "startDate": "2010-04-28", "endDate": "2010-04-30", "hours": %s}"""
                                .formatted(hanfeng, missing.toPlainString())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        mvc.perform(post("/api/v1/training-sessions/" + session.get("id").asLong() + "/attendance")
                        .with(httpBasic("hanfeng", Fixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personIds\": [" + behindNow.get("personId").asLong() + "], \"attended\": true}"))
                .andExpect(status().is2xxSuccessful());

        JsonNode after = read("/api/v1/training-hours/branches?year=2010&org=" + village).get(0);
        assertThat(after.get("members").asInt()).isEqualTo(before.get("members").asInt());
        assertThat(after.get("reached").asInt()).as("the member reached the requirement")
                .isEqualTo(before.get("reached").asInt() + 1);
    }

    /** Every row of the member list, page by page, and the total the list states. */
    private long[] rowsAndTotal(long org, boolean behind) throws Exception {
        long rows = 0;
        long total = -1;
        for (int page = 1; total < 0 || rows < total; page++) {
            JsonNode result = read("/api/v1/training-hours?year=2010&size=200&page=" + page + "&behind=" + behind
                    + "&org=" + org);
            total = result.get("total").asLong();
            if (result.get("items").isEmpty()) {
                break;
            }
            rows += result.get("items").size();
        }
        return new long[] {rows, total};
    }

    private JsonNode read(String url) throws Exception {
        return Json.parse(mvc.perform(get(url).with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
