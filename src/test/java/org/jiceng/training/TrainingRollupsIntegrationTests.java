package org.jiceng.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The rollups the dashboards read (a person's hours per year, a branch's meetings per type and month) stay equal to a
 * recount of the records through every kind of write, including two writers on the same person at once.
 */
@JicengIntegrationTest
class TrainingRollupsIntegrationTests {

    /** The hours rollup as a recount of the records would have it. */
    private static final String HOURS_RECOUNT = """
            SELECT x.person_id, x.y, SUM(x.h) AS hours FROM (
                SELECT a.person_id, EXTRACT(YEAR FROM s.start_date) AS y, a.hours AS h
                FROM training_attendance a JOIN training_sessions s ON s.id = a.session_id WHERE a.attended
                UNION ALL
                SELECT r.person_id, EXTRACT(YEAR FROM r.studied_on) AS y, r.hours AS h FROM reading_studies r
            ) x GROUP BY x.person_id, x.y""";
    private static final String MEETINGS_RECOUNT = """
            SELECT org_id, EXTRACT(YEAR FROM held_on) AS y, EXTRACT(MONTH FROM held_on) AS m, meeting_type, COUNT(*) AS held
            FROM org_meetings WHERE status <> 'RETURNED'
            GROUP BY org_id, EXTRACT(YEAR FROM held_on), EXTRACT(MONTH FROM held_on), meeting_type""";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void sessionAttendanceAndStudyWritesKeepEachPersonsYearlyHoursEqualToARecount() throws Exception {
        assertRollupsEqualRecount();
        List<Long> members = membersOf("关村村");
        long first = members.get(0);
        double in2010 = hours(first, 2010);
        double in2009 = hours(first, 2009);
        double absentee = hours(members.get(2), 2010);
        long session = createSession(fixtures.org("汉封乡"), "2010-04-08", 4);

        attendance(session, List.of(first, members.get(1)), true);
        attendance(session, List.of(members.get(2)), false);
        assertThat(hours(first, 2010)).isEqualTo(in2010 + 4);
        assertThat(hours(members.get(2), 2010)).isEqualTo(absentee);
        assertRollupsEqualRecount();

        updateSession(session, fixtures.org("汉封乡"), "2010-04-08", 6);
        assertThat(hours(first, 2010)).isEqualTo(in2010 + 6);
        updateSession(session, fixtures.org("汉封乡"), "2009-11-05", 6);
        assertThat(hours(first, 2010)).isEqualTo(in2010);
        assertThat(hours(first, 2009)).isEqualTo(in2009 + 6);
        assertRollupsEqualRecount();

        mvc.perform(delete("/api/v1/training-sessions/" + session + "/attendance/" + first)
                        .with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(status().isOk());
        assertThat(hours(first, 2009)).isEqualTo(in2009);
        assertRollupsEqualRecount();

        String created = mvc.perform(post("/api/v1/training-readings").with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"year": 2010, "title": "学时汇总测试篇目", "category": "01", "audience": "ALL", "hours": 2}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long reading = ((Number) JsonPath.read(created, "$.id")).longValue();
        long reader = membersOf("程家塬村").get(0);
        double readerHours = hours(reader, 2010);
        mvc.perform(post("/api/v1/training-readings/studies").with(httpBasic("chengjiayuan", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"readingId": %d, "personIds": [%d], "studiedOn": "2010-04-02", "hours": 1.5}"""
                                .formatted(reading, reader)))
                .andExpect(status().is2xxSuccessful());
        assertThat(hours(reader, 2010)).isEqualTo(readerHours + 1.5);
        assertRollupsEqualRecount();
    }

    @Test
    void meetingWritesKeepEachBranchsMonthlyCountsEqualToARecount() throws Exception {
        long village = fixtures.org("关村村");
        String json = mvc.perform(post("/api/v1/org-meetings").with(httpBasic("hanfeng", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"orgId": %d, "type": "04", "heldOn": "2008-02-12", "topic": "党课", "expected": 5,
                                 "present": 5}""".formatted(village)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        assertThat(held(village, 2008, 2)).isEqualTo(1);
        assertRollupsEqualRecount();

        mvc.perform(put("/api/v1/org-meetings/" + id).with(httpBasic("hanfeng", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"orgId": %d, "type": "04", "heldOn": "2008-03-12", "topic": "党课", "expected": 5,
                                 "present": 5, "version": 0}""".formatted(village)))
                .andExpect(status().isOk());
        assertThat(held(village, 2008, 2)).isZero();
        assertThat(held(village, 2008, 3)).isEqualTo(1);
        mvc.perform(post("/api/v1/org-meetings/" + id + "/return").with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": 1, \"reason\": \"缺少签到表\"}"))
                .andExpect(status().isOk());
        assertThat(held(village, 2008, 3)).isZero();
        assertRollupsEqualRecount();
    }

    @Test
    void twoOfficersListingTheSamePeopleAtOnceLoseNoHours() throws Exception {
        List<Long> people = membersOf("程家塬村").subList(0, 5);
        long township = fixtures.org("汉封乡");
        List<Long> sessions = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            sessions.add(createSession(township, "2010-03-0" + (i + 1), 2));
        }
        double before = hours(people.get(0), 2010);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Object>> done = new ArrayList<>();
            for (long session : sessions) {
                done.add(pool.submit((Callable<Object>) () -> {
                    attendance(session, people, true);
                    return null;
                }));
            }
            for (Future<Object> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(hours(people.get(0), 2010)).isEqualTo(before + 12);
        assertRollupsEqualRecount();
    }

    @Test
    void dashboardsShowAWriteInTheirCountyAsSoonAsItIsSaved() throws Exception {
        long township = fixtures.org("汉封乡");
        long county = jdbc.sql("SELECT parent_id FROM orgs WHERE id = ?").param(township).query(Long.class).single();
        int townshipBefore = heldInSecondQuarter(township);
        int countyBefore = heldInSecondQuarter(county);
        assertThat(heldInSecondQuarter(township)).isEqualTo(townshipBefore);

        createSession(township, "2010-04-20", 3);

        assertThat(heldInSecondQuarter(township)).isEqualTo(townshipBefore + 1);
        assertThat(heldInSecondQuarter(county)).isEqualTo(countyBefore + 1);
    }

    /** Sessions held under an org in 2010's second quarter, as the dashboard API shows them. */
    private int heldInSecondQuarter(long org) throws Exception {
        String json = mvc.perform(get("/api/v1/training-dashboard").param("org", String.valueOf(org)).param("year", "2010")
                        .with(httpBasic("county", Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.quarters[1].heldSessions")).intValue();
    }

    private void assertRollupsEqualRecount() {
        assertThat(rows("SELECT person_id, hours_year, hours FROM training_person_hours WHERE hours > 0"))
                .as("training_person_hours against a recount").containsExactlyInAnyOrderElementsOf(
                        rows("SELECT * FROM (" + HOURS_RECOUNT + ") r WHERE r.hours > 0"));
        assertThat(rows("SELECT org_id, meeting_year, meeting_month, meeting_type, held FROM org_meeting_months WHERE held > 0"))
                .as("org_meeting_months against a recount").containsExactlyInAnyOrderElementsOf(rows(MEETINGS_RECOUNT));
    }

    /** Rows as text, so a year of EXTRACT (a decimal on some databases) compares with an INT column. */
    private List<String> rows(String sql) {
        return jdbc.sql(sql).query((rs, i) -> {
            StringBuilder row = new StringBuilder();
            for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                row.append(new java.math.BigDecimal(rs.getString(c)).stripTrailingZeros().toPlainString()).append('|');
            }
            return row.toString();
        }).list();
    }

    /** A member's hours in a year as the API reports them to the county. */
    private double hours(long personId, int year) throws Exception {
        String json = mvc.perform(get("/api/v1/people/" + personId + "/training-hours").param("year", String.valueOf(year))
                        .with(httpBasic("county", Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.hours.hours")).doubleValue();
    }

    /** Meetings of a branch in a month as the rollup holds them (compliance reads them; MeetingIntegrationTests). */
    private int held(long village, int year, int month) throws Exception {
        return jdbc.sql("""
                SELECT COALESCE(SUM(held), 0) FROM org_meeting_months
                WHERE org_id = ? AND meeting_year = ? AND meeting_month = ?""").params(village, year, month)
                .query(Integer.class).single();
    }

    private long createSession(long org, String date, int hours) throws Exception {
        String json = mvc.perform(post("/api/v1/training-sessions").with(httpBasic("hanfeng", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"orgId": %d, "topic": "学时汇总测试", "category": "01", "mode": "01",
                                 "startDate": "%s", "hours": %d}""".formatted(org, date, hours)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private void updateSession(long id, long org, String date, int hours) throws Exception {
        String session = mvc.perform(get("/api/v1/training-sessions/" + id).with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long version = ((Number) JsonPath.read(session, "$.session.version")).longValue();
        mvc.perform(put("/api/v1/training-sessions/" + id).with(httpBasic("hanfeng", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"orgId": %d, "topic": "学时汇总测试", "category": "01", "mode": "01",
                                 "startDate": "%s", "hours": %d, "version": %d}""".formatted(org, date, hours, version)))
                .andExpect(status().isOk());
    }

    private void attendance(long session, List<Long> ids, boolean attended) throws Exception {
        mvc.perform(post("/api/v1/training-sessions/" + session + "/attendance")
                        .with(httpBasic("hanfeng", Fixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personIds\": " + ids + ", \"attended\": " + attended
                                + (attended ? "" : ", \"absenceReason\": \"外出务工\"") + "}"))
                .andExpect(status().isOk());
    }

    private List<Long> membersOf(String village) {
        return jdbc.sql("""
                SELECT p.id FROM people p JOIN orgs o ON o.id = p.org_id
                WHERE o.short_name = ? AND p.political_status <> 'NONE' AND p.membership_status = '1' ORDER BY p.id""")
                .param(village).query(Long.class).list();
    }
}
