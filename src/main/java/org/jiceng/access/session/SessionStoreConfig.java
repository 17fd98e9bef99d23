package org.jiceng.access.session;

import java.time.Duration;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Puts {@link LazyTouchSessionRepository} in front of the JDBC session store Spring Boot configures, so the session
 * filter writes the session row only when something in it changed ({@code jiceng.session.touch-interval}, 60 s).
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfig {

    @Bean
    static BeanPostProcessor lazyTouchSessions(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof JdbcIndexedSessionRepository store) {
                    Duration interval = DurationStyle.detectAndParse(
                            environment.getProperty("jiceng.session.touch-interval", "60s"));
                    return new LazyTouchSessionRepository(store, interval);
                }
                return bean;
            }
        };
    }
}
