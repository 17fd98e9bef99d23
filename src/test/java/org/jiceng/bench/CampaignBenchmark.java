package org.jiceng.bench;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.jiceng.JicengApplication;
import org.jiceng.assessment.campaign.Campaign;
import org.jiceng.assessment.campaign.CampaignForm;
import org.jiceng.assessment.campaign.CampaignService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Campaign benchmark (not a test): builds a tree of {@code townships × villages} under one root, a 60-indicator scheme
 * (5 dimensions × 12, every scoring method), opens a campaign over all villages and enters every score, then times the
 * recompute of the whole campaign (the issue: 300 × 60 ≤ 1 s; 40,000 × 60 ≤ 60 s on PostgreSQL) and, at county scale,
 * the township's scoring grid of 30 villages over HTTP (≤ 100 ms p95).
 * <pre>
 * ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.jiceng.bench.CampaignBenchmark county h2
 * java -cp ... org.jiceng.bench.CampaignBenchmark province pg jdbc:postgresql://localhost:5432/jiceng_bench
 * </pre>
 */
public final class CampaignBenchmark {

    static final int INDICATORS = 60;

    public static void main(String[] args) throws Exception {
        boolean province = args[0].equals("province");
        boolean pg = args[1].equals("pg");
        int townships = province ? 2_000 : 10;
        int villages = province ? 20 : 30;
        String url = pg ? args[2] + "?reWriteBatchedInserts=true" : "jdbc:h2:file:/tmp/jiceng-bench/campaign-"
                + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        var app = new SpringApplication(JicengApplication.class);
        app.addInitializers(context -> ((GenericApplicationContext) context).registerBean(
                FlywayMigrationStrategy.class, () -> flyway -> {
                    flyway.clean();
                    flyway.migrate();
                }));
        ConfigurableApplicationContext context = app.run("--server.port=8183", "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + (pg ? "postgres" : "sa"), "--jiceng.demo.mode=never",
                "--spring.flyway.clean-disabled=false", "--logging.level.root=WARN");
        try {
            run(context, townships, villages, pg ? "PostgreSQL" : "H2");
        } finally {
            context.close();
        }
    }

