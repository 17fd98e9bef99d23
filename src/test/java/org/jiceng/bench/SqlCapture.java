package org.jiceng.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Capture pass of the replay benchmark (bench/replay.sh): with the app started on PostgreSQL with
 * {@code log_statement=all} on its connections, signs in once, warms every page up, then requests each page once,
 * sequentially, with a marker statement ({@code SELECT 'bench:<i>'}, sent over its own connection) before each, and
 * cuts the server log at the markers. Writes the statements of one request of each page, with their parameter values
 * and transaction boundaries, to a file {@link ReplayBenchmark} replays, and prints how many statements, transactions
 * and writes a request sends. Args: base URL, user, password, JDBC URL, DB user, server log, output file.
 */
public final class SqlCapture {

    /** The page classes of the side-by-side (LoadDriver's names). */
    static final List<String> PAGES = List.of("tree /orgs", "township members p1", "township members p50",
            "search by name", "search by surname", "member detail", "home /",
            "API township members p1 (Basic)", "API township members p1 (token)");

    /** One statement as the app sent it; parameters null for SQL NULL. */
    record Step(String sql, List<String> params) {
        boolean boundary() {
            return sql.equals("BEGIN") || sql.equals("BEGIN READ ONLY") || sql.equals("COMMIT") || sql.equals("ROLLBACK");
        }

        boolean write() {
            return sql.stripLeading().toUpperCase().matches("(?s)(INSERT|UPDATE|DELETE|MERGE)\\b.*");
        }
    }

    record Page(String name, String path, List<Step> steps) {
        long statements() {
            return steps.stream().filter(s -> !s.boundary()).count();
        }

        long transactions() {
            return steps.stream().filter(s -> s.sql().startsWith("BEGIN")).count();
        }

        long writes() {
            return steps.stream().filter(Step::write).count();
        }
    }

    private static final Pattern LINE = Pattern.compile(
            "^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d+ \\S+ \\[(\\d+)] (\\S*)@(\\S*) (\\w+):  (.*)$");
    private static final Pattern STATEMENT = Pattern.compile("(?s)(?:statement|execute [^:]+): (.*)");
    private static final Pattern MARKER = Pattern.compile("SELECT 'bench:(\\d+)'");
    private static final Pattern PARAM = Pattern.compile("\\$(\\d+) = (NULL|'((?:[^']|'')*)')(, |$)");
    /** Spring Session's cleanup of expired sessions runs every minute on its own; it belongs to no request. */
    private static final String SESSION_CLEANUP = "DELETE FROM SPRING_SESSION WHERE EXPIRY_TIME <";

