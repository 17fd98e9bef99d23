package org.jiceng.bench;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jiceng.JicengApplication;
import org.jiceng.assessment.campaign.Campaign;
import org.jiceng.assessment.campaign.CampaignForm;
import org.jiceng.assessment.campaign.CampaignService;
import org.jiceng.assessment.engine.Indicator;
import org.jiceng.assessment.Metrics;
import org.jiceng.assessment.scheme.ReferenceSchemes;
import org.jiceng.assessment.scheme.SchemeService;
import org.jiceng.assessment.scheme.StoredScheme;
import org.jiceng.demo.Scale;
import org.jiceng.demo.ScaleGenerator;
import org.jiceng.target.ledger.DiaryFilter;
import org.jiceng.target.ledger.DiaryService;
import org.jiceng.target.ledger.LedgerRollup;
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
 * 目标责任 benchmark (issue 13, not a test). {@code county}: generates the county-scale register with five years of
 * tasks, letters and ledgers (≈500,000 entries) and times, as the township officer {@code gen-township}, the 2009
 * and 2010 boards, the 2009 board's Excel and the township's ledger rollup page at 1 and 8 users (target: the board
 * ≤ 150 ms p95 under 8 users on PostgreSQL); as {@code gen-county} the year-end assessment of the county (the
 * reference {@code target-assessment} scheme, T1 bound to {@code target.letter_score}: the letter scores of the 300
 * villages read as metric data, then the campaign's recompute; ≤ 5 s) and the county's ledger rollup. {@code
 * province N}: a province of N counties of 160 villages (20 members each, to keep generation short) with the last
 * year's ledgers (2010 to the business date, 53,000 entries a county), and times one county's ledger rollup (≤ 1 s).
 * <pre>
 * ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.jiceng.bench.LetterBenchmark county h2
 * java -cp ... org.jiceng.bench.LetterBenchmark county pg jdbc:postgresql://localhost:5432/jiceng_hla_bench
 * java -cp ... org.jiceng.bench.LetterBenchmark province pg jdbc:postgresql://localhost:5432/jiceng_hla_province 10
 * </pre>
 */
public final class LetterBenchmark {

    static final int USERS = 8;
    static final int ROUNDS = 30;
    static final String BASE = "http://localhost:8185";

    public static void main(String[] args) throws Exception {
        boolean province = args[0].equals("province");
        boolean pg = args[1].equals("pg");
        String url = pg ? args[2] + "?reWriteBatchedInserts=true" : "jdbc:h2:file:/tmp/jiceng-bench/letters-"
                + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        var app = new SpringApplication(JicengApplication.class);
        app.addInitializers(context -> ((GenericApplicationContext) context).registerBean(
                FlywayMigrationStrategy.class, () -> flyway -> {
                    flyway.clean();
                    flyway.migrate();
                }));
        ConfigurableApplicationContext context = app.run("--server.port=8185", "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + (pg ? "postgres" : "sa"), "--jiceng.demo.mode=never",
                "--jiceng.business-date=2010-05-05", "--spring.flyway.clean-disabled=false",
                "--jiceng.install.initial-password=Bench@2010x", "--logging.level.root=WARN");
        String database = pg ? "PostgreSQL" : "H2";
        try {
            if (province) {
                int counties = args.length > 3 ? Integer.parseInt(args[3]) : 10;
                province(context, new Scale("province-light", counties, 16, 10, 20, 4), database);
            } else {
                county(context, database);
            }
        } finally {
            context.close();
        }
    }

    static void county(ConfigurableApplicationContext context, String database) throws Exception {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        long county = generate(context, Scale.COUNTY, database);
        long township = jdbc.queryForObject("SELECT org_id FROM accounts WHERE username = 'gen-township'", Long.class);
        long letter2009 = letter(jdbc, township, 2009);
        long letter2010 = letter(jdbc, township, 2010);
        System.out.printf("%s: the township's villages hold %,d ledger entries over five years, %,d in 2009%n", database,
                jdbc.queryForObject("SELECT COUNT(*) FROM ledger_diary_entries e JOIN orgs o ON o.id = e.org_id"
                        + " WHERE o.parent_id = ?", Long.class, township),
                jdbc.queryForObject("SELECT COUNT(*) FROM ledger_diary_entries e JOIN orgs o ON o.id = e.org_id"
                        + " WHERE o.parent_id = ? AND e.entry_year = 2009", Long.class, township));
        pages(database, "gen-township", List.of("/target-letters/" + letter2009, "/target-letters/" + letter2009
                        + "/board.xlsx", "/target-letters/" + letter2010, "/ledger-diary/rollup?org=" + township + "&year=2009"),
                List.of("board 2009", "board 2009 Excel", "board 2010 (to 5 May)", "township ledger rollup 2009"));

        signIn(context, "gen-county");
        yearEnd(context, jdbc, county, database);
        DiaryService diary = context.getBean(DiaryService.class);
        System.out.printf("%s county ledger rollup 2009 (service): runs %s ms (first is cold)%n", database,
                runs(() -> diary.rollup(new DiaryFilter(county, 2009, null, null, null, null), false)));
        SecurityContextHolder.clearContext();
        alone(database, "gen-county", List.of("/ledger-diary/rollup?org=" + county + "&year=2009"),
                List.of("county ledger rollup 2009 page"), 10);
    }

    static void province(ConfigurableApplicationContext context, Scale scale, String database) throws Exception {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        generate(context, scale, database);
        long county = jdbc.queryForObject("SELECT org_id FROM accounts WHERE username = 'gen-county'", Long.class);
        signIn(context, "gen-county");
        DiaryService diary = context.getBean(DiaryService.class);
        List<Long> runs = runs(() -> diary.rollup(new DiaryFilter(county, 2010, null, null, null, null), false));
        LedgerRollup rollup = diary.rollup(new DiaryFilter(county, 2010, null, null, null, null), false);
        System.out.printf("%s county ledger rollup 2010 (%,d entries of the county, %d rows) in a province of %d"
                + " counties: runs %s ms (first is cold)%n", database, rollup.entries(), rollup.rows().size(),
                scale.counties(), runs);
        SecurityContextHolder.clearContext();
        alone(database, "gen-county", List.of("/ledger-diary/rollup?org=" + county + "&year=2010"),
                List.of("county ledger rollup 2010 page (province)"), 10);
    }

    private static long generate(ConfigurableApplicationContext context, Scale scale, String database) {
        long t0 = System.nanoTime();
        ScaleGenerator.Result generated = context.getBean(ScaleGenerator.class).generate(scale, true);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        System.out.printf("%s: generated %,d orgs, %,d people, %,d central tasks, %,d letters, %,d copies, %,d ledger"
                        + " entries, %,d quantity lines in %.0f s%n", database, generated.orgs(), generated.people(),
                count(jdbc, "central_tasks"), count(jdbc, "target_letters"), count(jdbc, "target_letter_copies"),
                count(jdbc, "ledger_diary_entries"), count(jdbc, "ledger_diary_quantities"),
                (System.nanoTime() - t0) / 1e9);
        if (database.equals("PostgreSQL")) {
            // What autovacuum does soon after a bulk load: the visibility map, without which no scan is index-only.
            jdbc.execute("VACUUM ANALYZE ledger_diary_entries");
            jdbc.execute("VACUUM ANALYZE ledger_diary_quantities");
        }
        return jdbc.queryForObject("SELECT org_id FROM accounts WHERE username = 'gen-county'", Long.class);
    }

    /**
     * The year-end target assessment of 2009 over the county's villages: the reference scheme installed and
     * published, a campaign opened, the letter scores read as metric data for all villages at once (and one village
     * at a time, as each village's self-assessment reads them), every score entered, then the recompute.
     */
    static void yearEnd(ConfigurableApplicationContext context, JdbcTemplate jdbc, long county, String database) {
        var template = context.getBean(ReferenceSchemes.class).find("target-assessment").orElseThrow();
        StoredScheme scheme = context.getBean(SchemeService.class).install(county, template, 2009, true);
        CampaignService campaigns = context.getBean(CampaignService.class);
        Campaign campaign = campaigns.create(new CampaignForm(scheme.id(), "2009年度目标责任考核", null, null, null, 7, 1));
        List<Long> villages = jdbc.queryForList("SELECT org_id FROM campaign_entries WHERE campaign_id = ? ORDER BY id",
                Long.class, campaign.id());
        Metrics metrics = context.getBean(Metrics.class);
        List<Map<Long, Map<String, BigDecimal>>> data = new ArrayList<>();
        List<Long> batch = runs(() -> {
            data.add(metrics.metricInputs(scheme, 2009, villages));
            return null;
        });
        long t0 = System.nanoTime();
        villages.forEach(v -> metrics.metricInputs(scheme, 2009, v));
        long oneByOne = (System.nanoTime() - t0) / 1_000_000;
        List<String> leaves = new ArrayList<>();
        scheme.scheme().indicators().forEach(i -> leaves(i, leaves));
        List<Object[]> rows = new ArrayList<>();
        LocalDateTime now = LocalDateTime.now();
        Map<Long, Map<String, BigDecimal>> inputs = data.get(0);
        jdbc.query("SELECT id, org_id FROM campaign_entries WHERE campaign_id = ?", rs -> {
            for (String code : leaves) {
                BigDecimal value = inputs.get(rs.getLong(2)).getOrDefault(code,
                        code.startsWith("V") || code.startsWith("B") ? BigDecimal.ZERO : BigDecimal.TEN);
                rows.add(new Object[] {rs.getLong(1), code, value, "bench", now});
            }
        }, campaign.id());
        jdbc.batchUpdate("INSERT INTO campaign_scores (entry_id, indicator_code, self_value, self_by, self_at)"
                + " VALUES (?, ?, ?, ?, ?)", rows);
        List<Long> recompute = runs(() -> campaigns.recomputeAll(campaign));
        BigDecimal mean = inputs.values().stream().map(m -> m.getOrDefault("T1", BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(villages.size()), 2,
                        java.math.RoundingMode.HALF_UP);
        System.out.printf("%s year-end assessment 2009 of %d villages (%d leaves, mean T1 %s): letter scores for all"
                        + " villages %s ms; one village at a time, all %d: %d ms; recompute %s ms (first is cold)%n",
                database, villages.size(), leaves.size(), mean, batch, villages.size(), oneByOne, recompute);
    }

    private static void leaves(Indicator indicator, List<String> into) {
        if (indicator.children().isEmpty()) {
            into.add(indicator.code());
        }
        indicator.children().forEach(c -> leaves(c, into));
    }

    /** p50/p95/p99 per page, first one user alone, then {@link #USERS} users in turn over the pages. */
    static void pages(String database, String user, List<String> paths, List<String> names) throws Exception {
        alone(database, user, paths, names, ROUNDS);
        List<List<Long>> times = LoadDriver.rounds(BASE, user, "Jiceng@2010", paths, USERS, 3, ROUNDS);
        for (int p = 0; p < paths.size(); p++) {
            print(database + ", " + USERS + " users", names.get(p), times.get(p));
        }
    }

    /** One user alone: three warm-up requests per page, then {@code rounds}. */
    static void alone(String database, String user, List<String> paths, List<String> names, int rounds)
            throws Exception {
        HttpClient alone = LoadDriver.login(BASE, user, "Jiceng@2010");
        for (int p = 0; p < paths.size(); p++) {
            List<Long> t = new ArrayList<>();
            for (int i = -3; i < rounds; i++) {
                long took = LoadDriver.timeGet(alone, BASE + paths.get(p), null);
                if (i >= 0) {
                    t.add(took);
                }
            }
            print(database + ", 1 user", names.get(p), t);
        }
    }

    private static void print(String label, String name, List<Long> t) {
        Collections.sort(t);
        System.out.printf("| %s | %s | %d | %.1f | %.1f | %.1f |%n", label, name, t.size(), pct(t, 50), pct(t, 95),
                pct(t, 99));
    }

    private static long letter(JdbcTemplate jdbc, long township, int year) {
        return jdbc.queryForObject("SELECT id FROM target_letters WHERE org_id = ? AND letter_year = ?", Long.class,
                township, year);
    }

    private static void signIn(ConfigurableApplicationContext context, String username) {
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static List<Long> runs(Supplier<?> work) {
        List<Long> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            long start = System.nanoTime();
            work.get();
            runs.add((System.nanoTime() - start) / 1_000_000);
        }
        return runs;
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    private static double pct(List<Long> sorted, int percent) {
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1000.0;
    }
}