    static void run(ConfigurableApplicationContext context, int townships, int villages, String database) throws Exception {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        long t0 = System.nanoTime();
        long root = tree(jdbc, townships, villages);
        long scheme = scheme(jdbc, root);
        jdbc.update("""
                INSERT INTO accounts (username, password_hash, display_name, role, org_id, enabled, failed_attempts,
                    password_changed_at, version, created_at, updated_at)
                VALUES ('bench', ?, '基准测试', 'COUNTY_OFFICER', ?, TRUE, 0, ?, 0, ?, ?)""",
                context.getBean(PasswordEncoder.class).encode("Bench@2010x"), root, LocalDateTime.now(),
                LocalDateTime.now(), LocalDateTime.now());
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername("bench");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        CampaignService campaigns = context.getBean(CampaignService.class);
        long t1 = System.nanoTime();
        Campaign campaign = campaigns.create(new CampaignForm(scheme, "基准评定", null, null, null, 7, 1));
        long t2 = System.nanoTime();
        int entries = scores(jdbc, campaign.id());
        long t3 = System.nanoTime();
        System.out.printf("%s: %,d villages × %d indicators; tree and scheme %.1f s, campaign opened in %.1f s, %,d scores written in %.1f s%n",
                database, townships * villages, INDICATORS, (t1 - t0) / 1e9, (t2 - t1) / 1e9, entries * INDICATORS,
                (t3 - t2) / 1e9);
        List<Long> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            long start = System.nanoTime();
            int n = campaigns.recomputeAll(campaign);
            runs.add((System.nanoTime() - start) / 1_000_000);
            if (n != entries) {
                throw new IllegalStateException("recomputed " + n + " of " + entries);
            }
        }
        System.out.printf("%s recompute of %,d entries: runs %s ms (first is cold)%n", database, entries, runs);
        Long graded = jdbc.queryForObject("SELECT COUNT(*) FROM campaign_entries WHERE campaign_id = ? AND grade IS NOT NULL",
                Long.class, campaign.id());
        System.out.printf("%s graded entries: %,d%n", database, graded);
        if (townships * villages <= 1000) {
            grid(jdbc, campaign.id());
        }
    }

    static void grid(JdbcTemplate jdbc, long campaign) throws Exception {
        long township = jdbc.queryForObject("SELECT MIN(township_id) FROM campaign_entries WHERE campaign_id = ?",
                Long.class, campaign);
        jdbc.update("""
                UPDATE review_items SET stage = 'SUBMITTED' WHERE id IN (
                    SELECT item_id FROM campaign_entries WHERE campaign_id = ? AND township_id = ?)""", campaign, township);
        String base = "http://localhost:8183";
        HttpClient client = LoadDriver.login(base, "bench", "Bench@2010x");
        String url = base + "/campaigns/" + campaign + "/grid?org=" + township;
        for (int i = 0; i < 30; i++) {
            LoadDriver.timeGet(client, url, null);
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            micros.add(LoadDriver.timeGet(client, url, null));
        }
        Collections.sort(micros);
        System.out.printf("grid of 30 villages × %d indicators, 200 requests: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                INDICATORS, micros.get(100) / 1000.0, micros.get(190) / 1000.0, micros.get(198) / 1000.0);
    }

    /** root → townships → villages, with the closure table. Returns the root's id. */
    static long tree(JdbcTemplate jdbc, int townships, int villages) {
        LocalDateTime now = LocalDateTime.now();
        long root = insertOrg(jdbc, null, "COUNTY", "基准县委", 0, now);
        jdbc.update("INSERT INTO org_tree (ancestor_id, descendant_id, distance) VALUES (?, ?, 0)", root, root);
        long next = jdbc.queryForObject("SELECT MAX(id) FROM orgs", Long.class) + 1;
        List<Object[]> orgs = new ArrayList<>();
        List<Object[]> closure = new ArrayList<>();
        for (int t = 0; t < townships; t++) {
            long township = next++;
            orgs.add(new Object[] {township, root, "TOWNSHIP", "基准乡" + t, "基准乡" + t, 1, t, now, now});
            closure.add(new Object[] {township, township, 0});
            closure.add(new Object[] {root, township, 1});
            for (int v = 0; v < villages; v++) {
                long village = next++;
                orgs.add(new Object[] {village, township, "BRANCH", "基准乡" + t + "村" + v, "村" + v, 2, v, now, now});
                closure.add(new Object[] {village, village, 0});
                closure.add(new Object[] {township, village, 1});
                closure.add(new Object[] {root, village, 2});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO orgs (id, parent_id, org_type, name, short_name, depth, sort_order, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", orgs);
        jdbc.batchUpdate("INSERT INTO org_tree (ancestor_id, descendant_id, distance) VALUES (?, ?, ?)", closure);
        return root;
    }

    private static long insertOrg(JdbcTemplate jdbc, Long parent, String type, String name, int depth, LocalDateTime now) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("""
                    INSERT INTO orgs (parent_id, org_type, name, short_name, depth, sort_order, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, 0, ?, ?)""", new String[] {"id"});
            ps.setObject(1, parent);
            ps.setString(2, type);
            ps.setString(3, name);
            ps.setString(4, name);
            ps.setInt(5, depth);
            ps.setObject(6, now);
            ps.setObject(7, now);
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    /** A published 60-indicator scheme: 5 dimensions of 12 leaves cycling through the scoring methods; 4 bands. */
    static long scheme(JdbcTemplate jdbc, long owner) {
        LocalDateTime now = LocalDateTime.now();
        jdbc.update("""
                INSERT INTO assessment_schemes (owner_org_id, family, name, scheme_year, subject_kind, edition, status,
                    base_max, bonus_cap, example, version, created_at, updated_at, published_at)
                VALUES (?, 'bench', '基准方案', 2010, 'VILLAGE_BRANCH', 1, 'PUBLISHED', 600, 0, FALSE, 0, ?, ?, ?)""",
                owner, now, now, now);
        long scheme = jdbc.queryForObject("SELECT MAX(id) FROM assessment_schemes", Long.class);
        List<Object[]> rows = new ArrayList<>();
        int order = 0;
        String[] methods = {"MANUAL", "PASS_FAIL", "COUNT", "VALUE_FACTOR"};
        for (int d = 1; d <= 5; d++) {
            rows.add(new Object[] {scheme, order++, null, "D" + d, "维度" + d, "GROUP", new BigDecimal("120"), null});
            for (int i = 1; i <= 12; i++) {
                String method = i == 12 ? "DEDUCTION" : methods[i % 4];
                BigDecimal unit = switch (method) {
                    case "COUNT" -> new BigDecimal("2");
                    case "VALUE_FACTOR" -> new BigDecimal("0.1");
                    case "DEDUCTION" -> new BigDecimal("1");
                    default -> null;
                };
                rows.add(new Object[] {scheme, order++, "D" + d, "D" + d + "." + i, "指标" + d + "." + i, method,
                        new BigDecimal(method.equals("DEDUCTION") ? "5" : "11"), unit});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO assessment_indicators (scheme_id, sort_order, parent_code, code, name, scoring_method,
                    max_points, unit_points, bonus)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, FALSE)""", rows);
        String[][] bands = {{"一类", "510", "600"}, {"二类", "420", "510"}, {"三类", "330", "420"}, {"四类", "0", "330"}};
        for (int i = 0; i < bands.length; i++) {
            jdbc.update("INSERT INTO assessment_bands (scheme_id, sort_order, name, min_score, max_score) VALUES (?, ?, ?, ?, ?)",
                    scheme, i, bands[i][0], new BigDecimal(bands[i][1]), new BigDecimal(bands[i][2]));
        }
        return scheme;
    }

    /** Every leaf of every entry gets a valid self value. Returns the number of entries. */
    static int scores(JdbcTemplate jdbc, long campaign) {
        List<Long> entries = jdbc.queryForList("SELECT id FROM campaign_entries WHERE campaign_id = ? ORDER BY id",
                Long.class, campaign);
        Random random = new Random(2010);
        LocalDateTime now = LocalDateTime.now();
        List<Object[]> batch = new ArrayList<>(10_000);
        for (long entry : entries) {
            for (int d = 1; d <= 5; d++) {
                for (int i = 1; i <= 12; i++) {
                    BigDecimal value = switch (i == 12 ? 4 : i % 4) {
                        case 0 -> BigDecimal.valueOf(random.nextInt(12));
                        case 1 -> BigDecimal.valueOf(random.nextInt(2));
                        case 2 -> BigDecimal.valueOf(random.nextInt(7));
                        case 3 -> BigDecimal.valueOf(random.nextInt(120));
                        default -> BigDecimal.valueOf(random.nextInt(3));
                    };
                    batch.add(new Object[] {entry, "D" + d + "." + i, value, "bench", now});
                    if (batch.size() == 10_000) {
                        flush(jdbc, batch);
                    }
                }
            }
        }
        flush(jdbc, batch);
        return entries.size();
    }

    private static void flush(JdbcTemplate jdbc, List<Object[]> batch) {
        jdbc.batchUpdate("INSERT INTO campaign_scores (entry_id, indicator_code, self_value, self_by, self_at) VALUES (?, ?, ?, ?, ?)",
                batch);
        batch.clear();
    }
}
