package org.jiceng.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Village cadre pay for a generated county, for benchmarks: the county's standard per year, a dedicated account per
 * village and, for each of the given months, each township's run with a line per paid cadre of the register (one per
 * person, at the best-paid post), funds in every half-year covering the half's pay, and payments — about 95% on time
 * and in full, 3% late, 2% short — for every month whose due date has passed. At county scale over five years that is
 * 900 runs, about 45,000 lines and 45,000 ledger entries. Written in batches with chosen ids, like
 * {@link TrainingGenerator}; the lines follow today's register (its terms are not replayed month by month).
 */
final class PayGenerator {

    private static final String[][] POSTS = {{"01", "村党组织书记", "400.00", "1200.00"}, {"02", "村党组织副书记", "320.00",
            "960.00"}, {"03", "村委会主任", "360.00", "1080.00"}, {"05", "村委会委员", "280.00", "800.00"},
            {"07", "文书", "320.00", "960.00"}};
    private static final int BATCH = 5000;

    private final JdbcTemplate jdbc;
    private final Random random;
    private final Timestamp now;
    private final List<Object[]> accounts = new ArrayList<>();
    private final List<Object[]> runs = new ArrayList<>();
    private final List<Object[]> lines = new ArrayList<>();
    private final List<Object[]> entries = new ArrayList<>();
    private long nextAccount;
    private long nextRun;
    private long nextLine;
    private long nextEntry;

    /** @param now when the records are written (the business clock's now) */
    PayGenerator(JdbcTemplate jdbc, long seed, LocalDateTime now) {
        this.jdbc = jdbc;
        this.random = new Random(seed);
        this.now = Timestamp.valueOf(now);
    }

    /** {@code months} months of pay ending with the month before today's. */
    void county(long county, LocalDate today, int months) {
        YearMonth last = YearMonth.from(today).minusMonths(1);
        YearMonth first = last.minusMonths(months - 1L);
        Map<Integer, Long> standards = new HashMap<>();
        for (int year = first.getYear(); year <= last.getYear(); year++) {
            standards.put(year, standard(county, year));
        }
        nextAccount = next("pay_accounts");
        nextRun = next("pay_runs");
        nextLine = next("pay_lines");
        nextEntry = next("pay_entries");
        for (long township : jdbc.queryForList("SELECT id FROM orgs WHERE parent_id = ? AND org_type = 'TOWNSHIP' ORDER BY id",
                Long.class, county)) {
            township(township, first, last, standards, today);
        }
        flush();
    }

    /** After bulk writes with chosen ids, the tables' identities continue after them. */
    void finish(RegisterWriter writer) {
        for (String table : List.of("pay_accounts", "pay_runs", "pay_lines", "pay_entries")) {
            writer.restartIdentity(table, next(table));
        }
    }

