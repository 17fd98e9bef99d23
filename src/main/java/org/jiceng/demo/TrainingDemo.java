package org.jiceng.demo;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The demo county's training records from the seed (2010) and a plain 2009 before it: 汉封乡's 3月16日 session for 56
 * township, village and group cadres and its 8 branch secretaries at the county course of 4月8日–14日; 南指挥镇's 8
 * 以会代训 and 2 现场会; 范家寨乡's plan (9 sessions, 2,420 attendees) and its 人人技能 sessions (科技种养, 产品加工, 市场营销) held so far of the 9 planned, mostly
 * for villagers counted without names; and the county's hour requirements (members 32, committee members 56, a day
 * counting 8 — the 2019 national rules, used as an example); and 三会一课 records of every branch for 2009 and 2010
 * under the default frequencies, with gaps.
 */
final class TrainingDemo {

    private final JdbcTemplate jdbc;
    private final Random random = new Random(2010);
    private final LocalDateTime now;
    /** The demo county's date: nothing is held, played back or studied after it. */
    private final LocalDate today;

    TrainingDemo(JdbcTemplate jdbc, LocalDateTime now) {
        this.jdbc = jdbc;
        this.now = now;
        this.today = now.toLocalDate();
    }

    void load(long county) {
        for (int year : new int[] {2009, 2010}) {
            jdbc.update("""
                    INSERT INTO training_hour_rules (org_id, rule_year, member_hours, committee_hours, day_hours, version)
                    VALUES (?, ?, 32, 56, 8, 0)""", county, year);
        }
        long hanfeng = township("汉封乡");
        LocalDate march16 = LocalDate.of(2010, 3, 16);
        long session = session(hanfeng, "学习全县经济工作会议、县委全委会和政府全体会议精神及县委、县政府领导讲话", "01", "01",
                "汉封乡党委", "乡党校", march16, march16, 8, 0);
        List<Long> cadres = threeLevelCadres(hanfeng, march16);
        attendAll(session, cadres.subList(0, Math.min(56, cadres.size())), 8);
        long course = session(county, "全县村党支部书记集中培训", "01", "07", "县委组织部", "县委党校",
                LocalDate.of(2010, 4, 8), LocalDate.of(2010, 4, 14), 56, 0);
        List<Long> secretaries = secretariesOf(hanfeng);
        attendAll(course, secretaries.subList(0, Math.min(8, secretaries.size())), 56);
        jdbc.update("INSERT INTO training_courses (session_id, seats) VALUES (?, 60)", course);
        jdbc.update("INSERT INTO course_quotas (session_id, org_id, seats) VALUES (?, ?, 8)", course, hanfeng);
        for (Long secretary : secretaries.subList(0, Math.min(8, secretaries.size()))) {
            jdbc.update("""
                    INSERT INTO course_participants (session_id, person_id, selected_by_org, status)
                    VALUES (?, ?, ?, 'COMPLETED')""", course, secretary, hanfeng);
        }

        long nanzhihui = township("南指挥镇");
        String[] meetings = {"学习贯彻县委三大工程实施意见", "争先创优动员", "村级财务管理", "项目建设推进", "远程教育站点使用",
                "三会一课制度", "农村实用技术", "半年工作总结"};
        // 8 以会代训 and 2 现场会 "this year", all before the report of 2010-05-05: two meetings a month from January.
        for (int i = 0; i < meetings.length; i++) {
            LocalDate day = LocalDate.of(2010, 1 + i / 2, i % 2 == 0 ? 6 + random.nextInt(8) : 18 + random.nextInt(9));
            long id = session(nanzhihui, meetings[i], i == 6 ? "03" : "01", "02", "南指挥镇党委", "镇会议室", day, day, 4, 0);
            attend(id, sample(membersOf(nanzhihui, day), 60 + random.nextInt(40)), 4);
        }
        for (int i = 0; i < 2; i++) {
            LocalDate day = LocalDate.of(2010, 3 + i, 22 + i);
            long id = session(nanzhihui, i == 0 ? "村容整洁现场会" : "产业发展现场会", "03", "03", "南指挥镇党委",
                    "现场", day, day, 4, 0);
            attend(id, sample(threeLevelCadres(nanzhihui, day), 40), 4);
        }

        long fanjiazhai = township("范家寨乡");
        int[][] plan = {{3, 1, 3, 800}, {4, 2, 2, 600}, {5, 3, 2, 500}, {3, 4, 2, 520}};
        for (int[] line : plan) {
            jdbc.update("""
                    INSERT INTO training_plan_items (org_id, plan_year, category, quarter, sessions, headcount)
                    VALUES (?, 2010, ?, ?, ?, ?)""", fanjiazhai, "0" + line[0], line[1], line[2], line[3]);
        }
        String[][] skills = {{"科技种养：苹果矮化密植", "03"}, {"科技种养：奶山羊养殖", "03"}, {"产品加工：果品贮藏保鲜", "04"},
                {"市场营销：农产品经纪人", "05"}, {"科技种养：设施蔬菜", "03"}};
        // The plan's first quarter and April: five skills sessions from February to April.
        for (int i = 0; i < skills.length; i++) {
            LocalDate day = LocalDate.of(2010, 2 + (i + 1) / 2, i % 2 == 0 ? 6 + random.nextInt(8) : 16 + random.nextInt(10));
            long id = session(fanjiazhai, skills[i][0], skills[i][1], "01", "范家寨乡党委", "乡农技站",
                    day, day, 4, 220 + random.nextInt(160));
            attend(id, sample(membersOf(fanjiazhai, day), 50 + random.nextInt(30)), 4);
        }
        otherPlans();
        year2009(county);
        meetings(county);
        distanceSites(county);
        readings(county);
    }

