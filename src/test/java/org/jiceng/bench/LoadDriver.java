package org.jiceng.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load driver for docs/benchmarks.md: N users, each with its own form-login session, request the benchmark pages in
 * turn (and the API's member list as a script would call it: with HTTP Basic on every call, and with a read-only
 * personal access token the driver creates first); after a warm-up, prints p50/p95/p99 of the response time per page
 * as a Markdown table row set, then the mean time of each API list against the page list's, measured side by side
 * (every user requests them in turn in every round, so they share the machine's load). JDK only, so it runs as a single source file:
 * {@code java src/test/java/org/jiceng/bench/LoadDriver.java http://localhost:8183 gen-county Jiceng@2010 8 50 H2}
 * (base URL, user, password, users, measured rounds per user, label). Bounded: it stops after the rounds.
 */
public class LoadDriver {

    /** The client of the API calls: no cookies, so no session. */
    private static final HttpClient SCRIPT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String user = args[1];
        String password = args[2];
        int users = Integer.parseInt(args[3]);
        int rounds = Integer.parseInt(args[4]);
        String label = args.length > 5 ? args[5] : "";
        int warmUp = Integer.parseInt(System.getenv().getOrDefault("WARMUP", "5"));
        long warmUpSeconds = Long.parseLong(System.getenv().getOrDefault("WARMUP_SECONDS", "0"));
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(
                (user + ":" + password).getBytes(StandardCharsets.UTF_8));
        Map<String, String> pages = pages(HttpClient.newHttpClient(), base, basic);
        // SKIP_PAGES (a regex of page names) leaves pages out, e.g. one that fails at this scale and stops the run.
        String skip = System.getenv("SKIP_PAGES");
        if (skip != null && !skip.isBlank()) {
            pages.keySet().removeIf(name -> name.matches(skip));
        }
        String bearer = "Bearer " + token(HttpClient.newHttpClient(), base, basic);
        Map<String, List<Long>> times = new LinkedHashMap<>();
        pages.keySet().forEach(name -> times.put(name, Collections.synchronizedList(new ArrayList<>())));
        ExecutorService pool = Executors.newFixedThreadPool(users);
        List<Future<?>> running = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            int seed = u;
            running.add(pool.submit(() -> {
                HttpClient client = login(base, user, password);
                // Warm-up rounds are not recorded: five by default; WARMUP=N rounds, or WARMUP_SECONDS=S of rounds,
                // for a steady state (a freshly started JVM on 2 cores compiles for about two and a half minutes
                // under this load, docs/benchmarks.md).
                long warmUntil = System.nanoTime() + warmUpSeconds * 1_000_000_000L;
                for (int round = -warmUp; round < rounds; round++) {
                    if (round == -1 && System.nanoTime() < warmUntil) {
                        round = -2; // one more warm-up round
                    }
                    for (var page : pages.entrySet()) {
                        String path = page.getValue().replace("{n}", String.valueOf((seed * 7 + round) & 0x7fff));
                        long took = timePage(client, base, page.getKey(), path, basic, bearer);
                        if (round >= 0) {
                            times.get(page.getKey()).add(took);
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        for (var entry : times.entrySet()) {
            List<Long> t = new ArrayList<>(entry.getValue());
            Collections.sort(t);
            System.out.printf("| %s | %s | %d | %.1f | %.1f | %.1f |%n", label, entry.getKey(), t.size(),
                    pct(t, 50), pct(t, 95), pct(t, 99));
        }
        double page = mean(times.get("township members p1"));
        for (String api : List.of("API township members p1 (Basic)", "API township members p1 (token)")) {
            System.out.printf("%n%s: %s mean %.1f ms vs page mean %.1f ms — throughput %.2f× the page's", label, api,
                    mean(times.get(api)) / 1000.0, page / 1000.0, page / mean(times.get(api)));
        }
        System.out.println();
    }

    /**
     * One timed request of a page: a page with the user's session; an API path as a script calls it, with credentials
     * on every call (the token for a "(token)" page) and without the session's cookie.
     */
    static long timePage(HttpClient session, String base, String page, String path, String basic, String bearer)
            throws Exception {
        if (!path.startsWith("/api/")) {
            return timeGet(session, base + path, null);
        }
        return timeGet(SCRIPT, base + path, page.contains("(token)") ? bearer : basic);
    }

    /** A read-only token for the driver's user, valid until tomorrow (the first call of an integration script). */
    static String token(HttpClient client, String base, String basic) throws Exception {
        String body = "{\"name\":\"LoadDriver " + System.currentTimeMillis() + "\",\"readOnly\":true,\"expiresOn\":\""
                + java.time.LocalDate.now().plusDays(1) + "\"}";
        var response = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/account/tokens"))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("creating a token answered " + response.statusCode());
        }
        Matcher secret = Pattern.compile("\"secret\":\"([^\"]+)\"").matcher(response.body());
        secret.find();
        return secret.group(1);
    }

    private static double mean(List<Long> times) {
        return times.stream().mapToLong(Long::longValue).average().orElse(Double.NaN);
    }

    /**
     * The pages measured, found through the API (HTTP Basic, a few calls before measuring): the user's first
     * township, its members, a name and a member.
     */
    static Map<String, String> pages(HttpClient client, String base, String basic) throws Exception {
        String roots = get(client, base + "/api/v1/orgs", basic);
        long root = firstLong(roots, "\"id\":(\\d+)");
        long township = root;
        for (String type = typeOf(roots); !"TOWNSHIP".equals(type); ) {
            String children = get(client, base + "/api/v1/orgs?parent=" + township, basic);
            township = firstLong(children, "\"id\":(\\d+)");
            type = typeOf(children);
        }
        String members = get(client, base + "/api/v1/members?org=" + township + "&page=3", basic);
        List<Long> ids = new ArrayList<>();
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(members);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        Matcher name = Pattern.compile("\"name\":\"([^\"]+)\"").matcher(members);
        name.find();
        String q = URLEncoder.encode(name.group(1), StandardCharsets.UTF_8);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("tree /orgs", "/orgs");
        pages.put("township members p1", "/members?org=" + township + "&page=1");
        pages.put("township members p50", "/members?org=" + township + "&page=50");
        pages.put("search by name", "/members?q=" + q);
        // A surname alone (one character): the shortest search, the most rows.
        pages.put("search by surname", "/members?q=" + URLEncoder.encode(name.group(1).substring(0, 1),
                StandardCharsets.UTF_8));
        pages.put("home /", "/");
        pages.put("member detail", "/members/" + ids.get(0));
        pages.put("training dashboard (township)", "/training?org=" + township + "&year=2010");
        pages.put("meeting heatmap (township)", "/training/meetings/compliance?org=" + township + "&year=2010");
        pages.put("hours (township)", "/training/hours?org=" + township + "&year=2010");
        pages.put("training dashboard (root)", "/training?org=" + root + "&year=2010");
        pages.put("API township members p1 (Basic)", "/api/v1/members?org=" + township + "&page=1");
        pages.put("API township members p1 (token)", "/api/v1/members?org=" + township + "&page=1");
        return pages;
    }

    static HttpClient login(String base, String user, String password) {
        try {
            HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
            String page = get(client, base + "/login", null);
            Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
            if (!csrf.find()) {
                throw new IllegalStateException("No CSRF token on the login page");
            }
            String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
            var response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
            String location = response.headers().firstValue("Location").orElse("");
            if (location.contains("error")) {
                throw new IllegalStateException("Login failed for " + user);
            }
            return client;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code users} users, each with its own session, request {@code paths} in turn: {@code warmUp} rounds, then
     * {@code rounds} timed ones. Returns the times (ms) per path, in the order of {@code paths}.
     */
    static List<List<Long>> rounds(String base, String user, String password, List<String> paths, int users,
                                   int warmUp, int rounds) throws Exception {
        List<List<Long>> times = new ArrayList<>();
        paths.forEach(p -> times.add(Collections.synchronizedList(new ArrayList<>())));
        ExecutorService pool = Executors.newFixedThreadPool(users);
        List<Future<?>> running = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            running.add(pool.submit(() -> {
                HttpClient client = login(base, user, password);
                for (int round = -warmUp; round < rounds; round++) {
                    for (int p = 0; p < paths.size(); p++) {
                        long took = timeGet(client, base + paths.get(p), null);
                        if (round >= 0) {
                            times.get(p).add(took);
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        List<List<Long>> copies = new ArrayList<>();
        times.forEach(t -> copies.add(new ArrayList<>(t)));
        return copies;
    }

    static long timeGet(HttpClient client, String url, String authorization) throws Exception {
        long start = System.nanoTime();
        var request = HttpRequest.newBuilder(URI.create(url));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        var response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        long micros = (System.nanoTime() - start) / 1_000;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return micros;
    }

    static String get(HttpClient client, String url, String authorization) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html,application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static String typeOf(String json) {
        Matcher m = Pattern.compile("\"type\":\"(\\w+)\"").matcher(json);
        return m.find() ? m.group(1) : "TOWNSHIP";
    }

    private static long firstLong(String json, String regex) {
        Matcher m = Pattern.compile(regex).matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("Nothing found in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    private static double pct(List<Long> sorted, int percent) {
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1000.0;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
