package org.jiceng;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Table ownership holds ({@link ModuleTables}): every table the migrations create has exactly one owner, and no
 * module's SQL writes or locks another module's table or reads one its owner does not publish. The SQL inside
 * Modulith's modules is invisible to {@link ModularityTests}; this reads it.
 */
class TableOwnershipTests {

    private static final Path JAVA = Path.of("src/main/java/org/jiceng");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db");

    private final TableOwnership ownership = new TableOwnership(ModuleTables.ALL);

    @Test
    void everyTableTheMigrationsCreateHasExactlyOneOwner() {
        assertThat(ownership.ownershipProblems(TableOwnership.createdTables(MIGRATIONS))).isEmpty();
    }

    @Test
    void everyModuleDeclaresItsTables() throws IOException {
        try (Stream<Path> entries = Files.list(JAVA)) {
            Set<String> packages = new TreeSet<>(entries.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString()).toList());
            assertThat(ownership.modules()).isEqualTo(packages);
        }
    }

    @Test
    void modulesReadOnlyPublishedTablesOfOthersAndWriteOnlyTheirOwn() {
        assertThat(ownership.violations(JAVA)).isEmpty();
    }

    @Test
    void reportsAReadOfATableTheOwnerDoesNotPublish() {
        String source = """
                package org.jiceng.training;

                class Sneaky {
                    String committee = "SELECT p.id FROM people p"
                            + " JOIN committee_posts c ON c.person_id = p.id";
                }
                """;

        assertThat(ownership.violations("training", "training/Sneaky.java", source)).containsExactly(
                "training/Sneaky.java:5: reads committee_posts of organization, which organization does not publish"
                        + " (use its SQL vocabulary or API)");
    }

    @Test
    void reportsWritesAndLocksOfAnotherModulesTableEvenWhenPublished() {
        String source = """
                class Writer {
                    void write() {
                        jdbc.sql(\"""
                                UPDATE people SET name = ? WHERE id = ?\""").update();
                        jdbc.sql("SELECT id FROM orgs WHERE id = ? FOR UPDATE").query();
                        jdbc.sql("INSERT INTO code_items (list_code) SELECT list_code FROM code_lists").update();
                    }
                }
                """;

        assertThat(ownership.violations("target", "target/Writer.java", source)).containsExactly(
                "target/Writer.java:4: writes people of organization (only organization writes its tables)",
                "target/Writer.java:5: locks orgs of organization (only organization locks its tables)",
                "target/Writer.java:6: writes code_items of configuration (only configuration writes its tables)",
                "target/Writer.java:6: reads code_lists of configuration, which configuration does not publish"
                        + " (use its SQL vocabulary or API)");
    }

    @Test
    void allowsOwnTablesPublishedReadsAndTablesNamedOutsideSql() {
        String source = """
                /** Reads {@code FROM committee_posts} — only in a comment. */
                class Fine {
                    // JOIN committee_posts
                    String sql = "SELECT t.*, o.short_name FROM central_tasks t, orgs o WHERE o.id = t.org_id";
                    char quote = '"';
                    String more = "DELETE FROM ledger_diary_entries WHERE id = ?";
                }
                """;

        assertThat(ownership.violations("target", "target/Fine.java", source)).isEmpty();
    }

    @Test
    void seesEveryTableOfAnOldStyleJoin() {
        String source = "String sql = \"SELECT 1 FROM orgs o, committee_posts c WHERE c.org_id = o.id\";";

        assertThat(ownership.violations("target", "target/Join.java", source)).containsExactly(
                "target/Join.java:1: reads committee_posts of organization, which organization does not publish"
                        + " (use its SQL vocabulary or API)");
    }

    @Test
    void reportsATableNoModuleOwnsAndATableOwnedTwice() {
        var twice = new TableOwnership(List.of(
                new ModuleTables("a", Set.of("things"), Set.of(), false),
                new ModuleTables("b", Set.of("things"), Set.of(), false)));

        assertThat(ownership.ownershipProblems(Set.of("orgs", "mystery")))
                .contains("table mystery is created by a migration but no module owns it (ModuleTables)");
        assertThat(twice.ownershipProblems(Set.of("things")))
                .containsExactly("table things is owned by a and b; a table has exactly one owner");
    }
}
