package org.jiceng.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.jiceng.support.PageBrowser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * While the database cannot be reached (the pool can open no connection, as when PostgreSQL is down), a
 * signed-in user's page answers within seconds with a Chinese 「暂时无法服务」 page and the API with a 503
 * problem+json — not a long wait, a 500, a 401 or the container's English page.
 */
@JicengIntegrationTest
class DatabaseDownIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Test
    void pagesAndTheApiAnswer503WithinSecondsWhileTheDatabaseIsDown() throws Exception {
        PageBrowser browser = PageBrowser.signedIn(port, "hanfeng");
        assertThat(browser.get("/members").statusCode()).isEqualTo(200);
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        String username = pool.getUsername();
        // The database refuses every new connection and the pool's connections are closed: as when it is down.
        pool.getHikariConfigMXBean().setUsername("jiceng_nobody");
        pool.getHikariPoolMXBean().softEvictConnections();
        try {
            long start = System.nanoTime();
            HttpResponse<String> page = browser.get("/members");
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(page.body()).contains("暂时无法服务").doesNotContain("Apache Tomcat");
            assertThat(took).isLessThan(Duration.ofSeconds(10));

            HttpResponse<String> api = browser.send(HttpRequest.newBuilder(browser.uri("/api/v1/members"))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString(("hanfeng:" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .GET());
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(api.headers().firstValue("Retry-After")).isPresent();
            assertThat(api.body()).contains("暂时无法服务");
        } finally {
            pool.getHikariConfigMXBean().setUsername(username);
        }
        // Back by itself once the database is: the pool opens new connections within seconds.
        int status = 0;
        for (int i = 0; i < 200 && status != 200; i++) {
            Thread.sleep(i == 0 ? 0 : 100);
            status = browser.get("/members").statusCode();
        }
        assertThat(status).isEqualTo(200);
    }
}
