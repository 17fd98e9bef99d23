package org.jiceng.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.organization.RegisterSql;
import org.jiceng.training.TrainingRollups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the register at a chosen {@link Scale} for benchmarks: a county (or a province of counties), townships and
 * villages built by the demo's {@link VillageBuilder} with training, pay and 目标责任 records, written in batches,
 * one transaction per county, with the closure table kept in step. Creates the benchmark accounts {@code gen-county}, {@code gen-township} and (province
 * scale) {@code gen-province}, all with the demo password.
 */
@Component
public class ScaleGenerator {

    private static final Logger log = LoggerFactory.getLogger(ScaleGenerator.class);
    static final List<String> ACCOUNTS = List.of("gen-province", "gen-county", "gen-township");
    /** The last year of generated training records (the demo county's year). */
    static final int TRAINING_LAST_YEAR = 2010;
    /** Ledger diary entries per village and year: 300 villages × 5 years × 333 ≈ 500,000 (issue 13). */
    static final int LEDGER_ENTRIES_PER_VILLAGE = 333;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final TrainingRollups rollups;

    ScaleGenerator(JdbcTemplate jdbc, TransactionTemplate transaction, PasswordEncoder passwords,
                   TrainingRollups rollups, Clock clock) {
        this.clock = clock;
        this.rollups = rollups;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.passwords = passwords;
    }

    /** What was written: the root org and the row counts. */
    public record Result(long rootId, long orgs, long people) {
    }

