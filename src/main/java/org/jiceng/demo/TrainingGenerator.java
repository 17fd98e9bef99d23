package org.jiceng.demo;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jiceng.organization.RegisterSql;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 素质提升 records for a generated county, for benchmarks: per year the county's hour rules and meeting frequencies;
 * per township 20 training sessions with 200 of its members listed each and a plan by quarter; per village branch
 * its 三会一课 under the default frequencies with about one meeting in twelve missed. At county scale over five
 * years that is about 1,500 sessions, 300,000 attendance rows and 65,000 meetings.
 */
final class TrainingGenerator {

    static final int SESSIONS_PER_TOWNSHIP = 20;
    static final int LISTED_PER_SESSION = 200;
    private static final String[][] FREQUENCIES = {{"01", "QUARTER"}, {"02", "MONTH"}, {"03", "MONTH"},
            {"04", "QUARTER"}, {"05", "MONTH"}, {"06", "YEAR"}, {"07", "YEAR"}};

    private final JdbcTemplate jdbc;
    private final Random random;
    private final Timestamp now = Timestamp.valueOf(LocalDateTime.now());

    TrainingGenerator(JdbcTemplate jdbc, long seed) {
        this.jdbc = jdbc;
        this.random = new Random(seed);
    }

    void county(long county, List<Integer> years) {
        for (int year : years) {
            jdbc.update("""
                    INSERT INTO training_hour_rules (org_id, rule_year, member_hours, committee_hours, day_hours, version)
                    VALUES (?, ?, 32, 56, 8, 0)""", county, year);
            for (String[] f : FREQUENCIES) {
                jdbc.update("INSERT INTO meeting_frequencies (org_id, rule_year, meeting_type, period, min_count) VALUES (?, ?, ?, ?, 1)",
                        county, year, f[0], f[1]);
            }
        }
        List<Long> townships = jdbc.queryForList("SELECT id FROM orgs WHERE parent_id = ? AND org_type = 'TOWNSHIP' ORDER BY id",
                Long.class, county);
        for (long township : townships) {
            township(township, years);
        }
    }

    /** After bulk writes with chosen ids, the table's identity continues after them. */
    void finish(RegisterWriter writer) {
        writer.restartIdentity("training_sessions",
                jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM training_sessions", Long.class));
    }

    private void township(long township, List<Integer> years) {
        Map<Long, List<Long>> membersByBranch = new HashMap<>();
        List<Long> members = new ArrayList<>();
        jdbc.query("""
                SELECT p.id, p.org_id FROM people p JOIN orgs o ON o.id = p.org_id
                WHERE o.parent_id = ? AND\s""" + RegisterSql.member("p") + " ORDER BY p.id", rs -> {
                    membersByBranch.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(rs.getLong(1));
                    members.add(rs.getLong(1));
                }, township);
        long nextSession = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM training_sessions", Long.class);
        List<Object[]> sessions = new ArrayList<>();
        List<Object[]> attendance = new ArrayList<>();
        List<Object[]> plans = new ArrayList<>();
        List<Object[]> meetings = new ArrayList<>();
        String[] categories = {"01", "02", "03", "04", "05", "06"};
        for (int year : years) {
            for (int quarter = 1; quarter <= 4; quarter++) {
                plans.add(new Object[] {township, year, categories[quarter % 2 == 0 ? 2 : 0], quarter, 5, 1000});
            }
            for (int s = 0; s < SESSIONS_PER_TOWNSHIP; s++) {
                long id = nextSession++;
                LocalDate day = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
                BigDecimal hours = BigDecimal.valueOf(random.nextBoolean() ? 8 : 4);
                sessions.add(new Object[] {id, township, "生成培训" + year + "-" + s, categories[s % categories.length],
                        s % 3 == 0 ? "02" : "01", Date.valueOf(day), Date.valueOf(day), hours, random.nextInt(40), now, now});
                int from = members.isEmpty() ? 0 : random.nextInt(members.size());
                for (int k = 0; k < Math.min(LISTED_PER_SESSION, members.size()); k++) {
                    long person = members.get((from + k) % members.size());
                    boolean attended = random.nextInt(100) < 92;
                    attendance.add(new Object[] {id, person, attended, attended ? null : "外出务工",
                            attended ? hours : BigDecimal.ZERO});
                }
            }
            for (var branch : membersByBranch.entrySet()) {
                meetings(branch.getKey(), Math.max(3, branch.getValue().size()), year, meetings);
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO training_sessions (id, org_id, topic, category, delivery_mode, start_date, end_date, hours,
                    unnamed_villagers, version, created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 'generator', ?, ?)""", sessions);
        for (int from = 0; from < attendance.size(); from += 5000) {
            jdbc.batchUpdate("""
                    INSERT INTO training_attendance (session_id, person_id, attended, absence_reason, hours)
                    VALUES (?, ?, ?, ?, ?)""", attendance.subList(from, Math.min(attendance.size(), from + 5000)));
        }
        jdbc.batchUpdate("""
                INSERT INTO training_plan_items (org_id, plan_year, category, quarter, sessions, headcount)
                VALUES (?, ?, ?, ?, ?, ?)""", plans);
        for (int from = 0; from < meetings.size(); from += 5000) {
            jdbc.batchUpdate("""
                    INSERT INTO org_meetings (org_id, meeting_type, held_on, topic, chair, recorder, expected, present,
                        status, version, created_by, created_at, updated_at)
                    VALUES (?, ?, ?, ?, '支部书记', '组织委员', ?, ?, 'APPROVED', 0, 'generator', ?, ?)""",
                    meetings.subList(from, Math.min(meetings.size(), from + 5000)));
        }
    }

    private void meetings(long branch, int members, int year, List<Object[]> into) {
        for (int month = 1; month <= 12; month++) {
            for (String type : new String[] {"02", "03", "05"}) {
                if (random.nextInt(100) < 92) {
                    into.add(meeting(branch, type, LocalDate.of(year, month, 1 + random.nextInt(27)), type.equals("02") ? 5 : members));
                }
            }
            if (month % 3 == 2) {
                for (String type : new String[] {"01", "04"}) {
                    if (random.nextInt(100) < 95) {
                        into.add(meeting(branch, type, LocalDate.of(year, month, 10 + random.nextInt(15)), members));
                    }
                }
            }
        }
        for (String type : new String[] {"06", "07"}) {
            if (random.nextInt(100) < 94) {
                into.add(meeting(branch, type, LocalDate.of(year, 12, 15 + random.nextInt(12)), members));
            }
        }
    }

    private Object[] meeting(long branch, String type, LocalDate day, int expected) {
        int present = Math.max(expected / 2 + 1, expected - random.nextInt(Math.max(1, expected / 4)));
        return new Object[] {branch, type, Date.valueOf(day), "生成会议", expected, present, now, now};
    }
}
