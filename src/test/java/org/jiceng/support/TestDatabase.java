package org.jiceng.support;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the test context at the database of this test run: H2 in memory ({@code -Djiceng.test.database=h2}, the
 * default) or the PostgreSQL named by {@code JICENG_TEST_POSTGRES_URL} ({@code -Djiceng.test.database=postgres}).
 * Failsafe runs every integration test once per database, and browser tests on H2 only (see pom.xml).
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String POSTGRES_URL = "JICENG_TEST_POSTGRES_URL";

    public static boolean isPostgres() {
        return "postgres".equals(System.getProperty("jiceng.test.database", "h2"));
    }

    public static String postgresUrl() {
        String url = System.getenv(POSTGRES_URL);
        return url == null || url.isBlank() ? null : url.trim();
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> props = new HashMap<>();
        if (isPostgres()) {
            props.put("spring.datasource.url", postgresUrl());
            props.put("spring.datasource.username", env("JICENG_TEST_POSTGRES_USER", "postgres"));
            props.put("spring.datasource.password", env("JICENG_TEST_POSTGRES_PASSWORD", ""));
        } else {
            props.put("spring.datasource.url", "jdbc:h2:mem:jiceng-" + UUID.randomUUID()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            props.put("spring.datasource.username", "sa");
            props.put("spring.datasource.password", "");
        }
        // Every run starts from an empty schema, then the demo county and the fixtures are loaded.
        props.put("spring.flyway.clean-disabled", "false");
        props.put("jiceng.demo.mode", "always");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("jicengTestDatabase", props));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