    public boolean databaseIsEmpty() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM orgs", Long.class) == 0;
    }

    /**
     * Generates the register; refuses a database that already holds organizations unless {@code force}, which
     * adds the generated tree beside them (as another root) and replaces earlier benchmark accounts.
     */
    public Result generate(Scale scale, boolean force) {
        return generate(scale, force, county -> { });
    }

    /**
     * Each county is written in its own transaction (memory stays flat at province scale), which also moves every
     * identity the generator wrote explicit ids into past them: a run killed between counties leaves a database in
     * which every later create works. The last county's transaction also rebuilds the rollups and writes the
     * accounts, so a county-scale run is all or nothing. {@code afterCounty} runs after each county's commit.
     */
    Result generate(Scale scale, boolean force, java.util.function.IntConsumer afterCounty) {
        if (!force && !databaseIsEmpty()) {
            throw new IllegalStateException("The database already holds organizations; pass --jiceng.generate.force "
                    + "to add the generated register beside them");
        }
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        var names = new PlaceNames(new java.util.Random(scale.name().hashCode()));
        var writer = new RegisterWriter(jdbc, LocalDateTime.now(clock));
        Long province = scale.hasProvince()
                ? writer.org(null, "PROVINCE", "610000", "中共陕西省委（生成）", "陕西省委（生成）", 0) : null;
        List<String> countyNames = new ArrayList<>();
        for (int c = 0; c < scale.countyCount(); c++) {
            countyNames.add(names.county(c));
        }
        List<Long> counties = new ArrayList<>();
        List<Long> firstTownships = new ArrayList<>();
        for (int c = 0; c < scale.countyCount(); c++) {
            int index = c;
            boolean last = c == scale.countyCount() - 1;
            transaction.executeWithoutResult(status -> {
                writer.resume();
                long[] ids = county(scale, writer, names.under(), province, index, countyNames.get(index), today);
                counties.add(ids[0]);
                firstTownships.add(ids[1]);
                if (last) {
                    rollups.rebuild();
                    accounts(province, counties.get(0), firstTownships.get(0));
                }
                // Last: on H2 moving an identity is DDL, which commits the transaction.
                writer.finish();
                new TrainingGenerator(jdbc, 0).finish(writer);
                new PayGenerator(jdbc, 0, LocalDateTime.now(clock)).finish(writer);
                new LedgerGenerator(jdbc, 0, LocalDateTime.now(clock), 0).finish(writer);
            });
            afterCounty.accept(c);
            log.info("Generated county {}/{} ({}): {} people so far, {} s", c + 1, scale.countyCount(),
                    countyNames.get(c), writer.peopleWritten(), (System.nanoTime() - started) / 1_000_000_000);
        }
        long root = province != null ? province : counties.get(0);
        // Planner statistics for the tables just filled (PostgreSQL's autovacuum may be off or not yet run; without
        // them the first queries plan as if the tables were empty).
        jdbc.execute("ANALYZE");
        long orgs = jdbc.queryForObject("SELECT COUNT(*) FROM org_tree WHERE ancestor_id = ?", Long.class, root);
        log.info("Generated the {} scale register: {} organizations, {} people in {} s", scale.name(), orgs,
                writer.peopleWritten(), (System.nanoTime() - started) / 1_000_000_000);
        return new Result(root, orgs, writer.peopleWritten());
    }

    /** Writes one county and its townships; returns the county's id and its first township's id. */
    private long[] county(Scale scale, RegisterWriter writer, PlaceNames names, Long province, int index, String name,
                          LocalDate today) {
        String addressCode = String.format("6190%02d", index + 1);
        var factory = new PersonFactory(index + 1L, addressCode);
        var villages = new VillageBuilder(writer, factory, today, "陕西省" + name);
        long county = writer.org(province, "COUNTY", addressCode, "中共" + name + "委员会", name + "委", index);
        long firstTownship = 0;
        for (int t = 0; t < scale.townshipsPerCounty(); t++) {
            String township = names.township();
            long townshipId = writer.org(county, "TOWNSHIP", null, "中共" + township + "委员会", township, t);
            firstTownship = t == 0 ? townshipId : firstTownship;
            var villageNames = new PlaceNames(factory.random());
            for (int v = 0; v < scale.villagesPerTownship(); v++) {
                villages.build(townshipId, township, villageNames.village(), v, scale.membersPerVillage(),
                        scale.villagersPerVillage());
            }
        }
        writer.flush();
        // One truth, as V46 does for an upgraded county: everyone the register marks in hardship has an open case.
        jdbc.update("""
                INSERT INTO hardship_cases (person_id, org_id, township_id, person_name, org_name, member, cadre, cause,
                    severity, opened_on, note, created_by, created_at, version)
                SELECT p.id, p.org_id, o.parent_id, p.name, o.short_name,\s""" + RegisterSql.member("p") + """
                    , EXISTS (SELECT 1 FROM village_cadres v WHERE v.person_id = p.id), '99', '1', ?, p.hardship_note,
                    'system', ?, 0
                FROM people p JOIN orgs o ON o.id = p.org_id
                JOIN org_tree t ON t.descendant_id = p.org_id AND t.ancestor_id = ?
                WHERE p.hardship = TRUE""", today, LocalDateTime.now(clock), county);
        // Five years of 素质提升 for a county; the last year only at province scale (generation time).
        new TrainingGenerator(jdbc, index + 1L).county(county, years(scale));
        // Village cadre pay: five years of months for a county, the last twelve at province scale.
        new PayGenerator(jdbc, index + 1L, LocalDateTime.now(clock)).county(county, today,
                scale.hasProvince() ? 12 : 60);
        // 目标责任: five years of tasks, letters and ledgers for a county (≈500,000 entries), the last at province scale.
        new LedgerGenerator(jdbc, index + 1L, LocalDateTime.now(clock), LEDGER_ENTRIES_PER_VILLAGE).county(county,
                years(scale), today);
        return new long[] {county, firstTownship};
    }

    /** Five years of records for a county, the last one only at province scale (generation time). */
    private static List<Integer> years(Scale scale) {
        return scale.hasProvince() ? List.of(TRAINING_LAST_YEAR)
                : java.util.stream.IntStream.rangeClosed(TRAINING_LAST_YEAR - 4, TRAINING_LAST_YEAR).boxed().toList();
    }

    private void accounts(Long province, long county, long township) {
        for (String username : ACCOUNTS) {
            jdbc.update("DELETE FROM accounts WHERE username = ?", username);
        }
        var accounts = new DemoAccounts(jdbc, () -> passwords.encode(DemoCounty.DEMO_PASSWORD),
                LocalDateTime.now(clock));
        if (province != null) {
            accounts.pending("gen-province", "省委组织部（生成）", "COUNTY_OFFICER", province, null);
        }
        accounts.pending("gen-county", "县委组织部（生成）", "COUNTY_OFFICER", county, null);
        accounts.pending("gen-township", "乡镇组织委员（生成）", "TOWNSHIP_OFFICER", township, null);
        accounts.write();
    }
}
