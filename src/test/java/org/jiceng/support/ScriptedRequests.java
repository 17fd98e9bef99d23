package org.jiceng.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Test requests stand for our own scripts and pages, not a cross-site form: through MockMvc they carry the header
 * the API asks of unsafe calls without a JSON body. {@code ApiCrossSiteIntegrationTests} sends raw requests without it.
 */
@TestConfiguration(proxyBeanMethods = false)
class ScriptedRequests {

    @Bean
    MockMvcBuilderCustomizer scriptedRequests() {
        return builder -> builder.defaultRequest(MockMvcRequestBuilders.get("/")
                .header("X-Requested-With", "jiceng-tests"));
    }
}
