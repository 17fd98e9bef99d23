package org.jiceng.demo.snapshot;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Properties;

import org.jiceng.JicengApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Run by the build (exec-maven-plugin, phase process-classes) with the runtime class path: starts Jiceng on an empty
 * H2 file of the embedded default's settings, lets the demo county load through the product's own loader, compacts the
 * file and writes it with its descriptor into the given directory (target/classes/demo), from where it goes into the
 * jar. Skipped when the class path has not changed since the last snapshot ({@link ClassPathFingerprint}).
 * Usage: {@code DemoSnapshotBuilder OUTPUT_DIRECTORY}
 */
public final class DemoSnapshotBuilder {

    private DemoSnapshotBuilder() {
    }

    public static void main(String[] args) {
        try {
            build(Path.of(args[0]));
        } catch (Exception | Error e) {
            // The build must stop here, not hang on a thread the failed start left behind.
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void build(Path directory) throws Exception {
        Path output = directory.toAbsolutePath();
        Path descriptorFile = output.resolve(Path.of(DemoSnapshot.DESCRIPTOR).getFileName());
        String fingerprint = ClassPathFingerprint.of(System.getProperty("java.class.path"), output);
        if (Files.exists(output.resolve(Path.of(DemoSnapshot.RESOURCE).getFileName())) && Files.exists(descriptorFile)
                && fingerprint.equals(DemoSnapshotRestore.load(new FileSystemResource(descriptorFile))
                        .getProperty("fingerprint"))) {
            System.out.println("Demo county snapshot is up to date: " + output);
            return;
        }
        long started = System.nanoTime();
        Path work = Files.createTempDirectory("jiceng-demo-snapshot");
        try {
            String url = DemoSnapshot.withFile(defaultUrl(), work.resolve("jiceng"));
            LocalDate date;
            long orgs;
            try (var context = new SpringApplication(JicengApplication.class).run("--spring.datasource.url=" + url,
                    "--server.port=0", "--jiceng.demo.mode=always", "--jiceng.demo.snapshot=false",
                    "--jiceng.business-date=", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                    "--logging.level.org.jiceng.demo=INFO")) {
                date = LocalDate.now(context.getBean(Clock.class));
                orgs = context.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM orgs", Long.class);
            }
            if (orgs == 0) {
                throw new IllegalStateException("The demo county was not loaded");
            }
            compact(url);
            Files.createDirectories(output);
            Path file = output.resolve(Path.of(DemoSnapshot.RESOURCE).getFileName());
            Files.copy(work.resolve("jiceng.mv.db"), file, StandardCopyOption.REPLACE_EXISTING);
            var descriptor = new Properties();
            descriptor.setProperty("date", date.toString());
            descriptor.setProperty("fingerprint", fingerprint);
            try (OutputStream out = Files.newOutputStream(descriptorFile)) {
                descriptor.store(out, "The demo county's database, loaded by the build (DemoSnapshotBuilder)");
            }
            System.out.printf("Demo county snapshot (%d orgs, on %s): %s, %d MB, in %d s%n", orgs, date, file,
                    Files.size(file) / 1_000_000, (System.nanoTime() - started) / 1_000_000_000);
        } finally {
            FileSystemUtils.deleteRecursively(work);
        }
    }

    /** The embedded default's URL, as application.properties gives it. */
    private static String defaultUrl() {
        return DemoSnapshotRestore.load(new ClassPathResource("application.properties"))
                .getProperty("spring.datasource.url");
    }

    /** Rewrites the file without its free pages: the jar and every first start copy less. */
    private static void compact(String url) throws SQLException {
        try (var connection = DriverManager.getConnection(url, "sa", "");
             var statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        }
    }

}