    /**
     * The county's required readings (规定篇目) of 2010, issued in March: the Party's rules for rural branches for every
     * member, and the county's 三大工程 opinion for secretaries and committee members. 范家寨乡's and 南指挥镇's members
     * have studied the first in April; 汉封乡 and 郭店镇 have not started.
     */
    private void readings(long county) {
        long rules = reading(county, "《中国共产党农村基层组织工作条例》", "06", "ALL", 4, LocalDate.of(2010, 6, 30));
        reading(county, "县委《关于实施农村基层组织建设“三大工程”的意见》", "01", "CADRES", 2, LocalDate.of(2010, 5, 31));
        List<Object[]> studies = new ArrayList<>();
        for (String name : List.of("范家寨乡", "南指挥镇")) {
            LocalDate april = LocalDate.of(2010, 4, 6);
            List<Long> members = membersOf(township(name), april);
            for (Long member : sample(members, members.size() * 2 / 5)) {
                studies.add(new Object[] {rules, member, Date.valueOf(april.plusDays(random.nextInt(24))),
                        BigDecimal.valueOf(4), Timestamp.valueOf(now)});
            }
        }
        jdbc.batchUpdate("INSERT INTO reading_studies (reading_id, person_id, studied_on, hours, recorded_by, recorded_at)"
                + " VALUES (?, ?, ?, ?, 'demo', ?)", studies);
    }

