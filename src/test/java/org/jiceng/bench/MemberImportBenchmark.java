package org.jiceng.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.jiceng.JicengApplication;
import org.jiceng.organization.ImportSheets;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Load driver (not a test): starts Jiceng on a fresh database with the demo county, generates a valid 15,000-row
 * member sheet for 汉封乡's branches, and times upload → validated → committed through the API while sampling the
 * heap. Run on H2 and PostgreSQL as described in the report (see {@code main}'s arguments):
 * <pre>
 * ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx256m -XX:+UseSerialGC -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *      org.jiceng.bench.MemberImportBenchmark h2                       # or: pg jdbc:postgresql://localhost:5432/DB
 * </pre>
 */
public final class MemberImportBenchmark {

    static final int ROWS = 15_000;

    public static void main(String[] args) throws Exception {
        boolean pg = args.length > 0 && args[0].equals("pg");
        String url = pg ? args[1] : "jdbc:h2:file:/tmp/jiceng-bench/h2-" + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        var app = new SpringApplication(JicengApplication.class);
        // The benchmark always starts from an empty schema (not a component: tests scan this package).
        app.addInitializers(context -> ((GenericApplicationContext) context).registerBean(
                FlywayMigrationStrategy.class, () -> flyway -> {
                    flyway.clean();
                    flyway.migrate();
                }));
        ConfigurableApplicationContext context = app.run("--server.port=8182", "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + (pg ? "postgres" : "sa"), "--jiceng.demo.mode=always",
                "--spring.flyway.clean-disabled=false", "--logging.level.root=WARN");
        try {
            run(context.getBean(JdbcClient.class), pg ? "PostgreSQL" : "H2");
        } finally {
            context.close();
        }
    }

    static void run(JdbcClient jdbc, String database) throws Exception {
        long township = jdbc.sql("SELECT id FROM orgs WHERE short_name = '汉封乡'").query(Long.class).single();
        List<String> branches = jdbc.sql("SELECT short_name FROM orgs WHERE parent_id = ? AND org_type IN ('BRANCH', 'GENERAL_BRANCH')")
                .param(township).query(String.class).list();
        List<List<Object>> rows = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            rows.add(ImportSheets.member("导入党员" + i, 1000 + i, branches.get(i % branches.size())));
        }
        byte[] file = ImportSheets.xlsx(rows);
        rows = null;
        System.gc();
        HeapSampler heap = new HeapSampler();
        heap.start();
        long before = jdbc.sql("SELECT COUNT(*) FROM people").query(Long.class).single();

        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        String created = send(multipart("/api/v1/member-imports?org=" + township, file));
        long id = Long.parseLong(created.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
        long t1 = System.nanoTime();
        String status;
        do {
            Thread.sleep(250); // each poll costs a bcrypt check (HTTP Basic): poll gently
            status = send(request("/api/v1/member-imports/" + id).GET().build());
        } while (status.contains("\"VALIDATING\""));
        long t2 = System.nanoTime();
        if (!status.contains("\"VALID\"")) {
            throw new IllegalStateException("not valid: " + status);
        }
        send(request("/api/v1/member-imports/" + id + "/commit").POST(HttpRequest.BodyPublishers.noBody()).build());
        long t3 = System.nanoTime();
        long cpu = os.getProcessCpuTime() - cpu0;
        heap.interrupt();
        long added = jdbc.sql("SELECT COUNT(*) FROM people").query(Long.class).single() - before;

        System.out.printf("%n== Member import benchmark on %s: %d rows, file %.1f KB ==%n", database, ROWS, file.length / 1024.0);
        System.out.printf("upload accepted (format + columns checked): %6d ms%n", (t1 - t0) / 1_000_000);
        System.out.printf("rows validated and staged:                 %6d ms%n", (t2 - t1) / 1_000_000);
        System.out.printf("committed (%d members added):           %6d ms%n", added, (t3 - t2) / 1_000_000);
        System.out.printf("upload -> committed:                       %6d ms%n", (t3 - t0) / 1_000_000);
        System.out.printf("process CPU time upload -> committed:       %6d ms (system load average %.1f on %d cores)%n",
                cpu / 1_000_000, os.getSystemLoadAverage(), os.getAvailableProcessors());
        System.out.printf("heap used: before %d MB, peak %d MB; live after GC: peak %d MB (max heap %d MB)%n",
                heap.baseline / 1_048_576, heap.peak.get() / 1_048_576, heap.peakLive.get() / 1_048_576,
                Runtime.getRuntime().maxMemory() / 1_048_576);
    }

    static HttpRequest multipart(String path, byte[] file) {
        String boundary = "jiceng" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.xlsx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, file, tail))).build();
    }

    static HttpRequest.Builder request(String path) {
        String auth = Base64.getEncoder().encodeToString("hanfeng:Jiceng@2010".getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:8182" + path)).header("Authorization", "Basic " + auth);
    }

    static String send(HttpRequest request) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    /** Samples used heap every 20 ms. */
    static final class HeapSampler extends Thread {
        final long baseline = used();
        final AtomicLong peak = new AtomicLong(baseline);
        final AtomicLong peakLive = new AtomicLong();

        HeapSampler() {
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                peak.accumulateAndGet(used(), Math::max);
                peakLive.accumulateAndGet(liveAfterGc(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        /** What the heap held after the last collection, summed over its pools: the memory really in use. */
        static long liveAfterGc() {
            return ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP && p.getCollectionUsage() != null)
                    .mapToLong(p -> p.getCollectionUsage().getUsed()).sum();
        }

        static long used() {
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }
    }
}