    private void township(long township, YearMonth first, YearMonth last, Map<Integer, Long> standards,
                          LocalDate today) {
        Map<Long, Map<Long, String[]>> paid = new LinkedHashMap<>();
        jdbc.query("""
                SELECT v.org_id, v.person_id, p.name, v.post FROM village_cadres v JOIN people p ON p.id = v.person_id
                JOIN orgs o ON o.id = v.org_id WHERE o.parent_id = ? AND v.paid = TRUE
                  AND (v.term_end IS NULL OR v.term_end > ?)
                ORDER BY v.org_id, v.post""", rs -> {
                    String[] post = post(rs.getString(4));
                    if (post != null) {
                        paid.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                                .putIfAbsent(rs.getLong(2), new String[] {rs.getString(3), post[0], post[1], post[2]});
                    }
                }, township, Date.valueOf(today));
        Map<Long, Long> accountOf = new HashMap<>();
        LocalDate opened = first.atDay(5);
        for (long village : paid.keySet()) {
            long id = nextAccount++;
            accountOf.put(village, id);
            accounts.add(new Object[] {id, village, township, "生成村干部报酬专帐", 800 + random.nextInt(1200),
                    Date.valueOf(opened), now});
        }
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            if (month.equals(first) || month.getMonthValue() == 1 || month.getMonthValue() == 7) {
                fundHalf(township, accountOf, paid, month, last);
            }
            long run = nextRun++;
            LocalDate due = month.plusMonths(1).atDay(10);
            runs.add(new Object[] {run, township, month.getYear(), month.getMonthValue(), standards.get(month.getYear()),
                    Date.valueOf(due), now});
            int order = 0;
            for (var village : paid.entrySet()) {
                for (var person : village.getValue().entrySet()) {
                    long line = nextLine++;
                    String[] p = person.getValue();
                    BigDecimal amount = new BigDecimal(p[3]);
                    lines.add(new Object[] {line, run, village.getKey(), person.getKey(), p[0], p[1], p[2], amount,
                            amount, order++});
                    if (due.isBefore(today)) {
                        pay(accountOf.get(village.getKey()), village.getKey(), township, line, amount, month);
                    }
                }
            }
            if (lines.size() > BATCH) {
                flush();
            }
        }
    }

    /** Money in for the half-year starting with {@code month}: its months' pay, rounded up to the hundred. */
    private void fundHalf(long township, Map<Long, Long> accountOf, Map<Long, Map<Long, String[]>> paid,
                          YearMonth month, YearMonth last) {
        int monthsInHalf = 0;
        for (YearMonth m = month; !m.isAfter(last) && (m.equals(month) || (m.getMonthValue() != 1
                && m.getMonthValue() != 7)); m = m.plusMonths(1)) {
            monthsInHalf++;
        }
        for (var village : paid.entrySet()) {
            BigDecimal monthly = village.getValue().values().stream().map(p -> new BigDecimal(p[3]))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal amount = monthly.multiply(BigDecimal.valueOf(monthsInHalf))
                    .divide(new BigDecimal("100"), 0, RoundingMode.CEILING).multiply(new BigDecimal("100"));
            entries.add(new Object[] {nextEntry++, accountOf.get(village.getKey()), village.getKey(), township,
                    "FUND_IN", Date.valueOf(month.atDay(5)), amount, "财政转移支付",
                    "生成财发〔" + month.getYear() + "〕" + month.getMonthValue() + "号", null, null});
        }
    }

    /** Mostly by the 10th of the next month in full; a few late, a few short. */
    private void pay(long account, long village, long township, long line, BigDecimal due, YearMonth month) {
        int roll = random.nextInt(100);
        YearMonth next = month.plusMonths(1);
        LocalDate date = roll < 97 && roll >= 95 ? next.atDay(12 + random.nextInt(14)) : next.atDay(3 + random.nextInt(7));
        BigDecimal amount = roll >= 98 ? due.subtract(new BigDecimal("50.00")) : due;
        entries.add(new Object[] {nextEntry++, account, village, township, "PAY_OUT", Date.valueOf(date), amount.negate(),
                null, null, line, "PASSBOOK"});
    }

    private long standard(long county, int year) {
        List<Long> existing = jdbc.queryForList("SELECT id FROM pay_standards WHERE county_id = ? AND standard_year = ?",
                Long.class, county, year);
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        jdbc.update("""
                INSERT INTO pay_standards (county_id, standard_year, due_day, counted_day, performance_due_month,
                    overdraft_allowed, topup_limit, on_time_target, note, updated_by, updated_at)
                VALUES (?, ?, 10, 15, 1, FALSE, 50, 100, '生成的示例标准', 'generator', ?)""", county, year, now);
        long id = jdbc.queryForObject("SELECT id FROM pay_standards WHERE county_id = ? AND standard_year = ?",
                Long.class, county, year);
        for (String[] p : POSTS) {
            jdbc.update("INSERT INTO pay_standard_posts (standard_id, post_code, basic_monthly, performance_annual) VALUES (?, ?, ?, ?)",
                    id, p[0], new BigDecimal(p[2]), new BigDecimal(p[3]));
        }
        jdbc.update("INSERT INTO pay_standard_caps (standard_id, min_population, max_paid) VALUES (?, 0, 3), (?, 1500, 5)", id, id);
        String[] grades = {"优秀", "称职", "基本称职", "不称职"};
        int[] percents = {100, 80, 50, 0};
        for (int g = 0; g < grades.length; g++) {
            jdbc.update("INSERT INTO pay_standard_grades (standard_id, grade, percent, sort_order) VALUES (?, ?, ?, ?)",
                    id, grades[g], percents[g], g);
        }
        return id;
    }

    private static String[] post(String code) {
        for (String[] p : POSTS) {
            if (p[0].equals(code)) {
                return p;
            }
        }
        return null;
    }

    private long next(String table) {
        return jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table, Long.class);
    }

    private void flush() {
        batch("""
                INSERT INTO pay_accounts (id, village_id, township_id, account_name, population, opened_on, opened_by,
                    opened_at) VALUES (?, ?, ?, ?, ?, ?, 'generator', ?)""", accounts);
        batch("""
                INSERT INTO pay_runs (id, township_id, kind, run_year, run_month, standard_id, due_date, computed_by,
                    computed_at) VALUES (?, ?, 'MONTHLY', ?, ?, ?, ?, 'generator', ?)""", runs);
        batch("""
                INSERT INTO pay_lines (id, run_id, village_id, person_id, person_name, post_code, post_label, months,
                    basic, topup, due, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, 0, ?, ?)""", lines);
        List<Object[]> withTime = entries.stream().map(e -> {
            Object[] row = java.util.Arrays.copyOf(e, e.length + 1);
            row[e.length] = now;
            return row;
        }).toList();
        batch("""
                INSERT INTO pay_entries (id, account_id, village_id, township_id, kind, entry_date, amount, source,
                    document_no, line_id, method, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'generator', ?)""", withTime);
        accounts.clear();
        runs.clear();
        lines.clear();
        entries.clear();
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }
}
