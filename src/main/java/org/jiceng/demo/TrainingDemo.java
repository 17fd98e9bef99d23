package org.jiceng.demo;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The demo county's training records from the seed (2010) and a plain 2009 before it: 汉封乡's 3月16日 session for 56
 * township, village and group cadres and its 8 branch secretaries at the county course of 4月8日–14日; 南指挥镇's 8
 * 以会代训 and 2 现场会; 范家寨乡's plan (9 sessions, 2,420 attendees) and its 人人技能 sessions (科技种养, 产品加工, 市场营销) held so far of the 9 planned, mostly
 * for villagers counted without names; and the county's hour requirements (members 32, committee members 56, a day
 * counting 8 — the 2019 national rules, used as an example); then the branches' own records ({@link BranchLifeDemo}).
 */
final class TrainingDemo extends DemoRecords {

    TrainingDemo(JdbcTemplate jdbc, LocalDateTime now) {
        super(jdbc, now, 2010);
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
        new BranchLifeDemo(jdbc, now).load(county);
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
