package org.jiceng.bench;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jiceng.JicengApplication;
import org.jiceng.demo.ScaleGenerator;
import org.jiceng.demo.Scale;
import org.jiceng.incentive.pay.run.PaySettlementService;
import org.jiceng.incentive.pay.run.Settlement;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Village cadre pay benchmark (not a test): generates the county-scale register with five years of monthly pay
 * (300 villages, about 45,000 pay lines and ledger entries), then times — the targets — a township's pay
 * dashboard and a village account's statement under 8 users (≤ 100 ms p95 on PostgreSQL) and the county's annual
 * settlement (≤ 5 s).
 * <pre>
 * ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.jiceng.bench.PayBenchmark h2
 * java -cp ... org.jiceng.bench.PayBenchmark pg jdbc:postgresql://localhost:5432/jiceng_pay_bench
 * </pre>
 */
public final class PayBenchmark {

    static final int USERS = 8;
    static final int ROUNDS = 40;

    public static void main(String[] args) throws Exception {
        boolean pg = args[0].equals("pg");
        String url = pg ? args[1] + "?reWriteBatchedInserts=true" : "jdbc:h2:file:/tmp/jiceng-bench/pay-"
                + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        var app = new SpringApplication(JicengApplication.class);
        app.addInitializers(context -> ((GenericApplicationContext) context).registerBean(
                FlywayMigrationStrategy.class, () -> flyway -> {
                    flyway.clean();
                    flyway.migrate();
                }));
        ConfigurableApplicationContext context = app.run("--server.port=8184", "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + (pg ? "postgres" : "sa"), "--jiceng.demo.mode=never",
                "--jiceng.business-date=2010-05-05", "--spring.flyway.clean-disabled=false",
                "--jiceng.install.initial-password=Bench@2010x",
                "--logging.level.root=WARN");
        try {
            run(context, pg ? "PostgreSQL" : "H2");
        } finally {
            context.close();
        }
    }

    static void run(ConfigurableApplicationContext context, String database) throws Exception {
        long t0 = System.nanoTime();
        ScaleGenerator.Result generated = context.getBean(ScaleGenerator.class).generate(Scale.COUNTY, true);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        System.out.printf("%s: generated %,d orgs, %,d people, %,d pay runs, %,d lines, %,d ledger entries in %.0f s%n",
                database, generated.orgs(), generated.people(), count(jdbc, "pay_runs"), count(jdbc, "pay_lines"),
                count(jdbc, "pay_entries"), (System.nanoTime() - t0) / 1e9);
        long county = generated.rootId();
        long township = jdbc.queryForObject("SELECT MIN(id) FROM orgs WHERE parent_id = ? AND org_type = 'TOWNSHIP'",
                Long.class, county);
        long account = jdbc.queryForObject("SELECT MIN(id) FROM pay_accounts WHERE township_id = ?", Long.class, township);

        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername("gen-county");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        PaySettlementService settlements = context.getBean(PaySettlementService.class);
        List<Long> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            long start = System.nanoTime();
            Settlement s = settlements.of(county, 2009);
            runs.add((System.nanoTime() - start) / 1_000_000);
            if (!s.reconciles() || s.rows().size() != 15) {
                throw new IllegalStateException("settlement of " + s.rows().size() + " townships, reconciles " + s.reconciles());
            }
        }
        SecurityContextHolder.clearContext();
        System.out.printf("%s county settlement 2009 (15 townships, 300 villages): runs %s ms (first is cold)%n",
                database, runs);

        String base = "http://localhost:8184";
        List<String> pages = List.of("/pay?org=" + township + "&year=2009", "/pay/accounts/" + account + "?year=2009",
                "/pay/settlements/2009?org=" + county);
        String[] names = {"township pay dashboard", "account statement", "county settlement page"};
        HttpClient alone = LoadDriver.login(base, "gen-county", "Jiceng@2010");
        for (int p = 0; p < pages.size(); p++) {
            List<Long> t = new ArrayList<>();
            for (int i = -5; i < 30; i++) {
                long took = LoadDriver.timeGet(alone, base + pages.get(p), null);
                if (i >= 0) {
                    t.add(took);
                }
            }
            Collections.sort(t);
            System.out.printf("| %s, 1 user | %s | %d | %.1f | %.1f | %.1f |%n", database, names[p], t.size(),
                    pct(t, 50), pct(t, 95), pct(t, 99));
        }
        List<List<Long>> times = LoadDriver.rounds(base, "gen-county", "Jiceng@2010", pages, USERS, 5, ROUNDS);
        for (int p = 0; p < pages.size(); p++) {
            List<Long> t = times.get(p);
            Collections.sort(t);
            System.out.printf("| %s, %d users | %s | %d | %.1f | %.1f | %.1f |%n", database, USERS, names[p], t.size(), pct(t, 50),
                    pct(t, 95), pct(t, 99));
        }
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    private static double pct(List<Long> sorted, int percent) {
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1000.0;
    }
}