    public static void main(String[] args) throws Exception {
        String base = args[0], user = args[1], password = args[2], jdbcUrl = args[3], dbUser = args[4];
        Path log = Path.of(args[5]);
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(
                (user + ":" + password).getBytes(StandardCharsets.UTF_8));
        Map<String, String> paths = LoadDriver.pages(HttpClient.newHttpClient(), base, basic);
        paths.keySet().retainAll(PAGES);
        String bearer = "Bearer " + LoadDriver.token(HttpClient.newHttpClient(), base, basic);
        HttpClient session = LoadDriver.login(base, user, password);
        for (int warmUp = 0; warmUp < 5; warmUp++) {
            for (var page : paths.entrySet()) {
                LoadDriver.timePage(session, base, page.getKey(), page.getValue(), basic, bearer);
            }
        }
        long offset = Files.size(log);
        List<String> names = new ArrayList<>(paths.keySet());
        try (Connection marker = DriverManager.getConnection(jdbcUrl, dbUser, System.getenv("PGPASSWORD"));
             var statement = marker.createStatement()) {
            statement.execute("SET log_statement = 'all'");
            for (int i = 0; i < names.size(); i++) {
                statement.execute("SELECT 'bench:" + i + "'");
                LoadDriver.timePage(session, base, names.get(i), paths.get(names.get(i)), basic, bearer);
            }
            statement.execute("SELECT 'bench:" + names.size() + "'");
        }
        Thread.sleep(500); // the server writes its log line by line; let the last ones land
        Map<Integer, List<Step>> cut = cut(read(log, offset));
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            pages.add(new Page(names.get(i), paths.get(names.get(i)), cut.getOrDefault(i, List.of())));
        }
        write(pages, Path.of(args[6]));
        System.out.println("| page | statements | transactions | writes |");
        System.out.println("|---|---|---|---|");
        for (Page page : pages) {
            System.out.printf("| %s | %d | %d | %d |%n", page.name(), page.statements(), page.transactions(),
                    page.writes());
        }
    }

    private static List<String> read(Path log, long offset) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            byte[] bytes = new byte[(int) (file.length() - offset)];
            file.seek(offset);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8).lines().toList();
        }
    }

    /**
     * The statements between marker i and marker i+1, by marker number, from log lines (a line that does not start
     * with the log prefix continues the one before, after a tab).
     */
    static Map<Integer, List<Step>> cut(List<String> lines) {
        List<String[]> entries = new ArrayList<>(); // pid, level, message, database
        for (String line : lines) {
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                entries.add(new String[] {m.group(1), m.group(4), m.group(5), m.group(3)});
            } else if (!entries.isEmpty()) {
                String[] last = entries.get(entries.size() - 1);
                last[2] = last[2] + "\n" + (line.startsWith("\t") ? line.substring(1) : line);
            }
        }
        Map<Integer, List<Step>> pages = new LinkedHashMap<>();
        Integer page = null;
        String markerPid = null;
        String database = null;
        for (int i = 0; i < entries.size(); i++) {
            String[] e = entries.get(i);
            Matcher statement = STATEMENT.matcher(e[2]);
            if (!e[1].equals("LOG") || !statement.matches()) {
                continue;
            }
            String sql = statement.group(1);
            Matcher marker = MARKER.matcher(sql);
            if (marker.matches()) {
                page = Integer.valueOf(marker.group(1));
                markerPid = e[0];
                database = e[3];
                continue;
            }
            if (page == null || e[0].equals(markerPid) || !e[3].equals(database) || sql.isBlank() || sql.startsWith(SESSION_CLEANUP)) {
                continue;
            }
            List<String> params = new ArrayList<>();
            for (int j = i + 1; j < entries.size(); j++) { // the DETAIL line of the same connection
                String[] d = entries.get(j);
                if (d[0].equals(e[0])) {
                    if (d[1].equals("DETAIL") && d[2].startsWith("parameters: ")) {
                        params = params(d[2].substring("parameters: ".length()));
                    }
                    break;
                }
            }
            pages.computeIfAbsent(page, k -> new ArrayList<>()).add(new Step(sql, params));
        }
        return pages;
    }

    static List<String> params(String detail) {
        List<String> values = new ArrayList<>();
        Matcher m = PARAM.matcher(detail);
        int at = 0;
        while (at < detail.length() && m.find(at) && m.start() == at) {
            if (Integer.parseInt(m.group(1)) != values.size() + 1) {
                throw new IllegalStateException("Parameters out of order: " + detail);
            }
            values.add(m.group(3) == null ? null : m.group(3).replace("''", "'"));
            at = m.end();
        }
        if (at != detail.length()) {
            throw new IllegalStateException("Unreadable parameters: " + detail);
        }
        return values;
    }

    /** The capture file: "P name TAB path" per page, then "S sql TAB param..." per statement, escaped, \N for NULL. */
    static void write(List<Page> pages, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Page page : pages) {
            lines.add("P " + escape(page.name()) + "\t" + escape(page.path()));
            for (Step step : page.steps()) {
                StringBuilder line = new StringBuilder("S ").append(escape(step.sql()));
                step.params().forEach(p -> line.append('\t').append(p == null ? "\\N" : escape(p)));
                lines.add(line.toString());
            }
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    static List<Page> load(Path file) throws IOException {
        List<Page> pages = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] fields = line.substring(2).split("\t", -1);
            if (line.startsWith("P ")) {
                pages.add(new Page(unescape(fields[0]), unescape(fields[1]), new ArrayList<>()));
            } else {
                List<String> params = new ArrayList<>();
                for (int i = 1; i < fields.length; i++) {
                    params.add(fields[i].equals("\\N") ? null : unescape(fields[i]));
                }
                pages.get(pages.size() - 1).steps().add(new Step(unescape(fields[0]), params));
            }
        }
        return pages;
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t");
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
