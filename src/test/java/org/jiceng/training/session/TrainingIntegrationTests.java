package org.jiceng.training.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Recording training sessions, their attendance and the hours they credit, as officers, secretaries and members do. */
@JicengIntegrationTest
class TrainingIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void townshipOfficerRecordsASessionWithAttendanceAndTheHoursReachTheMembersRecords() throws Exception {
        long hanfeng = fixtures.org("汉封乡");
        List<Long> members = membersOf("关村村", 3);
        String location = mvc.perform(post("/training/sessions").with(signedIn("hanfeng")).with(csrf())
                        .param("orgId", String.valueOf(hanfeng)).param("topic", "苹果修剪技术现场培训")
                        .param("category", "03").param("mode", "03").param("startDate", "2010-04-26")
                        .param("endDate", "2010-04-26").param("hours", "4").param("unnamedVillagers", "35"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        long session = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        double before = hoursOf(members.get(0), 2010);

        mvc.perform(post(location + "/attendance").with(signedIn("hanfeng")).with(csrf())
                        .param("personIds", members.get(0).toString(), members.get(1).toString()).param("attended", "true"))
                .andExpect(flash().attribute("notice", "已登记2人参加"));
        mvc.perform(post(location + "/attendance").with(signedIn("hanfeng")).with(csrf())
                        .param("personIds", members.get(2).toString()).param("attended", "false")
                        .param("absenceReason", "外出务工"))
                .andExpect(flash().attribute("notice", "已登记1人缺席"));

        mvc.perform(get(location).with(signedIn("hanfeng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(nameOf(members.get(0)))))
                .andExpect(content().string(containsString("缺席：外出务工")))
                .andExpect(content().string(containsString("<span id=\"headcount\">37</span>")));
        assertThat(hoursOf(members.get(0), 2010)).isEqualTo(before + 4);
        mvc.perform(get("/training/people/" + members.get(0)).param("year", "2010").with(signedIn("hanfeng")))
                .andExpect(content().string(containsString("苹果修剪技术现场培训")));
        assertThat(jdbc.sql("SELECT action FROM audit_entries WHERE object_type = 'TRAINING_SESSION' AND object_id = ? ORDER BY id")
                .param(session).query(String.class).list()).containsExactly("CREATE", "ATTENDANCE_ADD", "ATTENDANCE_ADD");
    }

    @Test
    void hoursLeftEmptyCountTheDaysTimesTheHoursOfATrainingDay() throws Exception {
        mvc.perform(post("/api/v1/training-sessions").with(httpBasic("hanfeng", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"orgId": %d, "topic": "村干部轮训", "category": "02", "mode": "01",
                                 "startDate": "2010-04-01", "endDate": "2010-04-03"}""".formatted(fixtures.org("汉封乡"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.hours").value(24.0));
    }

    @Test
    void futureDatesNegativeHoursAndUnknownCodesAreRefusedAndNothingIsWritten() throws Exception {
        long count = sessions();
        mvc.perform(post("/api/v1/training-sessions").with(httpBasic("hanfeng", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"orgId": %d, "topic": "x", "category": "77", "mode": "01",
                                 "startDate": "2999-01-01", "hours": -2}""".formatted(fixtures.org("汉封乡"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("培训类别不在代码表中")))
                .andExpect(content().string(containsString("开始日期不能晚于今天")))
                .andExpect(content().string(containsString("学时须大于0")));
        mvc.perform(post("/training/sessions").with(signedIn("hanfeng")).with(csrf())
                        .param("orgId", String.valueOf(fixtures.org("汉封乡"))).param("topic", "党课")
                        .param("category", "01").param("mode", "01").param("startDate", "2010-04-26")
                        .param("endDate", "2010-04-21").param("hours", "4"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("结束日期不能早于开始日期")))
                .andExpect(content().string(containsString("value=\"党课\"")));
        assertThat(sessions()).isEqualTo(count);
    }

    @Test
    void aPersonIsListedOnceAndOnlyFromUnderTheSessionsOrg() throws Exception {
        long session = createSession("hanfeng", fixtures.org("汉封乡"));
        List<Long> members = membersOf("程家塬村", 2);
        long otherTownship = membersOf("导子村", 1).get(0);
        String url = "/api/v1/training-sessions/" + session + "/attendance";

        attendance("county", url, "[%d, %d, %d]".formatted(members.get(0), members.get(1), members.get(0)), true, null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("同一人在一次培训中只能登记一次")));
        attendance("county", url, "[%d]".formatted(otherTownship), true, null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("不在汉封乡及下级组织的登记名册中")));
        attendance("hanfeng", url, "[%d, %d]".formatted(members.get(0), fixtures.outsidePerson), true, null)
                .andExpect(status().isUnprocessableContent());
        attendance("hanfeng", url, "[%d]".formatted(members.get(0)), false, null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("缺席须填写原因")));
        assertThat(listed(session)).isZero();

        attendance("hanfeng", url, "[%d]".formatted(members.get(0)), true, null).andExpect(status().isOk());
        attendance("hanfeng", url, "[%d, %d]".formatted(members.get(1), members.get(0)), true, null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("已在本次培训名单中，不能重复登记：" + nameOf(members.get(0)))));
        assertThat(listed(session)).isEqualTo(1);
    }

    @Test
    void aWholeBranchGoesOnTheListAndAStaleEditIsAConflict() throws Exception {
        long session = createSession("hanfeng", fixtures.org("汉封乡"));
        long village = fixtures.org("关村村");
        mvc.perform(post("/api/v1/training-sessions/" + session + "/attendance/branch")
                        .with(httpBasic("hanfeng", Fixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"orgId\": " + village + "}"))
                .andExpect(status().isOk());
        assertThat(listed(session)).isEqualTo(jdbc.sql("""
                SELECT COUNT(*) FROM people WHERE org_id = ? AND political_status <> 'NONE'""").param(village)
                .query(Long.class).single());

        String stale = """
                {"orgId": %d, "topic": "改过的主题", "category": "01", "mode": "02", "startDate": "2010-04-26",
                 "hours": 3, "version": 0}""".formatted(fixtures.org("汉封乡"));
        mvc.perform(put("/api/v1/training-sessions/" + session).with(httpBasic("hanfeng", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(stale))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("SELECT topic FROM training_sessions WHERE id = ?").param(session).query(String.class).single())
                .isEqualTo("测试培训");
    }

    @Test
    void theSeedsSessionsAndHoursShowForTheDemoCounty() throws Exception {
        mvc.perform(get("/training/sessions").param("year", "2010").param("org", String.valueOf(fixtures.org("汉封乡")))
                        .with(signedIn("hanfeng")))
                .andExpect(content().string(containsString("2010-03-16")))
                .andExpect(content().string(containsString("<span>56</span>")));
        mvc.perform(get("/training/sessions").param("year", "2010").param("mode", "07").with(signedIn("county")))
                .andExpect(content().string(containsString("2010-04-08 至 2010-04-14")));
        mvc.perform(get("/api/v1/training-sessions").param("year", "2010").param("mode", "02")
                        .param("org", String.valueOf(fixtures.org("南指挥镇"))).with(httpBasic("nanzhihui", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.total").value(8));
        mvc.perform(get("/training/hours").param("year", "2010").with(signedIn("hanfeng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("支部书记和委员 <b>56.0</b>")))
                .andExpect(content().string(containsString("程家塬村")));
    }

    @Test
    void aMemberSeesTheirOwnHoursOnly() throws Exception {
        mvc.perform(get("/training/me").with(signedIn("dangyuan")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("年度培训学时")));
        long someoneElse = membersOf("程家塬村", 1).get(0);
        long self = jdbc.sql("SELECT person_id FROM accounts WHERE username = 'dangyuan'").query(Long.class).single();
        long other = someoneElse == self ? membersOf("程家塬村", 2).get(1) : someoneElse;
        mvc.perform(get("/api/v1/people/" + other + "/training-hours").param("year", "2010")
                        .with(httpBasic("dangyuan", Fixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/people/" + self + "/training-hours").param("year", "2010")
                        .with(httpBasic("dangyuan", Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rule.memberHours").value(32.0));
    }

    @Test
    void onlyTheCountyOfficerSetsTheYearsRequirements() throws Exception {
        String body = "{\"memberHours\": 40, \"committeeHours\": 60, \"dayHours\": 6}";
        mvc.perform(put("/api/v1/training-hour-rules/2011").with(httpBasic("hanfeng", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/training-hour-rules/2011").with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.year").value(2010));
        mvc.perform(put("/api/v1/training-hour-rules/2011").with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.memberHours").value(40.0));
        mvc.perform(get("/training/rules/2011").with(signedIn("county")))
                .andExpect(content().string(containsString("value=\"60.0\"")))
                .andExpect(content().string(not(containsString("沿用"))));
        mvc.perform(put("/api/v1/training-hour-rules/2011").with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict());
    }

    @Test
    void aSignInSheetWithBadRowsIsRefusedRowByRowAndRecordedOnceFixed() throws Exception {
        long session = createSession("hanfeng", fixtures.org("汉封乡"));
        var people = jdbc.sql("""
                SELECT p.name, p.id_number FROM people p JOIN orgs o ON o.id = p.org_id
                WHERE o.short_name = '关村村' AND p.political_status <> 'NONE' AND p.id_number IS NOT NULL ORDER BY p.id""")
                .query((rs, i) -> new String[] {rs.getString("name"), rs.getString("id_number")}).list();
        String url = "/api/v1/training-sessions/" + session + "/sign-in-sheet";
        byte[] bad = sheet(new Object[][] {
                {people.get(0)[0], people.get(0)[1], "参加", null},
                {"查无此人", null, "参加", null},
                {people.get(1)[0], people.get(1)[1], "迟到", null},
                {people.get(0)[0], people.get(0)[1], "参加", null},
                {people.get(2)[0], people.get(2)[1], "缺席", null}});
        mvc.perform(multipart(url).file(new MockMultipartFile("file", "签到表.xlsx", null, bad))
                        .with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("第3行：“查无此人”不在汉封乡及下级组织的名册中")))
                .andExpect(content().string(containsString("第4行：出勤应填“参加”或“缺席”，不是“迟到”")))
                .andExpect(content().string(containsString("第5行：与第2行是同一人")))
                .andExpect(content().string(containsString("第6行：缺席须填写原因")));
        assertThat(listed(session)).isZero();

        byte[] good = sheet(new Object[][] {
                {people.get(0)[0], people.get(0)[1], "参加", null},
                {null, people.get(1)[1], "参加", null},
                {people.get(2)[0], people.get(2)[1], "缺席", "生病"}});
        mvc.perform(multipart(url).file(new MockMultipartFile("file", "签到表.xlsx", null, good))
                        .with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.listed").value(3));
        assertThat(listed(session)).isEqualTo(3);
        mvc.perform(multipart(url).file(new MockMultipartFile("file", "notes.xlsx", null, "not a spreadsheet".getBytes()))
                        .with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString(".xlsx")));
        assertThat(listed(session)).isEqualTo(3);
    }

    @Test
    void exportsCarryTheListsFilters() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/v1/training-sessions/export.xlsx").param("year", "2010").param("mode", "02")
                        .param("org", String.valueOf(fixtures.org("南指挥镇"))).with(httpBasic("nanzhihui", Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(8);
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("以会代训");
        }
        byte[] hours = mvc.perform(get("/training/hours/export.xlsx").param("year", "2010").param("behind", "true")
                        .param("org", String.valueOf(fixtures.org("程家塬村"))).with(signedIn("chengjiayuan")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(hours))) {
            var sheet = workbook.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertThat(sheet.getRow(r).getCell(3).getNumericCellValue())
                        .isLessThan(sheet.getRow(r).getCell(4).getNumericCellValue());
            }
        }
    }

    private static byte[] sheet(Object[][] rows) throws Exception {
        try (var excel = new org.jiceng.shared.excel.ExcelWriter(); var out = new java.io.ByteArrayOutputStream()) {
            excel.sheet("签到表", SignInSheets.COLUMNS);
            for (Object[] row : rows) {
                excel.row(row);
            }
            excel.writeTo(out);
            return out.toByteArray();
        }
    }

    private org.springframework.test.web.servlet.ResultActions attendance(String username, String url, String ids,
                                                                         boolean attended, String reason) throws Exception {
        return mvc.perform(post(url).with(httpBasic(username, Fixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"personIds\": " + ids + ", \"attended\": " + attended
                        + (reason == null ? "" : ", \"absenceReason\": \"" + reason + "\"") + "}"));
    }

    private long createSession(String username, long org) throws Exception {
        String json = mvc.perform(post("/api/v1/training-sessions").with(httpBasic(username, Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"orgId": %d, "topic": "测试培训", "category": "01", "mode": "01",
                                 "startDate": "2010-04-26", "hours": 4}""".formatted(org)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(json, "$.id")).longValue();
        // a second edit moves the version on, so version 0 is stale
        mvc.perform(put("/api/v1/training-sessions/" + id).with(httpBasic(username, Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"orgId": %d, "topic": "测试培训", "category": "01", "mode": "01",
                                 "startDate": "2010-04-26", "hours": 4, "version": 0}""".formatted(org)))
                .andExpect(status().isOk());
        return id;
    }

    private List<Long> membersOf(String village, int count) {
        return jdbc.sql("""
                SELECT p.id FROM people p JOIN orgs o ON o.id = p.org_id
                WHERE o.short_name = ? AND p.political_status <> 'NONE' AND p.membership_status = '1' ORDER BY p.id""")
                .param(village).query(Long.class).list().subList(0, count);
    }

    private double hoursOf(long personId, int year) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(a.hours), 0) FROM training_attendance a JOIN training_sessions s ON s.id = a.session_id
                WHERE a.person_id = ? AND a.attended AND s.start_date BETWEEN ? AND ?""")
                .params(personId, java.time.LocalDate.of(year, 1, 1), java.time.LocalDate.of(year, 12, 31))
                .query(Double.class).single();
    }

    private long sessions() {
        return jdbc.sql("SELECT COUNT(*) FROM training_sessions").query(Long.class).single();
    }

    private long listed(long session) {
        return jdbc.sql("SELECT COUNT(*) FROM training_attendance WHERE session_id = ?").param(session)
                .query(Long.class).single();
    }

    private String nameOf(long personId) {
        return jdbc.sql("SELECT name FROM people WHERE id = ?").param(personId).query(String.class).single();
    }

    private RequestPostProcessor signedIn(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
