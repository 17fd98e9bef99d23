package org.jiceng.demo.snapshot;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The rules of the demo county's snapshot, without storage or Spring (unit-tested in {@code DemoSnapshotTests}): the
 * build loads the demo county once through the product's own loader into an H2 file and ships that file; a first start
 * of the embedded default copies it into place instead of running 48 migrations and the load again. It may only when
 * the start would have loaded exactly that county: an H2 file URL with no database there yet, the demo not turned off,
 * no business date of its own chosen and the demo date the snapshot's.
 */
final class DemoSnapshot {

    /** The database file on the classpath, and its descriptor (the business date it was loaded on, a fingerprint). */
    static final String RESOURCE = "demo/jiceng-demo.mv.db";
    static final String DESCRIPTOR = "demo/jiceng-demo.properties";

    private static final String H2_FILE = "jdbc:h2:file:";
    private static final String MV_SUFFIX = ".mv.db";

    private DemoSnapshot() {
    }

    /** {@code jdbc:h2:file:./data/jiceng;MODE=…} keeps its data in {@code ./data/jiceng.mv.db}; other URLs: empty. */
    static Optional<Path> databaseFile(String url) {
        if (url == null || !url.startsWith(H2_FILE)) {
            return Optional.empty();
        }
        String base = base(url);
        if (base.isBlank()) {
            return Optional.empty();
        }
        if (base.startsWith("~")) {
            base = System.getProperty("user.home") + base.substring(1);
        }
        return Optional.of(Path.of(base + MV_SUFFIX));
    }

    /** The same URL, with its settings, on another file (the build loads the demo county on a file of its own). */
    static String withFile(String url, Path base) {
        if (url == null || !url.startsWith(H2_FILE)) {
            throw new IllegalArgumentException("Not an H2 file URL: " + url);
        }
        return H2_FILE + base.toAbsolutePath() + url.substring(H2_FILE.length() + base(url).length());
    }

    /**
     * Whether this start may take the demo county from the snapshot (taken on {@code snapshotDate}): the URL is an H2
     * file with nothing there yet, the demo mode is {@code auto} or {@code always}, no business date is set (the demo
     * is loaded as it stands on the demo date) and the demo date is the snapshot's.
     */
    static boolean applies(String url, boolean databaseExists, String demoMode, String businessDate,
                                  LocalDate demoDate, LocalDate snapshotDate) {
        return databaseFile(url).isPresent() && !databaseExists
                && ("auto".equals(demoMode) || "always".equals(demoMode))
                && (businessDate == null || businessDate.isBlank())
                && demoDate != null && demoDate.equals(snapshotDate);
    }

    private static String base(String url) {
        String rest = url.substring(H2_FILE.length());
        int settings = rest.indexOf(';');
        return settings < 0 ? rest : rest.substring(0, settings);
    }
}
