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

import org.jiceng.organization.RegisterSql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The branches' own records in the demo county: 三会一课 of every branch for 2009 and 2010 under the default
 * frequencies, with gaps; a distance-education site per branch with its playbacks; the county's 2010 required
 * readings and the studies recorded so far. Nothing after the demo's date.
 */
final class BranchLifeDemo extends DemoRecords {

    BranchLifeDemo(JdbcTemplate jdbc, LocalDateTime now) {
        super(jdbc, now, 2011);
    }

    void load(long county) {
        meetings(county);
        distanceSites(county);
        readings(county);
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
                SELECT o.id, (SELECT COUNT(*) FROM people p WHERE p.org_id = o.id
                    AND\s""" + RegisterSql.memberInGoodStanding("p") + ") AS members"
                        + " FROM orgs o WHERE o.org_type IN ('BRANCH', 'GENERAL_BRANCH') ORDER BY o.id",
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
}
