package org.jiceng.bench;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jiceng.bench.SqlCapture.Page;
import org.jiceng.bench.SqlCapture.Step;

/**
 * Side-by-side of bench/replay.sh: each page of the capture ({@link SqlCapture}) against its own SQL replayed over
 * JDBC, at the same concurrency. For each number of clients, rounds alternate, page by page, a phase of the app (every
 * client requests the page {@code perRound} times over HTTP, each with its own signed-in session, the API pages with
 * credentials on every call) and a phase of its SQL (every client replays the page's statements {@code perRound}
 * times over its own connection, prepared, with the captured parameter values and transactions, reading every column
 * of every row); the side that goes first alternates by round, and unrecorded rounds warm both up. Prints p50, p95
 * and throughput of both, their ratio app ÷ SQL, and the throughput ratio's range over the rounds (how much the
 * machine's load moved it), and the CPU time per request of the app's process against that of this process's JDBC
 * work for the same statements (JIT compiler threads left out): what the app spends beyond its driver, whatever the
 * machine's load. Args: base URL,
 * user, password, JDBC URL, DB user, capture file, rounds, requests per client and round, clients (e.g. 1,8), the
 * app's process id.
 */
public final class ReplayBenchmark {

    interface Task {
        void run(int client) throws Exception;
    }

    /** Times (µs) and the wall-clock time (ns) of each phase of one page on one side. */
    static final class Side {
        final List<Long> micros = new ArrayList<>();
        final List<Long> phases = new ArrayList<>();
        long nanos;
        long cpu;

        void add(Side phase) {
            micros.addAll(phase.micros);
            phases.add(phase.nanos);
            nanos += phase.nanos;
            cpu += phase.cpu;
        }

        double cpuPerRequest() {
            return cpu / 1e6 / micros.size();
        }

        double pct(int percent) {
            List<Long> sorted = new ArrayList<>(micros);
            Collections.sort(sorted);
            int index = Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1);
            return sorted.get(Math.max(0, index)) / 1000.0;
        }

