package org.jiceng.demo;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A start-up script or load balancer polls {@code /actuator/health}: it answers 503 OUT_OF_SERVICE while the demo
 * county is loading — whenever that happens, not only before Spring Boot reports the application ready — and 200 UP
 * once it is loaded.
 */
@JicengIntegrationTest
class DemoCountyReadinessIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoCountyReadiness readiness;

    @Test
    void healthIsOutOfServiceWhileTheDemoCountyLoadsAndUpOnceLoaded() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        try {
            readiness.whileLoading(() -> {
                try {
                    mvc.perform(get("/actuator/health")).andExpect(status().isServiceUnavailable())
                            .andExpect(jsonPath("$.status").value("OUT_OF_SERVICE"));
                    mvc.perform(get("/actuator/health/readiness")).andExpect(status().isServiceUnavailable());
                    mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        } finally {
            readiness.whileLoading(() -> { });
        }
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
    }
}
