package org.jiceng;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the tables a Java source names in its SQL: the string literals and text blocks of each statement (up to its
 * {@code ;}, comments left out) are joined and searched for a known table after FROM, JOIN, USING (reads), INTO,
 * UPDATE, DELETE FROM, TABLE (writes); a statement with {@code FOR UPDATE}/{@code FOR SHARE} locks the tables it
 * reads. SQL assembled from constants of other statements or classes is seen where its text is written — which is
 * the point of a vocabulary: a fragment is checked in the module that owns its tables.
 */
final class SqlTableUses {

    enum Access { READ, WRITE, LOCK }

    /** A table named in a source's SQL, at the source line where its name stands. */
    record Use(String table, int line, Access access) {
    }

    private static final Pattern TABLE = Pattern.compile(
            "(?i)\\b(delete\\s+from|insert\\s+into|merge\\s+into|update|from|join|using|into|table)\\s+([a-z_][a-z0-9_]*)");
    /** After a table of a FROM: an optional alias, then a comma and the next table of an old-style join. */
    private static final Pattern NEXT_IN_LIST = Pattern.compile(
            "(?i)\\G(?:\\s+(?:as\\s+)?(?!(?:where|join|on|left|right|inner|outer|cross|full|group|order|fetch|limit"
                    + "|for|union|set|values|having|offset|natural)\\b)[a-z_][a-z0-9_]*)?\\s*,\\s*([a-z_][a-z0-9_]*)");
    private static final Pattern LOCKING = Pattern.compile("(?i)\\bfor\\s+(no\\s+key\\s+update|update|key\\s+share|share)\\b");

    private SqlTableUses() {
    }

    /** The uses of {@code tables} (lower case) in the SQL of a Java source. */
    static List<Use> in(String javaSource, Set<String> tables) {
        List<Use> uses = new ArrayList<>();
        for (Statement statement : statements(javaSource)) {
            String sql = statement.text.toString();
            boolean locks = LOCKING.matcher(sql).find();
            Matcher m = TABLE.matcher(sql);
            while (m.find()) {
                String verb = m.group(1).toLowerCase().replaceAll("\\s+", " ");
                Access access = switch (verb) {
                    case "from", "join", "using" -> locks ? Access.LOCK : Access.READ;
                    default -> Access.WRITE;
                };
                add(uses, tables, m.group(2), statement.lines.get(m.start(2)), access);
                if (verb.equals("from")) {
                    Matcher next = NEXT_IN_LIST.matcher(sql).region(m.end(2), sql.length());
                    while (next.find() && tables.contains(next.group(1).toLowerCase())) {
                        add(uses, tables, next.group(1), statement.lines.get(next.start(1)), access);
                        next.region(next.end(1), sql.length());
                    }
                }
            }
        }
        return uses;
    }

    private static void add(List<Use> uses, Set<String> tables, String name, int line, Access access) {
        String table = name.toLowerCase();
        if (tables.contains(table)) {
            uses.add(new Use(table, line, access));
        }
    }

    /** The literals of one Java statement, joined by spaces, with the source line of every character. */
    private static final class Statement {
        final StringBuilder text = new StringBuilder();
        final List<Integer> lines = new ArrayList<>();

        void add(char c, int line) {
            text.append(c);
            lines.add(line);
        }
    }

    /** Splits a source into statements and keeps only their literals' text (escapes read, comments dropped). */
    private static List<Statement> statements(String src) {
        List<Statement> statements = new ArrayList<>();
        Statement current = new Statement();
        int line = 1;
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (src.startsWith("//", i)) {
                while (i < n && src.charAt(i) != '\n') {
                    i++;
                }
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(src, i, end);
                i = end;
            } else if (src.startsWith("\"\"\"", i)) {
                line = literal(src, i + 3, "\"\"\"", line, current);
                i = end(src, i + 3, "\"\"\"") + 3;
            } else if (c == '"') {
                line = literal(src, i + 1, "\"", line, current);
                i = end(src, i + 1, "\"") + 1;
            } else if (c == '\'') {
                i = end(src, i + 1, "'") + 1;
            } else {
                if (c == ';') {
                    statements.add(current);
                    current = new Statement();
                }
                i++;
            }
        }
        statements.add(current);
        return statements;
    }

    /** Copies a literal's text (from {@code start} to its closing quote) into the statement; returns the line after. */
    private static int literal(String src, int start, String quote, int line, Statement into) {
        int end = end(src, start, quote);
        into.add(' ', line);
        for (int i = start; i < end; i++) {
            char c = src.charAt(i);
            if (c == '\\' && i + 1 < end) {
                char e = src.charAt(++i);
                if (e == '\n') {
                    line++;
                } else {
                    into.add("ntrsf".indexOf(e) >= 0 ? ' ' : e, line);
                }
            } else {
                into.add(c, line);
                if (c == '\n') {
                    line++;
                }
            }
        }
        into.add(' ', line);
        return line;
    }

    /** Where the literal starting at {@code start} closes (escaped quotes skipped). */
    private static int end(String src, int start, String quote) {
        int i = start;
        while (i < src.length() && !src.startsWith(quote, i)) {
            i += src.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i, src.length());
    }

    private static int count(String src, int from, int to) {
        int lines = 0;
        for (int i = from; i < to; i++) {
            if (src.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
