package org.jiceng.training.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.jiceng.shared.BusinessClock;
import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Required readings (规定篇目): the county lists them, members and secretaries record study, the hours count. */
@JicengIntegrationTest
class ReadingIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    BusinessClock clock;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void theCountyListsAReadingOnThePageAndEveryoneBelowSeesIt() throws Exception {
        mvc.perform(post("/training/readings").with(signedIn("county")).with(csrf())
                        .param("year", "2010").param("title", "中国共产党章程（学习篇）").param("issuer", "中共中央")
                        .param("category", "01").param("audience", "ALL").param("hours", "2")
                        .param("dueDate", "2010-06-30"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "已列出规定篇目：中国共产党章程（学习篇）"));
        long id = readingId("中国共产党章程（学习篇）");
        mvc.perform(get("/training/readings").param("year", "2010").with(signedIn("chengjiayuan")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("中国共产党章程（学习篇）")));
        mvc.perform(get("/training/me/readings").param("year", "2010").with(signedIn("dangyuan")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("中国共产党章程（学习篇）")));
        mvc.perform(get("/api/v1/training-readings").param("year", "2010").with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.id == " + id + ")].title").value("中国共产党章程（学习篇）"));
        assertThat(audits(id)).containsExactly("CREATE");
    }

    @Test
    void wrongReadingInputIsRefusedNextToTheFieldAndWritesNothing() throws Exception {
        long before = count("training_readings");
        mvc.perform(post("/training/readings").with(signedIn("county")).with(csrf())
                        .param("year", "2010").param("title", "坏篇目").param("category", "01").param("audience", "ALL")
                        .param("hours", "0").param("dueDate", "2011-01-05"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("学时须大于0")))
                .andExpect(content().string(containsString("完成期限须在2010年内")));
        mvc.perform(post("/training/readings").with(signedIn("hanfeng")).with(csrf())
                        .param("year", "2010").param("title", "乡里列的").param("category", "01").param("audience", "ALL")
                        .param("hours", "1"))
                .andExpect(status().isForbidden());
        assertThat(count("training_readings")).isEqualTo(before);
    }

    @Test
    void aMemberRecordsTheirOwnStudyAndTheHoursReachTheirRecord() throws Exception {
        long id = createReading("关于加强基层组织建设的意见（学习）", "ALL", 3);
        long self = jdbc.sql("SELECT person_id FROM accounts WHERE username = 'dangyuan'").query(Long.class).single();
        double before = hoursOnRecord(self);

        mvc.perform(post("/training/me/readings").with(signedIn("dangyuan")).with(csrf())
                        .param("reading", String.valueOf(id)).param("studiedOn", "2010-04-10")
                        .param("note", "要把支部建在产业链上"))
                .andExpect(redirectedUrl("/training/me/readings?year=2010"))
                .andExpect(flash().attribute("notice", "已登记学习《关于加强基层组织建设的意见（学习）》，计3.0学时"));

        assertThat(hoursOnRecord(self)).isEqualTo(before + 3);
        mvc.perform(get("/training/me").param("year", "2010").with(signedIn("dangyuan")))
                .andExpect(content().string(containsString("学习规定篇目：关于加强基层组织建设的意见（学习）")));
        mvc.perform(get("/training/me/readings").param("year", "2010").with(signedIn("dangyuan")))
                .andExpect(content().string(containsString("要把支部建在产业链上")));

        // twice, in the future, zero hours: a message next to the field, nothing written
        mvc.perform(post("/training/me/readings").with(signedIn("dangyuan")).with(csrf())
                        .param("reading", String.valueOf(id)).param("studiedOn", "2010-04-11"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("不能重复登记")));
        long second = createReading("两学一做（学习）", "ALL", 1);
        mvc.perform(post("/training/me/readings").with(signedIn("dangyuan")).with(csrf())
                        .param("reading", String.valueOf(second)).param("studiedOn", clock.today().plusDays(1).toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("学习日期不能晚于今天")));
        mvc.perform(post("/training/me/readings").with(signedIn("dangyuan")).with(csrf())
                        .param("reading", String.valueOf(second)).param("studiedOn", "2010-04-11").param("hours", "-1"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("学时须大于0")));
        assertThat(studies(id)).isEqualTo(1);
        assertThat(studies(second)).isZero();
        assertThat(audits(id)).containsExactly("CREATE", "STUDY_ADD");
    }

    @Test
    void aSecretaryRecordsStudyForBranchMembersButNotForPeopleOutsideTheBranch() throws Exception {
        long id = createReading("党员干部廉洁自律若干规定（学习）", "ALL", 2);
        List<Long> members = membersOf("程家塬村");
        long outsider = membersOf("关村村").get(0);
        mvc.perform(post("/training/readings/study").with(signedIn("chengjiayuan")).with(csrf())
                        .param("reading", String.valueOf(id)).param("studiedOn", "2010-04-02")
                        .param("personIds", members.get(0).toString(), String.valueOf(outsider)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1人不是您管辖范围内党籍正常的党员")));
        assertThat(studies(id)).isZero();

        mvc.perform(post("/training/readings/study").with(signedIn("chengjiayuan")).with(csrf())
                        .param("reading", String.valueOf(id)).param("studiedOn", "2010-04-02")
                        .param("personIds", members.get(0).toString(), members.get(1).toString()))
                .andExpect(flash().attribute("notice", "已登记2人学习《党员干部廉洁自律若干规定（学习）》"));
        // the rest of the branch studied it at the members' meeting
        mvc.perform(post("/training/readings/study").with(signedIn("chengjiayuan")).with(csrf())
                        .param("reading", String.valueOf(id)).param("studiedOn", "2010-04-09")
                        .param("orgId", String.valueOf(fixtures.org("程家塬村"))))
                .andExpect(flash().attribute("notice", "已登记" + (members.size() - 2) + "人学习《党员干部廉洁自律若干规定（学习）》"));
        assertThat(studies(id)).isEqualTo(members.size());
        mvc.perform(get("/training/readings/study").param("reading", String.valueOf(id)).with(signedIn("chengjiayuan")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<b class=\"text-danger\" id=\"pending-count\">0</b>")));
        mvc.perform(get("/training/readings/progress").param("year", "2010").with(signedIn("chengjiayuan")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("学习进度")));
        mvc.perform(get("/training/readings/progress.xlsx").param("year", "2010").with(signedIn("hanfeng")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @Test
    void aCadresOnlyReadingCannotBeRecordedForAnOrdinaryMember() throws Exception {
        long id = createReading("村党组织书记工作手册（学习）", "CADRES", 4);
        long ordinary = jdbc.sql("""
                SELECT p.id FROM people p JOIN orgs o ON o.id = p.org_id WHERE o.short_name = '程家塬村'
                AND p.political_status <> 'NONE' AND p.membership_status = '1'
                AND NOT EXISTS (SELECT 1 FROM committee_posts c WHERE c.person_id = p.id) ORDER BY p.id""")
                .query(Long.class).list().get(0);
        String json = """
                {"readingId": %d, "personIds": [%d], "studiedOn": "2010-03-03"}""".formatted(id, ordinary);
        mvc.perform(post("/api/v1/training-readings/studies").with(httpBasic("chengjiayuan", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("只要求支部书记和委员学习")));
        assertThat(studies(id)).isZero();
    }

    @Test
    void editsCarryTheVersionAndOnlyTheCountyEdits() throws Exception {
        long id = createReading("新时期党员教育读本（学习）", "ALL", 2);
        String body = """
                {"year": 2010, "title": "新时期党员教育读本（修订）", "category": "01", "audience": "ALL", "hours": 2.5,
                 "version": %d}""";
        mvc.perform(put("/api/v1/training-readings/" + id).with(httpBasic("hanfeng", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted(0)))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/training-readings/" + id).with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted(0)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.hours").value(2.5));
        mvc.perform(put("/api/v1/training-readings/" + id).with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted(0)))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/training-readings/" + fixtures.outsideReading).with(httpBasic("county", Fixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        assertThat(audits(id)).containsExactly("CREATE", "UPDATE");
    }

    @Test
    void theCountyUploadsTheTextAndMembersBelowDownloadIt() throws Exception {
        long id = createReading("关于加强农村基层党组织建设的意见（原文）", "ALL", 2);
        byte[] pdf = "%PDF-1.4 规定篇目原文".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        mvc.perform(multipart("/training/readings/" + id + "/document")
                        .file(new MockMultipartFile("file", "意见.pdf", "application/pdf", "not a pdf".getBytes()))
                        .with(signedIn("county")).with(csrf()))
                .andExpect(flash().attribute("problem", containsString("内容与扩展名相符")));
        mvc.perform(multipart("/api/v1/training-readings/" + id + "/document")
                        .file(new MockMultipartFile("file", "意见.pdf", "application/pdf", pdf))
                        .with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/training/readings/" + id + "/document")
                        .file(new MockMultipartFile("file", "意见.pdf", "application/pdf", pdf))
                        .with(signedIn("county")).with(csrf()))
                .andExpect(flash().attribute("notice", "已上传原文：意见.pdf"));

        mvc.perform(get("/training/me/readings").param("year", "2010").with(signedIn("dangyuan")))
                .andExpect(content().string(containsString("/training/readings/document?reading=" + id)));
        mvc.perform(get("/training/readings/document").param("reading", String.valueOf(id)).with(signedIn("dangyuan")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(content().bytes(pdf));
        mvc.perform(get("/api/v1/training-readings/document").param("reading", String.valueOf(fixtures.outsideReading))
                        .with(httpBasic("county", Fixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/training-readings/" + id).with(httpBasic("county", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.documentName").value("意见.pdf"));
        assertThat(jdbc.sql("SELECT action FROM audit_entries WHERE object_type = 'TRAINING_READING' AND object_id = ? ORDER BY id")
                .param(id).query(String.class).list()).containsExactly("CREATE", "DOCUMENT_ATTACH");
    }

    @Test
    void aStudyRecordedByMistakeIsWithdrawnByTheMemberOrAnOfficerInScopeAndTheHoursGoBack() throws Exception {
        long id = createReading("党员教育管理工作条例（撤回）", "ALL", 2);
        long self = jdbc.sql("SELECT person_id FROM accounts WHERE username = 'dangyuan'").query(Long.class).single();
        double before = hoursOnRecord(self);
        mvc.perform(post("/training/me/readings").with(signedIn("dangyuan")).with(csrf())
                        .param("reading", String.valueOf(id)).param("studiedOn", "2010-04-01"))
                .andExpect(flash().attribute("notice", containsString("已登记学习")));
        assertThat(hoursOnRecord(self)).isEqualTo(before + 2);

        mvc.perform(post("/training/me/readings/withdraw").with(signedIn("dangyuan")).with(csrf())
                        .param("reading", String.valueOf(id)).param("year", "2010"))
                .andExpect(flash().attribute("notice", "已撤回学习记录"));
        assertThat(hoursOnRecord(self)).isEqualTo(before);
        assertThat(studies(id)).isZero();

        long other = membersOf("关村村").get(0);
        mvc.perform(post("/api/v1/training-readings/studies").with(httpBasic("hanfeng", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"readingId\": %d, \"personIds\": [%d], \"studiedOn\": \"2010-04-02\"}".formatted(id, other)))
                .andExpect(status().is2xxSuccessful());
        mvc.perform(delete("/api/v1/training-readings/studies").param("reading", String.valueOf(id))
                        .param("person", String.valueOf(other)).with(httpBasic("chengjiayuan", Fixtures.PASSWORD)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(delete("/api/v1/training-readings/studies").param("reading", String.valueOf(id))
                        .param("person", String.valueOf(other)).with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(status().isNoContent());
        assertThat(studies(id)).isZero();
        assertThat(jdbc.sql("SELECT action FROM audit_entries WHERE object_type = 'TRAINING_READING' AND object_id = ? ORDER BY id")
                .param(id).query(String.class).list())
                .containsExactly("CREATE", "STUDY_ADD", "STUDY_REMOVE", "STUDY_ADD", "STUDY_REMOVE");
    }

    private long createReading(String title, String audience, int hours) throws Exception {
        mvc.perform(post("/api/v1/training-readings").with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"year": 2010, "title": "%s", "category": "01", "audience": "%s", "hours": %d}"""
                                .formatted(title, audience, hours)))
                .andExpect(status().isCreated());
        return readingId(title);
    }

    private long readingId(String title) {
        return jdbc.sql("SELECT id FROM training_readings WHERE title = ?").param(title).query(Long.class).single();
    }

    private double hoursOnRecord(long personId) throws Exception {
        String json = mvc.perform(get("/api/v1/people/" + personId + "/training-hours").param("year", "2010")
                        .with(httpBasic("county", Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return ((Number) com.jayway.jsonpath.JsonPath.read(json, "$.hours.hours")).doubleValue();
    }

    private List<Long> membersOf(String village) {
        return jdbc.sql("""
                SELECT p.id FROM people p JOIN orgs o ON o.id = p.org_id
                WHERE o.short_name = ? AND p.political_status <> 'NONE' AND p.membership_status = '1' ORDER BY p.id""")
                .param(village).query(Long.class).list();
    }

    private long studies(long readingId) {
        return jdbc.sql("SELECT COUNT(*) FROM reading_studies WHERE reading_id = ?").param(readingId).query(Long.class).single();
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private List<String> audits(long id) {
        return jdbc.sql("SELECT action FROM audit_entries WHERE object_type = 'TRAINING_READING' AND object_id = ? ORDER BY id")
                .param(id).query(String.class).list();
    }

    private RequestPostProcessor signedIn(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
