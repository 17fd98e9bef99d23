package org.jiceng.bench;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

/**
 * What one request of each benchmark page costs the app alone: one client, requests one after another, the app JVM's
 * CPU time (user + system from {@code /proc/<pid>/stat}, its JIT and GC included) and the wall time per request, after
 * {@code WARM} rounds of 20 requests per page (default 40: the JIT is done by then). {@code ONLY} (a regex) keeps
 * some pages. Run through {@code bench/cost.sh}; arguments: base URL, user, the app's pid, requests per page.
 */
public class PageCost {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String user = args[1];
        String pid = args[2];
        int n = Integer.parseInt(args[3]);
        String password = "Jiceng@2010";
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        Map<String, String> pages = LoadDriver.pages(HttpClient.newHttpClient(), base, basic);
        String bearer = "Bearer " + LoadDriver.token(HttpClient.newHttpClient(), base, basic);
        HttpClient session = LoadDriver.login(base, user, password);
        int warm = Integer.parseInt(System.getenv().getOrDefault("WARM", "40"));
        for (int w = 0; w < warm; w++) {
            for (var page : pages.entrySet()) {
                for (int i = 0; i < 20; i++) {
                    LoadDriver.timePage(session, base, page.getKey(), page.getValue(), basic, bearer);
                }
            }
        }
        String only = System.getenv("ONLY");
        System.out.println("| page | app CPU ms/req | wall ms/req |");
        System.out.println("|---|---|---|");
        for (var page : pages.entrySet()) {
            if (only != null && !page.getKey().matches(only)) {
                continue;
            }
            long cpu = cpuMillis(pid);
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                LoadDriver.timePage(session, base, page.getKey(), page.getValue(), basic, bearer);
            }
            System.out.printf("| %s | %.1f | %.1f |%n", page.getKey(), (cpuMillis(pid) - cpu) / (double) n,
                    (System.nanoTime() - start) / 1e6 / n);
        }
    }

    /** User + system CPU of a process in ms (clock ticks of 10 ms). */
    static long cpuMillis(String pid) throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }
}
