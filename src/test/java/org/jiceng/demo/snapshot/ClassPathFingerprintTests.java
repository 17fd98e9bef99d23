package org.jiceng.demo.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassPathFingerprintTests {

    @Test
    void aChangedClassOrMigrationTakesANewSnapshotAndTheSnapshotItselfDoesNot(@TempDir Path dir) throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Path snapshot = Files.createDirectories(classes.resolve("demo"));
        Path migration = Files.createDirectories(classes.resolve("db/migration")).resolve("V1__orgs.sql");
        Files.writeString(migration, "CREATE TABLE orgs (id BIGINT)");
        Path jar = Files.writeString(dir.resolve("h2.jar"), "jar");
        String classPath = classes + File.pathSeparator + jar;

        String before = ClassPathFingerprint.of(classPath, snapshot);
        Files.writeString(snapshot.resolve("jiceng-demo.mv.db"), "database");
        assertThat(ClassPathFingerprint.of(classPath, snapshot)).isEqualTo(before);

        Files.writeString(migration, "CREATE TABLE orgs (id BIGINT, name VARCHAR(80))");
        assertThat(ClassPathFingerprint.of(classPath, snapshot)).isNotEqualTo(before);

        Files.writeString(migration, "CREATE TABLE orgs (id BIGINT)");
        assertThat(ClassPathFingerprint.of(classPath, snapshot)).isEqualTo(before);
        Files.writeString(jar, "another jar");
        assertThat(ClassPathFingerprint.of(classPath, snapshot)).isNotEqualTo(before);
    }
}
