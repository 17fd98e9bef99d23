package org.jiceng.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A request caught while the application is starting or stopping (not ready) gets 503 暂时无法服务 — problem+json on
 * the API, a Chinese page otherwise — never a half-loaded county, a 404 or an HTML 500; the health check still answers,
 * and once ready everything is served again.
 */
@JicengIntegrationTest
class NotReadyYetIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService accounts;

    @Test
    void requestsWhileNotReadyGetAnHonest503AndTheHealthCheckStillAnswers() throws Exception {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            mvc.perform(get("/api/v1/members").with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                    .andExpect(status().isServiceUnavailable()).andExpect(header().exists("Retry-After"))
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.title").value("暂时无法服务"))
                    .andExpect(jsonPath("$.detail").value(containsString("正在启动")));
            mvc.perform(get("/").with(user(accounts.loadUserByUsername("hanfeng"))))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(content().string(containsString("系统正在启动或维护")));
            mvc.perform(get("/actuator/health"))
                    .andExpect(content().string(not(containsString("正在启动"))));
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        mvc.perform(get("/api/v1/members").with(httpBasic("hanfeng", Fixtures.PASSWORD))).andExpect(status().isOk());
    }
}
