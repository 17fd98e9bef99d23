package org.jiceng.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.h2.tools.RunScript;
import org.h2.tools.Script;
import org.jiceng.support.JicengIntegrationTest;
import org.jiceng.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The backup and restore commands of docs/security.md, run on the test database (demo county and fixtures): the
 * restored copy holds every table with the same rows, and the audit log's hash chain comes back unchanged. (Sessions
 * are left out of the comparison: the session cleanup may run in between.)
 */
@JicengIntegrationTest
class BackupRestoreIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment environment;

    @TempDir
    Path dir;

    @Test
    void aBackupRestoresEveryTableAndTheAuditChain() throws Exception {
        if (TestDatabase.isPostgres()) {
            postgresDumpAndRestore();
        } else {
            h2ScriptAndRunScript();
        }
    }

    private void h2ScriptAndRunScript() throws Exception {
        String url = environment.getProperty("spring.datasource.url");
        String backup = dir.resolve("jiceng-backup.zip").toString();
        Script.main("-url", url, "-user", "sa", "-script", backup, "-options", "compression", "zip");
        String restored = "jdbc:h2:mem:restored-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        RunScript.main("-url", restored, "-user", "sa", "-script", backup, "-options", "compression", "zip");
        try (Connection copy = DriverManager.getConnection(restored, "sa", "")) {
            assertSameContent(JdbcClient.create(new SingleConnectionDataSource(copy, true)));
        }
    }

    private void postgresDumpAndRestore() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/pg_dump")) || onPath("pg_dump"), "pg_dump installed");
        String url = TestDatabase.postgresUrl(); // jdbc:postgresql://host:port/db
        String database = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        String hostPort = url.substring("jdbc:postgresql://".length(), url.lastIndexOf('/'));
        String host = hostPort.split(":")[0];
        String port = hostPort.contains(":") ? hostPort.split(":")[1] : "5432";
        String user = System.getenv().getOrDefault("JICENG_TEST_POSTGRES_USER", "postgres");
        String copyName = database + "_restored";
        Path dump = dir.resolve("jiceng.dump");
        run("pg_dump", "-h", host, "-p", port, "-U", user, "-Fc", "-f", dump.toString(), database);
        run("dropdb", "-h", host, "-p", port, "-U", user, "--if-exists", copyName);
        run("createdb", "-h", host, "-p", port, "-U", user, copyName);
        try {
            run("pg_restore", "-h", host, "-p", port, "-U", user, "--no-owner", "-d", copyName, dump.toString());
            try (Connection copy = DriverManager.getConnection(url.replace("/" + database, "/" + copyName), user,
                    System.getenv().getOrDefault("JICENG_TEST_POSTGRES_PASSWORD", ""))) {
                assertSameContent(JdbcClient.create(new SingleConnectionDataSource(copy, true)));
            }
        } finally {
            run("dropdb", "-h", host, "-p", port, "-U", user, "--if-exists", copyName);
        }
    }

    private void assertSameContent(JdbcClient copy) {
        assertThat(counts(copy)).isEqualTo(counts(jdbc)).containsKeys("people", "audit_entries", "flyway_schema_history");
        String chain = "SELECT entry_hash FROM audit_entries ORDER BY chain_seq";
        assertThat(copy.sql(chain).query(String.class).list()).isEqualTo(jdbc.sql(chain).query(String.class).list());
        String head = "SELECT last_hash FROM audit_chain";
        assertThat(copy.sql(head).query(String.class).single()).isEqualTo(jdbc.sql(head).query(String.class).single());
    }

    private static Map<String, Long> counts(JdbcClient db) {
        List<String> tables = db.sql("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = 'public' AND table_type IN ('BASE TABLE', 'TABLE')
                  AND LOWER(table_name) NOT LIKE 'spring_session%' ORDER BY table_name""")
                .query(String.class).list();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables) {
            counts.put(table.toLowerCase(), db.sql("SELECT COUNT(*) FROM \"" + table + "\"").query(Long.class).single());
        }
        return counts;
    }

    private static boolean onPath(String command) {
        return java.util.Arrays.stream(System.getenv("PATH").split(":")).anyMatch(p -> Files.isExecutable(Path.of(p, command)));
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
    }
}