        double perSecond() {
            return micros.size() / (nanos / 1e9);
        }
    }

    public static void main(String[] args) throws Exception {
        String base = args[0], user = args[1], password = args[2], jdbcUrl = args[3], dbUser = args[4];
        List<Page> pages = SqlCapture.load(Path.of(args[5]));
        int rounds = Integer.parseInt(args[6]);
        int perRound = Integer.parseInt(args[7]);
        int[] clients = Arrays.stream(args[8].split(",")).mapToInt(Integer::parseInt).toArray();
        int most = Arrays.stream(clients).max().orElseThrow();
        long appPid = Long.parseLong(args[9]);
        long ownPid = ProcessHandle.current().pid();
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(
                (user + ":" + password).getBytes(StandardCharsets.UTF_8));
        String bearer = "Bearer " + LoadDriver.token(HttpClient.newHttpClient(), base, basic);
        List<HttpClient> sessions = new ArrayList<>();
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < most; i++) {
            sessions.add(LoadDriver.login(base, user, password));
            connections.add(DriverManager.getConnection(jdbcUrl, dbUser, System.getenv("PGPASSWORD")));
        }
        Map<String, List<Step>> statements = new LinkedHashMap<>();
        pages.forEach(p -> statements.put(p.name(), jdbc(p.steps())));
        ExecutorService pool = Executors.newFixedThreadPool(most);
        System.out.println("| clients | page | statements | app p50 ms | SQL p50 ms | p50 app÷SQL | app p95 ms | SQL p95 ms "
                + "| p95 app÷SQL | app req/s | SQL req/s | throughput app÷SQL | by round | app CPU ms/req "
                + "| JDBC client CPU ms/req |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        List<String> loads = new ArrayList<>();
        for (int c : clients) {
            String before = loadAverage();
            Map<String, Side[]> sides = new LinkedHashMap<>();
            pages.forEach(p -> sides.put(p.name(), new Side[] {new Side(), new Side()}));
            // Unrecorded warm-up: one round at each number of clients, after five at the most for a fresh JVM, or
            // as many as WARMUP_SECONDS take (the steady state after the JIT, docs/benchmarks.md).
            long warmUntil = System.nanoTime()
                    + Long.parseLong(System.getenv().getOrDefault("WARMUP_SECONDS", "0")) * 1_000_000_000L;
            for (int round = c == clients[0] ? -6 : -1; round < rounds; round++) {
                if (round == -2 && System.nanoTime() < warmUntil) {
                    round = -3; // one more warm-up round at the most
                }
                int concurrency = round < -1 ? most : c;
                for (Page page : pages) {
                    List<Step> steps = statements.get(page.name());
                    Task app = client -> LoadDriver.timePage(sessions.get(client), base, page.name(), page.path(),
                            basic, bearer);
                    Task sql = client -> replay(connections.get(client), steps);
                    for (int side : (round & 1) == 0 ? new int[] {0, 1} : new int[] {1, 0}) {
                        Side times = side == 0 ? phase(pool, concurrency, perRound, app, appPid)
                                : phase(pool, concurrency, perRound, sql, ownPid);
                        if (round >= 0) {
                            sides.get(page.name())[side].add(times);
                        }
                    }
                }
            }
            for (Page page : pages) {
                row(c, page, sides.get(page.name())[0], sides.get(page.name())[1]);
            }
            loads.add(c + " client(s): " + rounds + " rounds × " + perRound + " requests per client, page and side; "
                    + "load before " + before + ", after " + loadAverage());
        }
        pool.shutdown();
        for (Connection connection : connections) {
            connection.close();
        }
        System.out.println();
        loads.forEach(System.out::println);
    }

    private static void row(int clients, Page page, Side app, Side sql) {
        // Both sides send the same number of requests in a round: the throughput ratio is SQL time ÷ app time.
        double[] byRound = new double[app.phases.size()];
        Arrays.setAll(byRound, r -> (double) sql.phases.get(r) / app.phases.get(r));
        System.out.printf("| %d | %s | %d | %.1f | %.1f | %.2f | %.1f | %.1f | %.2f | %.0f | %.0f | %.2f | %.2f–%.2f "
                        + "| %.1f | %.1f |%n", clients, page.name(), page.statements(), app.pct(50), sql.pct(50),
                app.pct(50) / sql.pct(50), app.pct(95), sql.pct(95), app.pct(95) / sql.pct(95), app.perSecond(),
                sql.perSecond(), app.perSecond() / sql.perSecond(), Arrays.stream(byRound).min().orElse(0),
                Arrays.stream(byRound).max().orElse(0), app.cpuPerRequest(), sql.cpuPerRequest());
    }

    /**
     * {@code clients} clients run {@code task} {@code perClient} times each, started together; the CPU time is that
     * of the process {@code pid} (the app's, or this one's for the SQL).
     */
    static Side phase(ExecutorService pool, int clients, int perClient, Task task, long pid) throws Exception {
        Side side = new Side();
        List<Long> micros = Collections.synchronizedList(side.micros);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int client = i;
            running.add(pool.submit(() -> {
                start.await();
                for (int k = 0; k < perClient; k++) {
                    long t0 = System.nanoTime();
                    task.run(client);
                    micros.add((System.nanoTime() - t0) / 1_000);
                }
                return null;
            }));
        }
        long cpu = cpuNanos(pid);
        long t0 = System.nanoTime();
        start.countDown();
        for (Future<?> f : running) {
            f.get();
        }
        side.nanos = System.nanoTime() - t0;
        side.cpu = cpuNanos(pid) - cpu;
        return side;
    }

    /**
     * User and system CPU time of a process (threads that ended included), from /proc in clock ticks of 10 ms (Linux's
     * USER_HZ), less that of its JIT compiler threads: a JVM still compiling after the warm-up would otherwise charge
     * it to the requests. (On 2 cores the JVM keeps one C1 and one C2 thread for good.)
     */
    static long cpuNanos(long pid) throws Exception {
        long ticks = ticks(Files.readString(Path.of("/proc/" + pid + "/stat")));
        try (var threads = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path thread : threads.toList()) {
                try {
                    String stat = Files.readString(thread.resolve("stat"));
                    ticks -= stat.matches("(?s)\\d+ \\(C\\d CompilerThre.*") ? ticks(stat) : 0;
                } catch (java.io.IOException ended) {
                    // a thread that ended between the listing and the read is in the process's total
                }
            }
        }
        return ticks * 10_000_000L;
    }

    private static long ticks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /**
     * One request's statements on one connection, as the app's driver sends them: a transaction begins with the next
     * statement (read-only if it was), parameters are typed by the server as for the app's own statements.
     */
    static void replay(Connection connection, List<Step> steps) throws SQLException {
        for (Step step : steps) {
            switch (step.sql()) {
                case "BEGIN", "BEGIN READ ONLY" -> {
                    connection.setReadOnly(step.sql().endsWith("ONLY"));
                    connection.setAutoCommit(false);
                }
                case "COMMIT", "ROLLBACK" -> {
                    if (step.sql().equals("COMMIT")) {
                        connection.commit();
                    } else {
                        connection.rollback();
                    }
                    connection.setAutoCommit(true);
                    connection.setReadOnly(false);
                }
                default -> execute(connection, step);
            }
        }
    }

    private static void execute(Connection connection, Step step) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(step.sql())) {
            for (int i = 0; i < step.params().size(); i++) {
                String value = step.params().get(i);
                if (value == null) {
                    statement.setNull(i + 1, Types.OTHER);
                } else {
                    statement.setObject(i + 1, value, Types.OTHER);
                }
            }
            if (statement.execute()) {
                try (ResultSet rows = statement.getResultSet()) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int i = 1; i <= columns; i++) {
                            rows.getObject(i);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new SQLException("Replaying " + step.sql() + " with " + step.params() + ": " + e.getMessage(), e);
        }
    }

    /** The steps with the server's $1, $2… placeholders as JDBC's ?, and a literal ? outside quotes escaped (??). */
    static List<Step> jdbc(List<Step> steps) {
        List<Step> converted = new ArrayList<>();
        for (Step step : steps) {
            StringBuilder out = new StringBuilder();
            String sql = step.sql();
            char quote = 0;
            int next = 1;
            for (int i = 0; i < sql.length(); i++) {
                char c = sql.charAt(i);
                if (quote != 0) {
                    quote = c == quote ? 0 : quote;
                    out.append(c);
                } else if (c == '\'' || c == '"') {
                    quote = c;
                    out.append(c);
                } else if (c == '$' && i + 1 < sql.length() && Character.isDigit(sql.charAt(i + 1))) {
                    int end = i + 1;
                    while (end < sql.length() && Character.isDigit(sql.charAt(end))) {
                        end++;
                    }
                    if (Integer.parseInt(sql.substring(i + 1, end)) != next++) {
                        throw new IllegalStateException("Placeholders out of order in " + sql);
                    }
                    out.append('?');
                    i = end - 1;
                } else {
                    out.append(c == '?' ? "??" : String.valueOf(c));
                }
            }
            if (next - 1 != step.params().size()) {
                throw new IllegalStateException(step.params().size() + " parameters for " + sql);
            }
            converted.add(new Step(out.toString(), step.params()));
        }
        return converted;
    }

    private static String loadAverage() throws Exception {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }
}