    private long reading(long county, String title, String category, String audience, int hours, LocalDate due) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO training_readings (org_id, reading_year, title, issuer, category, audience, hours, due_date,
                        version, created_by, created_at, updated_at)
                    VALUES (?, 2010, ?, '县委组织部', ?, ?, ?, ?, 0, 'county', ?, ?)""", Statement.RETURN_GENERATED_KEYS);
            ps.setLong(1, county);
            ps.setString(2, title);
            ps.setString(3, category);
            ps.setString(4, audience);
            ps.setBigDecimal(5, BigDecimal.valueOf(hours));
            ps.setDate(6, Date.valueOf(due));
            ps.setTimestamp(7, Timestamp.valueOf(now.minusDays(40)));
            ps.setTimestamp(8, Timestamp.valueOf(now.minusDays(40)));
            return ps;
        }, keys);
        return ((Number) keys.getKeys().get("id")).longValue();
    }

    /** A site in every branch, with the 2010 minimums (2 group playbacks, 20 hours a month) mostly kept. */
    private void distanceSites(long county) {
        jdbc.update("INSERT INTO distance_rules (org_id, rule_year, min_sessions, min_hours) VALUES (?, 2010, 2, 20)", county);
        List<Object[]> sites = jdbc.query("SELECT id, short_name FROM orgs WHERE org_type IN ('BRANCH', 'GENERAL_BRANCH') ORDER BY id",
                (rs, i) -> new Object[] {rs.getLong("id"), rs.getString("short_name")});
        String[] programmes = {"农业实用技术：果树管理", "党员教育专题片", "政策法规解读", "畜牧养殖技术", "致富经验交流"};
        List<Object[]> playbacks = new ArrayList<>();
        for (Object[] branch : sites) {
            var keys = new GeneratedKeyHolder();
            jdbc.update(c -> {
                PreparedStatement ps = c.prepareStatement("INSERT INTO distance_sites (org_id, name, administrator, equipment,"
                        + " version, created_at, updated_at) VALUES (?, ?, '村文书', '电视机、卫星接收设备、电脑', 0, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS);
                ps.setLong(1, (Long) branch[0]);
                ps.setString(2, branch[1] + "远程教育站点");
                ps.setTimestamp(3, Timestamp.valueOf(now));
                ps.setTimestamp(4, Timestamp.valueOf(now));
                return ps;
            }, keys);
            long site = ((Number) keys.getKeys().get("id")).longValue();
            for (int month = 1; month <= 12; month++) {
                int count = 1 + random.nextInt(4);
                for (int i = 0; i < count; i++) {
                    LocalDate day = LocalDate.of(2010, month, 2 + i * 7 + random.nextInt(5));
                    if (day.isAfter(today)) {
                        break;
                    }
                    playbacks.add(new Object[] {site, Date.valueOf(day),
                            BigDecimal.valueOf(4 + random.nextInt(7)), programmes[random.nextInt(programmes.length)],
                            10 + random.nextInt(30), Timestamp.valueOf(now)});
                }
            }
        }
        jdbc.batchUpdate("INSERT INTO distance_playbacks (site_id, played_on, hours, programme, attendees, created_by, created_at)"
                + " VALUES (?, ?, ?, ?, ?, 'demo', ?)", playbacks);
    }

    /**
     * 三会一课 for every branch in 2009 and 2010 under the default frequencies (research §5), with realistic gaps:
     * now and then a month's 支委会 or 党小组会 is skipped; nothing after the demo's date, and the last three weeks'
     * records still wait for the township's review.
     */
    private void meetings(long county) {
        String[][] frequencies = {{"01", "QUARTER"}, {"02", "MONTH"}, {"03", "MONTH"}, {"04", "QUARTER"}, {"05", "MONTH"},
                {"06", "YEAR"}, {"07", "YEAR"}};
        for (int year : new int[] {2009, 2010}) {
            for (String[] f : frequencies) {
                jdbc.update("INSERT INTO meeting_frequencies (org_id, rule_year, meeting_type, period, min_count) VALUES (?, ?, ?, ?, 1)",
                        county, year, f[0], f[1]);
            }
        }
        String[] topics = {"", "学习贯彻上级会议精神", "研究本月党建和村务工作", "党小组学习讨论", "专题党课",
                "主题党日：义务劳动、重温入党誓词", "年度组织生活会：对照检查、批评与自我批评", "年度民主评议党员"};
        List<Object[]> rows = new ArrayList<>();
        List<long[]> branches = jdbc.query("""
                SELECT o.id, (SELECT COUNT(*) FROM people p WHERE p.org_id = o.id AND p.political_status <> 'NONE'
                    AND p.membership_status = '1') AS members
                FROM orgs o WHERE o.org_type IN ('BRANCH', 'GENERAL_BRANCH') ORDER BY o.id""",
                (rs, i) -> new long[] {rs.getLong("id"), rs.getLong("members")});
        for (long[] branch : branches) {
            int members = (int) Math.max(3, branch[1]);
            for (int year : new int[] {2009, 2010}) {
                for (int month = 1; month <= 12; month++) {
                    for (String type : new String[] {"02", "03", "05"}) {
                        if (random.nextInt(100) < 92) {
                            rows.add(meeting(branch[0], type, LocalDate.of(year, month, 3 + random.nextInt(24)),
                                    topics[Integer.parseInt(type)], type.equals("02") ? 5 : members));
                        }
                    }
                    if (month % 3 == 2) {
                        for (String type : new String[] {"01", "04"}) {
                            if (random.nextInt(100) < 95) {
                                rows.add(meeting(branch[0], type, LocalDate.of(year, month, 10 + random.nextInt(15)),
                                        topics[Integer.parseInt(type)], members));
                            }
                        }
                    }
                }
                for (String type : new String[] {"06", "07"}) {
                    if (random.nextInt(100) < 94) {
                        rows.add(meeting(branch[0], type, LocalDate.of(year, 12, 15 + random.nextInt(12)),
                                topics[Integer.parseInt(type)], members));
                    }
                }
            }
        }
        rows.removeIf(row -> ((Date) row[2]).toLocalDate().isAfter(today));
        jdbc.batchUpdate("""
                INSERT INTO org_meetings (org_id, meeting_type, held_on, topic, chair, recorder, expected, present,
                    absences, status, version, created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, '支部书记', '组织委员', ?, ?, ?, ?, 0, 'demo', ?, ?)""", rows);
    }

    private Object[] meeting(long branch, String type, LocalDate day, String topic, int expected) {
        int present = Math.max(expected / 2 + 1, expected - random.nextInt(Math.max(1, expected / 4)));
        String status = day.isAfter(today.minusWeeks(3)) ? "SUBMITTED" : "APPROVED";
        return new Object[] {branch, type, Date.valueOf(day), topic, expected, present,
                present < expected ? (expected - present) + "人外出务工或生病" : null, status,
                Timestamp.valueOf(now), Timestamp.valueOf(now)};
    }

    /**
     * The other townships' 2010 plans (范家寨乡's is the seed's own, above): 汉封乡 trains its 乡村组三级干部 and sends
     * secretaries to the county; 南指挥镇 trains by meeting (以会代训) and on site (现场会); 郭店镇 follows its 培训计划.
     */
    private void otherPlans() {
        int[][] hanfeng = {{1, 1, 1, 56}, {1, 2, 1, 8}, {3, 2, 2, 300}, {3, 3, 2, 300}, {1, 4, 1, 60}};
        int[][] nanzhihui = {{1, 1, 4, 320}, {1, 2, 4, 320}, {3, 2, 2, 80}, {3, 3, 2, 200}, {1, 4, 2, 160}};
        int[][] guodian = {{1, 1, 2, 400}, {3, 2, 3, 600}, {3, 3, 2, 400}, {5, 4, 1, 150}};
        String[] names = {"汉封乡", "南指挥镇", "郭店镇"};
        int[][][] plans = {hanfeng, nanzhihui, guodian};
        for (int t = 0; t < names.length; t++) {
            long township = township(names[t]);
            for (int[] line : plans[t]) {
                jdbc.update("""
                        INSERT INTO training_plan_items (org_id, plan_year, category, quarter, sessions, headcount)
                        VALUES (?, 2010, ?, ?, ?, ?)""", township, "0" + line[0], line[1], line[2], line[3]);
            }
        }
    }

    /** A plain 2009: every township trains its members twice and its cadres once; the county course once. */
    private void year2009(long county) {
        for (String name : List.of("范家寨乡", "郭店镇", "汉封乡", "南指挥镇")) {
            long township = township(name);
            for (int i = 0; i < 2; i++) {
                LocalDate day = LocalDate.of(2009, 3 + 5 * i, 12);
                List<Long> members = membersOf(township, day);
                long id = session(township, i == 0 ? "冬春训：党的路线方针政策" : "秋季培训：现代农业与市场经济", "01", "01",
                        name + "党委", "乡镇党校", day, day.plusDays(1), 16, 100 + random.nextInt(200));
                attend(id, sample(members, members.size() * 3 / 4), 16);
            }
            LocalDate november5 = LocalDate.of(2009, 11, 5);
            long id = session(township, "村组干部培训", "02", "01", name + "党委", "乡镇党校",
                    november5, LocalDate.of(2009, 11, 7), 24, 0);
            attend(id, threeLevelCadres(township, november5), 24);
        }
        long course = session(county, "全县村党支部书记轮训", "01", "07", "县委组织部", "县委党校",
                LocalDate.of(2009, 4, 13), LocalDate.of(2009, 4, 19), 56, 0);
        List<Long> secretaries = new ArrayList<>();
        for (String name : List.of("范家寨乡", "郭店镇", "汉封乡", "南指挥镇")) {
            secretaries.addAll(sample(secretariesOf(township(name)), 5));
        }
        attend(course, secretaries, 56);
    }

    private long township(String name) {
        return jdbc.queryForObject("SELECT id FROM orgs WHERE org_type = 'TOWNSHIP' AND short_name = ?", Long.class, name);
    }

    /** The township's members in good standing who had joined by {@code day}. */
    private List<Long> membersOf(long township, LocalDate day) {
        return jdbc.queryForList("""
                SELECT p.id FROM people p JOIN org_tree t ON t.descendant_id = p.org_id
                WHERE t.ancestor_id = ? AND p.political_status <> 'NONE' AND p.membership_status = '1'
                  AND p.joined_on <= ? ORDER BY p.id""",
                Long.class, township, day);
    }

    /**
     * The 乡村组三级干部 of a township in post on {@code day}: the township committee (乡), the villages' secretaries
     * and committee directors (村), the 村民小组长 (组), then the other village cadres and branch committee members.
     */
    private List<Long> threeLevelCadres(long township, LocalDate day) {
        return jdbc.queryForList("""
                SELECT person_id FROM (
                  SELECT c.person_id, 1 AS rank_order FROM committee_posts c
                  WHERE c.org_id = ? AND c.started_on <= ? AND (c.ended_on IS NULL OR c.ended_on > ?)
                  UNION
                  SELECT v.person_id, CASE WHEN v.post IN ('01', '03') THEN 2 WHEN v.post = '09' THEN 3 ELSE 4 END AS rank_order
                  FROM village_cadres v JOIN org_tree t ON t.descendant_id = v.org_id
                  WHERE t.ancestor_id = ? AND v.term_start <= ? AND (v.term_end IS NULL OR v.term_end > ?)
                  UNION
                  SELECT c.person_id, 4 AS rank_order FROM committee_posts c JOIN org_tree t ON t.descendant_id = c.org_id
                  WHERE t.ancestor_id = ? AND c.org_id <> ? AND c.started_on <= ? AND (c.ended_on IS NULL OR c.ended_on > ?)) x
                GROUP BY person_id ORDER BY MIN(rank_order), person_id""", Long.class,
                township, day, day, township, day, day, township, township, day, day);
    }

    private List<Long> secretariesOf(long township) {
        return jdbc.queryForList("""
                SELECT c.person_id FROM committee_posts c JOIN org_tree t ON t.descendant_id = c.org_id
                WHERE t.ancestor_id = ? AND c.org_id <> ? AND c.post = '01' AND c.ended_on IS NULL ORDER BY c.org_id""",
                Long.class, township, township);
    }

    private List<Long> sample(List<Long> people, int count) {
        List<Long> copy = new ArrayList<>(people);
        Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(count, copy.size()));
    }

    private long session(long org, String topic, String category, String mode, String organizer, String venue,
                         LocalDate start, LocalDate end, int hours, int villagers) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO training_sessions (org_id, topic, category, delivery_mode, organizer, venue, start_date,
                        end_date, hours, unnamed_villagers, version, created_by, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 'demo', ?, ?)""", Statement.RETURN_GENERATED_KEYS);
            ps.setLong(1, org);
            ps.setString(2, topic);
            ps.setString(3, category);
            ps.setString(4, mode);
            ps.setString(5, organizer);
            ps.setString(6, venue);
            ps.setDate(7, Date.valueOf(start));
            ps.setDate(8, Date.valueOf(end));
            ps.setBigDecimal(9, BigDecimal.valueOf(hours));
            ps.setInt(10, villagers);
            ps.setTimestamp(11, Timestamp.valueOf(now));
            ps.setTimestamp(12, Timestamp.valueOf(now));
            return ps;
        }, keys);
        return ((Number) keys.getKeys().get("id")).longValue();
    }

    /** The seed's counted sessions: everybody listed was there. */
    private void attendAll(long session, List<Long> people, int hours) {
        jdbc.batchUpdate("INSERT INTO training_attendance (session_id, person_id, attended, hours) VALUES (?, ?, TRUE, ?)",
                people, 500, (ps, person) -> {
                    ps.setLong(1, session);
                    ps.setLong(2, person);
                    ps.setBigDecimal(3, BigDecimal.valueOf(hours));
                });
    }

    /** Most are there; about one in twelve is absent with a reason, as paper sign-in sheets show. */
    private void attend(long session, List<Long> people, int hours) {
        String[] reasons = {"外出务工", "生病", "农忙", "家中有事"};
        jdbc.batchUpdate("INSERT INTO training_attendance (session_id, person_id, attended, absence_reason, hours) VALUES (?, ?, ?, ?, ?)",
                people, 500, (ps, person) -> {
                    boolean absent = random.nextInt(12) == 0;
                    ps.setLong(1, session);
                    ps.setLong(2, person);
                    ps.setBoolean(3, !absent);
                    ps.setString(4, absent ? reasons[random.nextInt(reasons.length)] : null);
                    ps.setBigDecimal(5, BigDecimal.valueOf(absent ? 0 : hours));
                });
    }
}
