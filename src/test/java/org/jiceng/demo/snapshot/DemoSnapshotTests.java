package org.jiceng.demo.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DemoSnapshotTests {

    static final String DEFAULT = "jdbc:h2:file:./data/jiceng;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0";
    static final LocalDate DEMO_DATE = LocalDate.of(2010, 5, 5);

    @Test
    void theEmbeddedDefaultKeepsItsDataInAnMvFileBesideItsName() {
        assertThat(DemoSnapshot.databaseFile(DEFAULT)).contains(Path.of("./data/jiceng.mv.db"));
        assertThat(DemoSnapshot.databaseFile("jdbc:h2:file:/srv/jiceng/db")).contains(Path.of("/srv/jiceng/db.mv.db"));
        assertThat(DemoSnapshot.databaseFile("jdbc:h2:file:~/jiceng;MODE=PostgreSQL"))
                .contains(Path.of(System.getProperty("user.home") + "/jiceng.mv.db"));
    }

    @Test
    void databasesThatAreNotAnH2FileHaveNoFile() {
        assertThat(DemoSnapshot.databaseFile("jdbc:postgresql://localhost:5432/jiceng")).isEmpty();
        assertThat(DemoSnapshot.databaseFile("jdbc:h2:mem:jiceng;MODE=PostgreSQL")).isEmpty();
        assertThat(DemoSnapshot.databaseFile("jdbc:h2:file:;MODE=PostgreSQL")).isEmpty();
        assertThat(DemoSnapshot.databaseFile(null)).isEmpty();
    }

    @Test
    void theBuildLoadsOnAnotherFileWithTheSameSettings() {
        assertThat(DemoSnapshot.withFile(DEFAULT, Path.of("/tmp/snap/jiceng")))
                .isEqualTo("jdbc:h2:file:/tmp/snap/jiceng;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0");
        assertThat(DemoSnapshot.withFile("jdbc:h2:file:./data/jiceng", Path.of("/tmp/x")))
                .isEqualTo("jdbc:h2:file:/tmp/x");
    }

    @Test
    void aFirstStartOfTheEmbeddedDefaultTakesTheSnapshot() {
        assertThat(DemoSnapshot.applies(DEFAULT, false, "auto", "", DEMO_DATE, DEMO_DATE)).isTrue();
        assertThat(DemoSnapshot.applies(DEFAULT, false, "always", null, DEMO_DATE, DEMO_DATE)).isTrue();
    }

    @Test
    void anExistingDatabaseIsNeverReplaced() {
        assertThat(DemoSnapshot.applies(DEFAULT, true, "auto", "", DEMO_DATE, DEMO_DATE)).isFalse();
    }

    @Test
    void aStartThatWouldLoadAnotherCountyOrNoneLoadsAsBefore() {
        // No demo wanted.
        assertThat(DemoSnapshot.applies(DEFAULT, false, "never", "", DEMO_DATE, DEMO_DATE)).isFalse();
        // The county is loaded as it stands on the business date chosen, not on the snapshot's.
        assertThat(DemoSnapshot.applies(DEFAULT, false, "auto", "2010-06-30", DEMO_DATE, DEMO_DATE)).isFalse();
        assertThat(DemoSnapshot.applies(DEFAULT, false, "auto", "real", DEMO_DATE, DEMO_DATE)).isFalse();
        assertThat(DemoSnapshot.applies(DEFAULT, false, "auto", "", LocalDate.of(2010, 6, 30), DEMO_DATE)).isFalse();
        // Only the embedded H2 file; PostgreSQL and in-memory databases load the county themselves.
        assertThat(DemoSnapshot.applies("jdbc:postgresql://localhost/jiceng", false, "always", "", DEMO_DATE,
                DEMO_DATE)).isFalse();
        assertThat(DemoSnapshot.applies("jdbc:h2:mem:x", false, "always", "", DEMO_DATE, DEMO_DATE)).isFalse();
    }
}
