package org.jiceng;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Holds the modules' SQL to {@link ModuleTables}: a module reads another module's table only when the owner
 * publishes it, and never writes or locks one; every table the migrations create has an owner.
 */
final class TableOwnership {

    private static final Pattern CREATE = Pattern.compile("(?i)\\bcreate\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
    private static final Pattern DROP = Pattern.compile("(?i)\\bdrop\\s+table\\s+(?:if\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

    private final Map<String, ModuleTables> modules = new HashMap<>();
    private final Map<String, String> owners = new HashMap<>();

    TableOwnership(List<ModuleTables> declared) {
        declared.forEach(m -> {
            modules.put(m.module(), m);
            m.owned().forEach(table -> owners.merge(table, m.module(), (a, b) -> a + " and " + b));
        });
    }

    /** The module owning a table ("a and b" when two claim it), or null. */
    String ownerOf(String table) {
        return owners.get(table);
    }

    Set<String> modules() {
        return new TreeSet<>(modules.keySet());
    }

    /** Tables without exactly one owner, each with what is wrong. */
    List<String> ownershipProblems(Set<String> createdTables) {
        List<String> problems = new ArrayList<>();
        for (String table : new TreeSet<>(createdTables)) {
            String owner = owners.get(table);
            if (owner == null) {
                problems.add("table " + table + " is created by a migration but no module owns it (ModuleTables)");
            } else if (owner.contains(" and ")) {
                problems.add("table " + table + " is owned by " + owner + "; a table has exactly one owner");
            }
        }
        new TreeSet<>(owners.keySet()).stream().filter(t -> !createdTables.contains(t))
                .forEach(t -> problems.add("table " + t + " of " + owners.get(t) + " is created by no migration"));
        modules.values().forEach(m -> m.published().stream().filter(t -> !m.owned().contains(t))
                .forEach(t -> problems.add(m.module() + " publishes " + t + ", which it does not own")));
        return problems;
    }

    /** What a module's source does to other modules' tables that it may not, as "file:line: what". */
    List<String> violations(String module, String file, String javaSource) {
        ModuleTables self = modules.get(module);
        if (self == null) {
            return List.of(file + ": module " + module + " is not declared in ModuleTables");
        }
        if (self.seedsEveryModule()) {
            return List.of();
        }
        List<String> violations = new ArrayList<>();
        for (SqlTableUses.Use use : SqlTableUses.in(javaSource, owners.keySet())) {
            String owner = owners.get(use.table());
            if (owner.equals(module)) {
                continue;
            }
            String where = file + ":" + use.line() + ": ";
            switch (use.access()) {
                case READ -> {
                    if (!modules.get(owner).published().contains(use.table())) {
                        violations.add(where + "reads " + use.table() + " of " + owner + ", which " + owner
                                + " does not publish (use its SQL vocabulary or API)");
                    }
                }
                case WRITE -> violations.add(where + "writes " + use.table() + " of " + owner
                        + " (only " + owner + " writes its tables)");
                case LOCK -> violations.add(where + "locks " + use.table() + " of " + owner
                        + " (only " + owner + " locks its tables)");
            }
        }
        return violations;
    }

    /** Every module's main sources checked: {@code javaRoot} is the root package's folder. */
    List<String> violations(Path javaRoot) {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(javaRoot)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                Path relative = javaRoot.relativize(file);
                if (relative.getNameCount() > 1) {
                    violations.addAll(violations(relative.getName(0).toString(),
                            relative.toString().replace('\\', '/'), Files.readString(file)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return violations;
    }

    /** The tables the migrations leave behind: created and not dropped again. */
    static Set<String> createdTables(Path... migrationFolders) {
        Set<String> created = new TreeSet<>();
        Set<String> dropped = new TreeSet<>();
        for (Path folder : migrationFolders) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                    String sql = Files.readString(file);
                    collect(CREATE.matcher(sql), created);
                    collect(DROP.matcher(sql), dropped);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        created.removeAll(dropped);
        return created;
    }

    private static void collect(Matcher m, Set<String> into) {
        while (m.find()) {
            into.add(m.group(1).toLowerCase());
        }
    }
}
