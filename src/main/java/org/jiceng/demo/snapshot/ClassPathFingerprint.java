package org.jiceng.demo.snapshot;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the demo county's snapshot was built from: every file under the class path's directories (their paths and
 * contents, but not the snapshot's own directory) and every jar's path, size and time. The same fingerprint means the
 * same classes, migrations and demo data, so a build that changed none of them keeps its snapshot.
 */
final class ClassPathFingerprint {

    private ClassPathFingerprint() {
    }

    static String of(String classPath, Path excluded) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String entry : classPath.split(File.pathSeparator)) {
                Path path = Path.of(entry).toAbsolutePath();
                if (Files.isDirectory(path)) {
                    for (Path file : files(path, excluded.toAbsolutePath())) {
                        digest.update(path.relativize(file).toString().getBytes());
                        digest.update(Files.readAllBytes(file));
                    }
                } else if (Files.exists(path)) {
                    digest.update((path + "|" + Files.size(path) + "|" + Files.getLastModifiedTime(path)).getBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> files(Path directory, Path excluded) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).filter(file -> !file.startsWith(excluded)).sorted().toList();
        }
    }
}
