package org.jiceng.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 目标责任 for a generated county, for benchmarks (issue 13): for each year and township four central tasks split to
 * its villages with target quantities, the township's target letter issued in March and signed with every village
 * (four items on the tasks — 按比例, 超额加分, 按比例, 逾期扣分 — with each village's own quantities, two scored at
 * year end), and each village's ledger diary: {@code entriesPerVillage} entries a year, about two thirds on the
 * village's share of a task with a quantity in its unit, the rest general work, some with a second quantity line.
 * At county scale, 333 entries over five years is about 500,000 entries. Nothing is dated after today (the business
 * clock's) nor, in 2010, after 30 June. Written in batches with chosen ids, like {@link PayGenerator}.
 */
final class LedgerGenerator {

    /** Title, category, unit, village target range (low, high), lead unit, letter item measure and area. */
    private static final String[][] TASKS = {
            {"春季植树绿化", "04", "TREE", "800", "2000", "乡林业站", "PROPORTIONAL", "03"},
            {"村组街道硬化拓宽", "06", "KM", "1", "3", "乡村镇建设办", "BONUS_PER_UNIT", "03"},
            {"核桃中药材主导产业种植", "03", "MU", "50", "200", "乡农业综合服务站", "PROPORTIONAL", "02"},
            {"村级组织活动场所整修", "05", "ROOM", "2", "4", "乡党委组织办", "LATE_DEDUCTION", "01"}};
    private static final String[][] GENERAL = {{"05", "召开党员大会，学习传达乡党委会议精神", "PERSON"},
            {"01", "接待外地客商考察投资环境", "WAN_YUAN"}, {"07", "排查调处邻里纠纷", "HOUSEHOLD"},
            {"04", "组织群众清理村组环境卫生", "PERSON"}, {"99", "走访慰问困难群众", "HOUSEHOLD"}};
    private static final String[] WITNESSES = {"王建国", "李秀兰", "张保平", "刘志强", "陈玉梅", "杨德胜", "赵长春", "孙桂英"};
    private static final LocalDate LAST_DAY = LocalDate.of(2010, 6, 30);
    private static final int BATCH = 5000;

    private final JdbcTemplate jdbc;
    private final Random random;
    private final Timestamp now;
    private final Map<String, List<Object[]>> rows = new HashMap<>();
    private final Map<String, Long> next = new HashMap<>();
    private final int entriesPerVillage;

    /** @param now when the records are written (the business clock's now) */
    LedgerGenerator(JdbcTemplate jdbc, long seed, LocalDateTime now, int entriesPerVillage) {
        this.jdbc = jdbc;
        this.random = new Random(seed);
        this.now = Timestamp.valueOf(now);
        this.entriesPerVillage = entriesPerVillage;
    }

    static final List<String> TABLES = List.of("central_tasks", "central_task_targets", "target_letters",
            "target_letter_items", "target_letter_copies", "ledger_diary_entries", "ledger_diary_quantities");

    /** The county's tasks, letters and ledgers for each of the years that has begun by {@code today}. */
    void county(long county, List<Integer> years, LocalDate today) {
        TABLES.forEach(t -> next.put(t, jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM " + t, Long.class)));
        Map<Long, String> secretaries = new HashMap<>();
        jdbc.query("""
                SELECT c.org_id, p.name FROM committee_posts c JOIN people p ON p.id = c.person_id
                JOIN org_tree t ON t.descendant_id = c.org_id AND t.ancestor_id = ? WHERE c.post = '01'""",
                rs -> {
                    secretaries.putIfAbsent(rs.getLong(1), rs.getString(2));
                }, county);
        List<Map<String, Object>> townships = jdbc.queryForList(
                "SELECT id, name FROM orgs WHERE parent_id = ? AND org_type = 'TOWNSHIP' ORDER BY id", county);
        for (int year : years) {
            LocalDate last = LocalDate.of(year, 12, 31);
            last = last.isAfter(today) ? today : last;
            last = last.isAfter(LAST_DAY) ? LAST_DAY : last;
            if (last.getYear() != year || last.isBefore(LocalDate.of(year, 3, 25))) {
                continue; // the year's letters are signed in March
            }
            for (Map<String, Object> t : townships) {
                long township = ((Number) t.get("id")).longValue();
                List<Long> villages = jdbc.queryForList("""
                        SELECT id FROM orgs WHERE parent_id = ? AND org_type IN ('BRANCH', 'GENERAL_BRANCH')
                        ORDER BY sort_order, id""", Long.class, township);
                township(township, (String) t.get("name"), villages, year, last, secretaries);
            }
        }
        flush(0);
    }

    /** After bulk writes with chosen ids, the tables' identities continue after them. */
    void finish(RegisterWriter writer) {
        TABLES.forEach(t -> writer.restartIdentity(t,
                jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM " + t, Long.class)));
    }

    private void township(long township, String name, List<Long> villages, int year, LocalDate last,
                          Map<Long, String> secretaries) {
        long[] tasks = new long[TASKS.length];
        Map<Long, long[]> shares = new HashMap<>();
        Map<Long, BigDecimal[]> targets = new HashMap<>();
        villages.forEach(v -> {
            shares.put(v, new long[TASKS.length]);
            targets.put(v, new BigDecimal[TASKS.length]);
        });
        LocalDate drafted = LocalDate.of(year, 2, 20);
        for (int k = 0; k < TASKS.length; k++) {
            String[] task = TASKS[k];
            LocalDate deadline = LocalDate.of(year, k == 3 ? 6 : 11, 30);
            tasks[k] = task(township, null, year, task, deadline);
            BigDecimal sum = BigDecimal.ZERO;
            for (long village : villages) {
                long share = task(village, tasks[k], year, task, deadline);
                BigDecimal target = target(task);
                shares.get(village)[k] = share;
                targets.get(village)[k] = target;
                add("central_task_targets", next("central_task_targets"), share, task[2], target);
                sum = sum.add(target);
            }
            add("central_task_targets", next("central_task_targets"), tasks[k], task[2], sum);
        }
        long letter = next("target_letters");
        add("target_letters", letter, township, year, year + "年度目标责任书", name, Date.valueOf(LocalDate.of(year, 3, 10)),
                now);
        long[] items = new long[TASKS.length + 2];
        for (int k = 0; k < TASKS.length; k++) {
            String[] task = TASKS[k];
            String kind = task[6];
            boolean quantified = !"LATE_DEDUCTION".equals(kind);
            items[k] = next("target_letter_items");
            add("target_letter_items", items[k], letter, k + 1, task[7], "完成" + task[0] + "任务", kind,
                    new BigDecimal(k == 0 ? "20" : "15"), quantified ? new BigDecimal(task[3]) : null,
                    quantified ? task[2] : null, "BONUS_PER_UNIT".equals(kind) ? BigDecimal.ONE : null,
                    "BONUS_PER_UNIT".equals(kind) ? new BigDecimal("3") : null,
                    quantified ? null : Date.valueOf(LocalDate.of(year, 6, 30)),
                    quantified ? null : new BigDecimal("0.5"), task[5], "台账日记、图片", tasks[k]);
        }
        items[4] = next("target_letter_items");
        add("target_letter_items", items[4], letter, 5, "01", "村党支部达到“五个好”村党组织标准", "DONE",
                new BigDecimal("20"), null, null, null, null, null, null, "乡党委组织办", "考核评定结果", null);
        items[5] = next("target_letter_items");
        add("target_letter_items", items[5], letter, 6, "05", "无越级上访、无重大安全事故", "DONE", new BigDecimal("15"),
                null, null, null, null, null, null, "乡综治办", "综治台账", null);
        for (int i = 0; i < villages.size(); i++) {
            long village = villages.get(i);
            long copy = next("target_letter_copies");
            add("target_letter_copies", copy, letter, village, Date.valueOf(LocalDate.of(year, 3, 15 + i % 10)),
                    secretaries.getOrDefault(village, "村党支部书记"), secretaries.getOrDefault(township, "乡党委书记"));
            for (int k = 0; k < 3; k++) {
                add("target_letter_copy_targets", copy, items[k], targets.get(village)[k]);
            }
            ledger(village, year, last, shares.get(village), targets.get(village));
        }
        flush(BATCH);
    }

    private long task(long org, Long parent, int year, String[] task, LocalDate deadline) {
        long id = next("central_tasks");
        add("central_tasks", id, org, parent, year, task[0], task[1], task[5], Date.valueOf(deadline), now);
        return id;
    }

    private BigDecimal target(String[] task) {
        int low = Integer.parseInt(task[3]);
        int high = Integer.parseInt(task[4]);
        return "KM".equals(task[2]) ? BigDecimal.valueOf(low * 10 + random.nextInt((high - low) * 10 + 1), 1)
                : BigDecimal.valueOf(low + random.nextInt(high - low + 1));
    }

    /**
     * A village's entries of a year: the three quantified tasks' targets reached at about 60–130% over the whole
     * year (pro rata when the year is cut short), the site works done once or twice, the rest general work.
     */
    private void ledger(long village, int year, LocalDate last, long[] shares, BigDecimal[] targets) {
        LocalDate first = LocalDate.of(year, 1, 4);
        int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
        double share = days / 362.0;
        int onTasks = entriesPerVillage * 2 / 3;
        int perTask = Math.max(1, (onTasks - 2) / 3);
        for (int n = 0; n < entriesPerVillage; n++) {
            LocalDate date = first.plusDays(random.nextInt(days));
            long entry = next("ledger_diary_entries");
            int k = n < 3 * perTask ? n % 3 : n < onTasks ? 3 : -1;
            if (k == 3 && date.isBefore(LocalDate.of(year, 4, 1))) {
                date = last; // the site works start in spring
            }
            if (k >= 0) {
                String[] task = TASKS[k];
                add("ledger_diary_entries", entry, village, year, Date.valueOf(date), task[1],
                        task[0] + "：" + (k == 3 ? "完成整修并验收" : "今日完成一批"), witness(), shares[k], now);
                BigDecimal quantity = k == 3 ? BigDecimal.ONE : targets[k]
                        .multiply(BigDecimal.valueOf(share * (0.6 + random.nextDouble() * 0.7) / perTask))
                        .setScale(2, RoundingMode.HALF_UP);
                add("ledger_diary_quantities", next("ledger_diary_quantities"), entry, 1, quantity, task[2]);
            } else {
                String[] work = GENERAL[random.nextInt(GENERAL.length)];
                add("ledger_diary_entries", entry, village, year, Date.valueOf(date), work[0], work[1], witness(),
                        null, now);
                if (random.nextInt(10) < 7) {
                    add("ledger_diary_quantities", next("ledger_diary_quantities"), entry, 1,
                            BigDecimal.valueOf(1 + random.nextInt(40)), work[2]);
                }
                if (random.nextInt(10) == 0) {
                    add("ledger_diary_quantities", next("ledger_diary_quantities"), entry, 2,
                            BigDecimal.valueOf(1 + random.nextInt(5)), "WAN_YUAN");
                }
            }
        }
    }

    private String witness() {
        return WITNESSES[random.nextInt(WITNESSES.length)];
    }

    private long next(String table) {
        return next.merge(table, 1L, Long::sum) - 1;
    }

    private void add(String table, Object... row) {
        rows.computeIfAbsent(table, k -> new ArrayList<>()).add(row);
    }

    /** Writes what is held once the ledger holds more than {@code atLeast} entries, parents before children. */
    private void flush(int atLeast) {
        if (rows.getOrDefault("ledger_diary_entries", List.of()).size() < atLeast) {
            return;
        }
        batch("central_tasks", """
                INSERT INTO central_tasks (id, org_id, parent_id, task_year, title, category, lead_unit, deadline,
                    created_by, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'generator', ?, 0)""");
        batch("central_task_targets", "INSERT INTO central_task_targets (id, task_id, unit, quantity) VALUES (?, ?, ?, ?)");
        batch("target_letters", """
                INSERT INTO target_letters (id, org_id, letter_year, title, issuer, status, issued_on, created_by,
                    created_at, version) VALUES (?, ?, ?, ?, ?, 'ISSUED', ?, 'generator', ?, 0)""");
        batch("target_letter_items", """
                INSERT INTO target_letter_items (id, letter_id, line_no, area, content, measure_kind, base_points,
                    target_quantity, unit, points_per_unit_over, bonus_cap, deadline, points_per_day_late,
                    checking_office, evidence, task_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        batch("target_letter_copies", """
                INSERT INTO target_letter_copies (id, letter_id, village_id, status, signed_on, village_signer,
                    township_signer, version) VALUES (?, ?, ?, 'SIGNED', ?, ?, ?, 0)""");
        batch("target_letter_copy_targets",
                "INSERT INTO target_letter_copy_targets (copy_id, item_id, target_quantity) VALUES (?, ?, ?)");
        batch("ledger_diary_entries", """
                INSERT INTO ledger_diary_entries (id, org_id, entry_year, entry_date, category, content, witness, task_id,
                    recorded_by, recorded_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'generator', ?, 0)""");
        batch("ledger_diary_quantities",
                "INSERT INTO ledger_diary_quantities (id, entry_id, line_no, quantity, unit) VALUES (?, ?, ?, ?, ?)");
    }

    private void batch(String table, String sql) {
        List<Object[]> held = rows.remove(table);
        if (held == null) {
            return;
        }
        for (int from = 0; from < held.size(); from += BATCH) {
            jdbc.batchUpdate(sql, held.subList(from, Math.min(held.size(), from + BATCH)));
        }
    }
}
