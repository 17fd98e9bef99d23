package org.jiceng.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default (the H2 file database of application.properties) keeps every acknowledged write through
 * {@code kill -9}: a child JVM commits rows one by one on the configured URL and is killed while writing; after the
 * restart every row whose commit had returned is there.
 */
class EmbeddedDatabaseDurabilityTests {

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedWriteSurvivesKillMinusNine() throws Exception {
        String url = configuredUrl().replace("./data/jiceng", dir.resolve("jiceng").toString());
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AcknowledgedWriter.class.getName(), url)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        AtomicInteger acknowledged = new AtomicInteger();
        Thread reader = new Thread(() -> readAcknowledged(writer.getInputStream(), acknowledged));
        reader.start();
        long deadline = System.currentTimeMillis() + 30_000;
        while (acknowledged.get() < 300 && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        writer.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no close of the database
        writer.waitFor();
        reader.join();
        assertThat(acknowledged.get()).as("rows acknowledged before the kill").isGreaterThanOrEqualTo(300);
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*), COALESCE(MAX(n), 0) FROM acknowledged")) {
            rs.next();
            assertThat(rs.getInt(2)).as("highest row after restart").isGreaterThanOrEqualTo(acknowledged.get());
            assertThat(rs.getInt(1)).as("rows after restart").isEqualTo(rs.getInt(2));
        }
    }

    private static void readAcknowledged(InputStream out, AtomicInteger acknowledged) {
        try (var lines = new BufferedReader(new InputStreamReader(out, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                acknowledged.set(Integer.parseInt(line.trim()));
            }
        } catch (Exception killed) {
            // the pipe ends with the process
        }
    }

    static String configuredUrl() throws Exception {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        return properties.getProperty("spring.datasource.url");
    }
}
