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
 * 以会代训 and 2 现场会; 范家寨乡's 人人技能 sessions (科技种养, 产品加工, 市场营销) held so far of the 9 planned, mostly
 * for villagers counted without names; and the county's hour requirements (members 32, committee members 56, a day
 * counting 8 — the 2019 national rules, used as an example).
 */
final class TrainingDemo {

    private final JdbcTemplate jdbc;
    private final Random random = new Random(2010);
    private final LocalDateTime now = LocalDateTime.now();

    TrainingDemo(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void load(long county) {
        for (int year : new int[] {2009, 2010}) {
            jdbc.update("""
                    INSERT INTO training_hour_rules (org_id, rule_year, member_hours, committee_hours, day_hours, version)
                    VALUES (?, ?, 32, 56, 8, 0)""", county, year);
        }
        long hanfeng = township("汉封乡");
        long session = session(hanfeng, "学习全县经济工作会议、县委全委会和政府全体会议精神及县委、县政府领导讲话", "01", "01",
                "汉封乡党委", "乡党校", LocalDate.of(2010, 3, 16), LocalDate.of(2010, 3, 16), 8, 0);
        List<Long> cadres = new ArrayList<>(cadresOf(hanfeng));
        for (Long member : membersOf(hanfeng)) {
            if (cadres.size() >= 56) {
                break;
            }
            if (!cadres.contains(member)) {
                cadres.add(member);
            }
        }
        attendAll(session, cadres.subList(0, Math.min(56, cadres.size())), 8);
        long course = session(county, "全县村党支部书记集中培训", "01", "07", "县委组织部", "县委党校",
                LocalDate.of(2010, 4, 8), LocalDate.of(2010, 4, 14), 56, 0);
        List<Long> secretaries = secretariesOf(hanfeng);
        attendAll(course, secretaries.subList(0, Math.min(8, secretaries.size())), 56);

        long nanzhihui = township("南指挥镇");
        String[] meetings = {"学习贯彻县委三大工程实施意见", "争先创优动员", "村级财务管理", "项目建设推进", "远程教育站点使用",
                "三会一课制度", "农村实用技术", "半年工作总结"};
        for (int i = 0; i < meetings.length; i++) {
            LocalDate day = LocalDate.of(2010, 1 + i, 10 + random.nextInt(15));
            long id = session(nanzhihui, meetings[i], i == 6 ? "03" : "01", "02", "南指挥镇党委", "镇会议室", day, day, 4, 0);
            attend(id, sample(membersOf(nanzhihui), 60 + random.nextInt(40)), 4);
        }
        for (int i = 0; i < 2; i++) {
            LocalDate day = LocalDate.of(2010, 4 + 3 * i, 20);
            long id = session(nanzhihui, i == 0 ? "村容整洁现场会" : "产业发展现场会", "03", "03", "南指挥镇党委",
                    "现场", day, day, 4, 0);
            attend(id, sample(cadresOf(nanzhihui), 40), 4);
        }

        long fanjiazhai = township("范家寨乡");
        String[][] skills = {{"科技种养：苹果矮化密植", "03"}, {"科技种养：奶山羊养殖", "03"}, {"产品加工：果品贮藏保鲜", "04"},
                {"市场营销：农产品经纪人", "05"}, {"科技种养：设施蔬菜", "03"}};
        for (int i = 0; i < skills.length; i++) {
            LocalDate day = LocalDate.of(2010, 2 + i, 6 + random.nextInt(18));
            long id = session(fanjiazhai, skills[i][0], skills[i][1], "01", "范家寨乡党委", "乡农技站",
                    day, day, 4, 220 + random.nextInt(160));
            attend(id, sample(membersOf(fanjiazhai), 50 + random.nextInt(30)), 4);
        }
        year2009(county);
    }

    /** A plain 2009: every township trains its members twice and its cadres once; the county course once. */
    private void year2009(long county) {
        for (String name : List.of("范家寨乡", "郭店镇", "汉封乡", "南指挥镇")) {
            long township = township(name);
            List<Long> members = membersOf(township);
            for (int i = 0; i < 2; i++) {
                LocalDate day = LocalDate.of(2009, 3 + 5 * i, 12);
                long id = session(township, i == 0 ? "冬春训：党的路线方针政策" : "秋季培训：现代农业与市场经济", "01", "01",
                        name + "党委", "乡镇党校", day, day.plusDays(1), 16, 100 + random.nextInt(200));
                attend(id, sample(members, members.size() * 3 / 4), 16);
            }
            List<Long> cadres = cadresOf(township);
            long id = session(township, "村组干部培训", "02", "01", name + "党委", "乡镇党校",
                    LocalDate.of(2009, 11, 5), LocalDate.of(2009, 11, 7), 24, 0);
            attend(id, cadres, 24);
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

    private List<Long> membersOf(long township) {
        return jdbc.queryForList("""
                SELECT p.id FROM people p JOIN org_tree t ON t.descendant_id = p.org_id
                WHERE t.ancestor_id = ? AND p.political_status <> 'NONE' AND p.membership_status = '1' ORDER BY p.id""",
                Long.class, township);
    }

    /** Branch committee members, then other village cadres — the 乡村组三级干部 of a township. */
    private List<Long> cadresOf(long township) {
        return jdbc.queryForList("""
                SELECT person_id FROM (
                  SELECT c.person_id, 1 AS rank_order FROM committee_posts c JOIN org_tree t ON t.descendant_id = c.org_id
                  WHERE t.ancestor_id = ? AND c.ended_on IS NULL
                  UNION
                  SELECT v.person_id, 2 AS rank_order FROM village_cadres v JOIN org_tree t ON t.descendant_id = v.org_id
                  WHERE t.ancestor_id = ? AND v.term_end IS NULL) x
                GROUP BY person_id ORDER BY MIN(rank_order), person_id""", Long.class, township, township);
    }

    private List<Long> secretariesOf(long township) {
        return jdbc.queryForList("""
                SELECT c.person_id FROM committee_posts c JOIN org_tree t ON t.descendant_id = c.org_id
                WHERE t.ancestor_id = ? AND c.post = '01' AND c.ended_on IS NULL ORDER BY c.org_id""",
                Long.class, township);
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
