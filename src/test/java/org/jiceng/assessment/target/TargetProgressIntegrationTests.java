package org.jiceng.assessment.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.jiceng.support.Json;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** A target's progress is kept between requests, and a change of the target shows at once. */
@JicengIntegrationTest
class TargetProgressIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aChangedTargetShowsItsNewStandingOnTheNextRead() throws Exception {
        JsonNode before = fiveGood();
        BigDecimal value = before.get("target").get("value").decimalValue();
        assertThat(fiveGood().get("target").get("value").decimalValue()).as("read again, unchanged")
                .isEqualByComparingTo(value);
        // Other tests may open campaigns meanwhile, so the villages reached are read, not assumed.
        BigDecimal raisedTo = BigDecimal.valueOf(before.get("reached").asInt() + 1);
        JsonNode raised = change(before.get("target"), raisedTo);
        try {
            JsonNode after = fiveGood();
            assertThat(after.get("target").get("value").decimalValue()).isEqualByComparingTo(raisedTo);
            assertThat(after.get("target").get("version").asLong()).isEqualTo(raised.get("version").asLong());
            assertThat(after.get("met").asBoolean()).as("one village more than reached")
                    .isEqualTo(after.get("reached").asInt() >= raisedTo.intValue());
        } finally {
            change(raised, value);
        }
        assertThat(fiveGood().get("target").get("value").decimalValue()).isEqualByComparingTo(value);
    }

    /** 范家寨乡's 2010 target of three “五个好” branches, as its officer reads it through the API. */
    private JsonNode fiveGood() throws Exception {
        JsonNode all = Json.parse(mvc.perform(get("/api/v1/targets").param("year", "2010")
                        .with(httpBasic("fanjiazhai", Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        for (JsonNode p : all) {
            if ("COUNT".equals(p.get("target").get("kind").asString())) {
                return p;
            }
        }
        throw new AssertionError("no COUNT target in " + all);
    }

    private JsonNode change(JsonNode target, BigDecimal value) throws Exception {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("orgId", target.get("orgId").asLong());
        form.put("year", target.get("year").asInt());
        form.put("kind", target.get("kind").asString());
        form.put("family", target.get("family").asString());
        form.put("grade", target.get("grade").asString());
        form.put("value", value);
        form.put("version", target.get("version").asLong());
        return Json.parse(mvc.perform(put("/api/v1/targets/" + target.get("id").asLong())
                        .contentType(MediaType.APPLICATION_JSON).content(Json.of(form))
                        .with(httpBasic("fanjiazhai", Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
