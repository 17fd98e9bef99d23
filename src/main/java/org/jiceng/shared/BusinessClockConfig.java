package org.jiceng.shared;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the business date: {@code jiceng.business-date} when set (a date, or {@code real}); otherwise the demo
 * county's date ({@code jiceng.demo.date}, 2010-05-05) wherever the demo county is loaded — always with
 * {@code jiceng.demo.mode=always}, on the embedded H2 default with {@code auto} — and the real date elsewhere.
 */
@Configuration(proxyBeanMethods = false)
class BusinessClockConfig {

    @Bean
    BusinessClock businessClock(@Value("${jiceng.business-date:}") String businessDate,
                                @Value("${jiceng.demo.date:2010-05-05}") LocalDate demoDate,
                                @Value("${jiceng.demo.mode:auto}") String demoMode,
                                @Value("${spring.datasource.url:}") String url) {
        Clock real = Clock.systemDefaultZone();
        if ("real".equals(businessDate)) {
            return BusinessClock.real(real);
        }
        if (!businessDate.isBlank()) {
            return BusinessClock.on(LocalDate.parse(businessDate.strip()), real);
        }
        boolean demo = "always".equals(demoMode) || ("auto".equals(demoMode) && url.startsWith("jdbc:h2:"));
        return demo ? BusinessClock.on(demoDate, real) : BusinessClock.real(real);
    }
}
