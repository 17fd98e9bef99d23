package org.jiceng.incentive.pay.standard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jiceng.shared.StaleEditException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for pay standards (header, posts, caps, grades) and townships' top-ups. */
@Repository
class PayStandardRepository {

    private final JdbcClient jdbc;
    private final Clock clock;

    PayStandardRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<PayStandard> find(long countyId, int year, Map<String, String> postLabels) {
        return jdbc.sql("SELECT id FROM pay_standards WHERE county_id = ? AND standard_year = ?")
                .params(countyId, year).query(Long.class).optional().flatMap(id -> find(id, postLabels));
    }

    Optional<PayStandard> find(long id, Map<String, String> postLabels) {
        List<PayStandard.PostPay> posts = jdbc.sql("""
                SELECT post_code, basic_monthly, performance_annual FROM pay_standard_posts WHERE standard_id = ?
                ORDER BY post_code""").param(id)
                .query((rs, i) -> new PayStandard.PostPay(rs.getString("post_code"),
                        postLabels.getOrDefault(rs.getString("post_code"), rs.getString("post_code")),
                        rs.getBigDecimal("basic_monthly"), rs.getBigDecimal("performance_annual"))).list();
        List<PayStandard.Cap> caps = jdbc.sql("""
                SELECT min_population, max_paid FROM pay_standard_caps WHERE standard_id = ? ORDER BY min_population""")
                .param(id).query((rs, i) -> new PayStandard.Cap(rs.getInt("min_population"), rs.getInt("max_paid")))
                .list();
        List<PayStandard.GradeRate> grades = jdbc.sql("""
                SELECT grade, percent FROM pay_standard_grades WHERE standard_id = ? ORDER BY sort_order""").param(id)
                .query((rs, i) -> new PayStandard.GradeRate(rs.getString("grade"), rs.getBigDecimal("percent"))).list();
        return jdbc.sql("SELECT * FROM pay_standards WHERE id = ?").param(id)
                .query((rs, i) -> new PayStandard(rs.getLong("id"), rs.getLong("county_id"), rs.getInt("standard_year"),
                        rs.getInt("due_day"), rs.getInt("counted_day"), rs.getInt("performance_due_month"),
                        rs.getBoolean("overdraft_allowed"), rs.getBigDecimal("topup_limit"),
                        rs.getBigDecimal("on_time_target"), rs.getString("note"), posts, caps, grades,
                        rs.getLong("version")))
                .optional();
    }

    /** The years the county has a standard for, latest first. */
    List<Integer> years(long countyId) {
        return jdbc.sql("SELECT standard_year FROM pay_standards WHERE county_id = ? ORDER BY standard_year DESC")
                .param(countyId).query(Integer.class).list();
    }

    long insert(PayStandard s, String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO pay_standards (county_id, standard_year, due_day, counted_day, performance_due_month,
                    overdraft_allowed, topup_limit, on_time_target, note, updated_by, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.countyId(), s.year(), s.dueDay(), s.countedDay(), s.performanceDueMonth(),
                        s.overdraftAllowed(), s.topupLimit(), s.onTimeTarget(), s.note(), by, LocalDateTime.now(clock))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        insertRows(id, s);
        return id;
    }

    /** Replaces the standard's values and rows if nobody saved it since {@code version}; else 409. */
    void update(PayStandard s, long version, String by) {
        int updated = jdbc.sql("""
                UPDATE pay_standards SET due_day = ?, counted_day = ?, performance_due_month = ?,
                    overdraft_allowed = ?, topup_limit = ?, on_time_target = ?, note = ?, updated_by = ?,
                    updated_at = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(s.dueDay(), s.countedDay(), s.performanceDueMonth(), s.overdraftAllowed(), s.topupLimit(),
                        s.onTimeTarget(), s.note(), by, LocalDateTime.now(clock), s.id(), version)
                .update();
        if (updated == 0) {
            throw new StaleEditException(s.year() + "年度村干部报酬标准");
        }
        for (String table : List.of("pay_standard_posts", "pay_standard_caps", "pay_standard_grades")) {
            jdbc.sql("DELETE FROM " + table + " WHERE standard_id = ?").param(s.id()).update();
        }
        insertRows(s.id(), s);
    }

    private void insertRows(long id, PayStandard s) {
        for (PayStandard.PostPay p : s.posts()) {
            jdbc.sql("""
                    INSERT INTO pay_standard_posts (standard_id, post_code, basic_monthly, performance_annual)
                    VALUES (?, ?, ?, ?)""").params(id, p.post(), p.basicMonthly(), p.performanceAnnual()).update();
        }
        for (PayStandard.Cap c : s.caps()) {
            jdbc.sql("INSERT INTO pay_standard_caps (standard_id, min_population, max_paid) VALUES (?, ?, ?)")
                    .params(id, c.minPopulation(), c.maxPaid()).update();
        }
        int order = 0;
        for (PayStandard.GradeRate g : s.grades()) {
            jdbc.sql("INSERT INTO pay_standard_grades (standard_id, grade, percent, sort_order) VALUES (?, ?, ?, ?)")
                    .params(id, g.grade(), g.percent(), order++).update();
        }
    }

    // ---- top-ups

    Optional<TopUps> topups(long townshipId, int year) {
        return jdbc.sql("SELECT id, version FROM pay_topups WHERE township_id = ? AND topup_year = ?")
                .params(townshipId, year).query((rs, i) -> new long[] {rs.getLong("id"), rs.getLong("version")})
                .optional().map(row -> {
                    Map<String, BigDecimal> monthly = new LinkedHashMap<>();
                    jdbc.sql("SELECT post_code, monthly FROM pay_topup_posts WHERE topup_id = ? ORDER BY post_code")
                            .param(row[0]).query(rs -> {
                                monthly.put(rs.getString("post_code"), rs.getBigDecimal("monthly"));
                            });
                    return new TopUps(row[0], townshipId, year, monthly, row[1]);
                });
    }

    /** Writes the township's top-ups for the year (a new set, or a replacement if unchanged since {@code version}). */
    long saveTopups(long townshipId, int year, Map<String, BigDecimal> monthly, Long existingId, Long version,
                    String by) {
        long id;
        if (existingId == null) {
            var keys = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO pay_topups (township_id, topup_year, updated_by, updated_at) VALUES (?, ?, ?, ?)")
                    .params(townshipId, year, by, LocalDateTime.now(clock)).update(keys, "id");
            id = keys.getKeyAs(Number.class).longValue();
        } else {
            int updated = jdbc.sql("""
                    UPDATE pay_topups SET version = version + 1, updated_by = ?, updated_at = ?
                    WHERE id = ? AND version = ?""").params(by, LocalDateTime.now(clock), existingId, version).update();
            if (updated == 0) {
                throw new StaleEditException(year + "年度乡镇补贴");
            }
            id = existingId;
            jdbc.sql("DELETE FROM pay_topup_posts WHERE topup_id = ?").param(id).update();
        }
        monthly.forEach((post, amount) -> jdbc.sql(
                "INSERT INTO pay_topup_posts (topup_id, post_code, monthly) VALUES (?, ?, ?)")
                .params(id, post, amount).update());
        return id;
    }
}
