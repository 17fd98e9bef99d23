package org.jiceng.demo.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The README's first command on a fresh machine, as a newcomer runs it: the built jar, in an empty directory, on the
 * embedded default. The first start takes the demo county from the build's snapshot instead of loading it, and serves
 * the seed's county: the county officer signs in with the demo password and sees 中共凤翔县委 with its four townships.
 * A restart finds its database there and leaves it as it is.
 */
class DemoSnapshotIntegrationTests {

    static final Path JAR = Path.of("target/jiceng.jar");
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final ObjectMapper json = new ObjectMapper();

    @Test
    void aFirstStartServesTheDemoCountyFromTheBuildsSnapshotAndARestartKeepsItsDatabase(@TempDir Path directory)
            throws Exception {
        assertThat(JAR).as("the jar of `mvnw package`, which integration tests follow").exists();
        int port = freePort();

        String first = run(directory, port, "first.log", () -> {
            JsonNode roots = getJson(port, "/api/v1/orgs");
            assertThat(roots).hasSize(1);
            assertThat(roots.get(0).get("name").asString()).isEqualTo("中共凤翔县委");
            JsonNode townships = getJson(port, "/api/v1/orgs?parent=" + roots.get(0).get("id").asLong());
            assertThat(townships.valueStream().map(t -> t.get("shortName").asString()))
                    .containsExactly("范家寨乡", "郭店镇", "汉封乡", "南指挥镇");
        });
        assertThat(first).contains("Restored the demo county from the build's snapshot (loaded on 2010-05-05")
                .doesNotContain("Loaded the demo county");
        Path database = directory.resolve("data/jiceng.mv.db");
        assertThat(database).exists();

        String restart = run(directory, port, "restart.log",
                () -> assertThat(getJson(port, "/api/v1/orgs").get(0).get("name").asString()).isEqualTo("中共凤翔县委"));
        assertThat(restart).doesNotContain("Restored the demo county").doesNotContain("Loaded the demo county");
    }

    /** Starts the jar in the directory, waits until health is UP, checks, stops it; returns its log. */
    private String run(Path directory, int port, String logName, Check check) throws Exception {
        Path log = directory.resolve(logName);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process app = new ProcessBuilder(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar",
                JAR.toAbsolutePath().toString(), "--server.port=" + port))
                .directory(directory.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            awaitHealth(app, port, log);
            check.run();
        } finally {
            app.destroy();
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor();
            }
        }
        return Files.readString(log);
    }

    private void awaitHealth(Process app, int port, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                fail("The jar stopped with " + app.exitValue() + ":\n" + Files.readString(log));
            }
            try {
                if (get(port, "/actuator/health").statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // Tomcat is not up yet.
            }
            Thread.sleep(100);
        }
        fail("The jar was not healthy within 3 minutes:\n" + Files.readString(log));
    }

    private JsonNode getJson(int port, String path) throws Exception {
        HttpResponse<String> response = get(port, path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString("county:Jiceng@2010".getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @FunctionalInterface
    interface Check {
        void run() throws Exception;
    }
}
