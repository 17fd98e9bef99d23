package org.jiceng.training.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.jiceng.shared.BusinessClock;
import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** County courses (调训): the county plans, townships select within their quota, completion credits hours. */
@JicengIntegrationTest
class CourseIntegrationTests {

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
    void theDemoCourseShowsEightCompletedSecretariesOfHanfeng() throws Exception {
        mvc.perform(get("/training/courses").param("year", "2010").with(signedIn("county")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("全县村党支部书记集中培训")));
        long course = jdbc.sql("SELECT id FROM training_sessions WHERE topic = '全县村党支部书记集中培训'")
                .query(Long.class).single();
        mvc.perform(get("/api/v1/training-courses/detail").param("course", String.valueOf(course))
                        .with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.course.completed").value(8))
                .andExpect(jsonPath("$.participants.length()").value(8));
    }

    @Test
    void townshipsSelectWithinTheirQuotaAndCompletionCreditsTheHours() throws Exception {
        long hanfeng = fixtures.org("汉封乡");
        mvc.perform(post("/training/courses").with(signedIn("county")).with(csrf())
                        .param("name", "村支书党务培训班").param("startDate", "2010-03-01").param("endDate", "2010-03-03")
                        .param("venue", "县委党校").param("hours", "24").param("seats", "3")
                        .param("quota." + hanfeng, "2"))
                .andExpect(status().is3xxRedirection());
        long course = jdbc.sql("SELECT id FROM training_sessions WHERE topic = '村支书党务培训班'").query(Long.class).single();
        assertThat(jdbc.sql("SELECT delivery_mode FROM training_sessions WHERE id = ?").param(course)
                .query(String.class).single()).isEqualTo("07");
        List<Long> hanfengSecretaries = secretariesOf("汉封乡");
        mvc.perform(get("/training/courses/view").param("course", String.valueOf(course)).with(signedIn("hanfeng")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("本年已获")));

        mvc.perform(post("/training/courses/select").with(signedIn("hanfeng")).with(csrf())
                        .param("course", String.valueOf(course))
                        .param("personIds", ids(hanfengSecretaries.subList(0, 3))))
                .andExpect(flash().attribute("problem", containsString("汉封乡名额为2人")));
        assertThat(participants(course)).isZero();
        mvc.perform(post("/training/courses/select").with(signedIn("hanfeng")).with(csrf())
                        .param("course", String.valueOf(course))
                        .param("personIds", ids(hanfengSecretaries.subList(0, 2))))
                .andExpect(flash().attribute("notice", "已选调2人"));
        long other = secretariesOf("南指挥镇").get(0);
        mvc.perform(post("/training/courses/select").with(signedIn("hanfeng")).with(csrf())
                        .param("course", String.valueOf(course)).param("personIds", String.valueOf(other)))
                .andExpect(flash().attribute("problem", containsString("不是您管辖范围内")));
        mvc.perform(post("/training/courses/select").with(signedIn("county")).with(csrf())
                        .param("course", String.valueOf(course)).param("personIds", String.valueOf(other)))
                .andExpect(flash().attribute("notice", "已选调1人"));
        mvc.perform(post("/training/courses/select").with(signedIn("county")).with(csrf())
                        .param("course", String.valueOf(course)).param("personIds", String.valueOf(secretariesOf("南指挥镇").get(1))))
                .andExpect(flash().attribute("problem", containsString("超过名额")));
        assertThat(participants(course)).isEqualTo(3);

        long first = hanfengSecretaries.get(0);
        double before = hoursOnRecord(first);
        mvc.perform(post("/training/courses/complete").with(signedIn("hanfeng")).with(csrf())
                        .param("course", String.valueOf(course)).param("personId", String.valueOf(first))
                        .param("completed", "true"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/training/courses/complete").with(signedIn("county")).with(csrf())
                        .param("course", String.valueOf(course)).param("personId", String.valueOf(first))
                        .param("completed", "true"))
                .andExpect(flash().attribute("notice", "已登记结业，学时已计入"));
        assertThat(hoursOnRecord(first)).isEqualTo(before + 24);

        long second = hanfengSecretaries.get(1);
        double secondBefore = hoursOnRecord(second);
        mvc.perform(post("/training/courses/complete").with(signedIn("county")).with(csrf())
                        .param("course", String.valueOf(course)).param("personId", String.valueOf(second))
                        .param("completed", "false"))
                .andExpect(flash().attribute("problem", containsString("未结业须填写原因")));
        mvc.perform(post("/training/courses/complete").with(signedIn("county")).with(csrf())
                        .param("course", String.valueOf(course)).param("personId", String.valueOf(second))
                        .param("completed", "false").param("reason", "中途返村处理汛情"))
                .andExpect(flash().attribute("notice", "已登记未结业"));
        assertThat(hoursOnRecord(second)).isEqualTo(secondBefore);
        assertThat(jdbc.sql("SELECT action FROM audit_entries WHERE object_type = 'TRAINING_SESSION' AND object_id = ? ORDER BY id")
                .param(course).query(String.class).list())
                .containsExactly("CREATE", "COURSE_SELECT", "COURSE_SELECT", "COURSE_COMPLETE", "COURSE_COMPLETE");
    }

    @Test
    void aCourseStillToComeTakesNoCompletionAndBadPlansAreRefused() throws Exception {
        LocalDate start = clock.today().plusDays(10);
        String json = """
                {"name": "明年书记轮训", "startDate": "%s", "endDate": "%s", "hours": 40, "seats": 2}"""
                .formatted(start, start.plusDays(4));
        String created = mvc.perform(post("/api/v1/training-courses").with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long course = ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.id")).longValue();
        long secretary = secretariesOf("郭店镇").get(0);
        mvc.perform(post("/api/v1/training-courses/selection").with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"courseId\": %d, \"personIds\": [%d]}".formatted(course, secretary)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.selected").value(1));
        mvc.perform(post("/api/v1/training-courses/completion").with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"courseId\": %d, \"personId\": %d, \"completed\": true}".formatted(course, secretary)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("后才能登记结业")));
        long sessions = jdbc.sql("SELECT COUNT(*) FROM training_sessions").query(Long.class).single();
        mvc.perform(post("/api/v1/training-courses").with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name": "坏班", "startDate": "2010-05-05", "endDate": "2010-05-01", "hours": 0, "seats": 0}"""))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("结束日期不能早于开始日期")));
        mvc.perform(post("/api/v1/training-courses").with(httpBasic("hanfeng", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM training_sessions").query(Long.class).single()).isEqualTo(sessions);
    }

    /** A sitting branch secretary of a township, whether or not selected for other courses. */
    private long anySecretaryOf(String township) {
        return jdbc.sql("""
                SELECT c.person_id FROM committee_posts c JOIN org_tree t ON t.descendant_id = c.org_id
                JOIN orgs o ON o.id = t.ancestor_id JOIN people p ON p.id = c.person_id
                WHERE o.short_name = ? AND c.post = '01' AND c.ended_on IS NULL AND p.membership_status = '1'
                ORDER BY c.person_id""").param(township).query(Long.class).list().get(0);
    }

    private List<Long> secretariesOf(String township) {
        return jdbc.sql("""
                SELECT c.person_id FROM committee_posts c JOIN org_tree t ON t.descendant_id = c.org_id
                JOIN orgs o ON o.id = t.ancestor_id JOIN people p ON p.id = c.person_id
                WHERE o.short_name = ? AND c.post = '01' AND c.ended_on IS NULL AND p.membership_status = '1'
                  AND NOT EXISTS (SELECT 1 FROM course_participants cp WHERE cp.person_id = c.person_id)
                ORDER BY c.org_id DESC""").param(township).query(Long.class).list();
    }

    @Test
    void theCountyCorrectsACourseWithinWhatIsAlreadySelectedAndChangedHoursReachThoseWhoCompleted() throws Exception {
        long hanfeng = fixtures.org("汉封乡");
        String created = mvc.perform(post("/api/v1/training-courses").with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name": "农村党员致富带头人培训班", "startDate": "2010-04-11", "endDate": "2010-04-12",
                                 "hours": 16, "seats": 3}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long course = ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.id")).longValue();
        List<Long> secretaries = secretariesOf("汉封乡").subList(0, 2);
        mvc.perform(post("/api/v1/training-courses/selection").with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"courseId\": %d, \"personIds\": %s}".formatted(course, secretaries)))
                .andExpect(status().isOk());
        double before = hoursOnRecord(secretaries.get(0));
        mvc.perform(post("/api/v1/training-courses/completion").with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"courseId\": %d, \"personId\": %d, \"completed\": true}".formatted(course, secretaries.get(0))))
                .andExpect(status().isOk());
        assertThat(hoursOnRecord(secretaries.get(0))).isEqualTo(before + 16);

        double notCompleted = hoursOnRecord(secretaries.get(1));
        String v = String.valueOf(version(course));
        mvc.perform(get("/training/courses/view").param("course", String.valueOf(course)).with(signedIn("county")))
                .andExpect(content().string(containsString("id=\"edit-course\"")));
        mvc.perform(get("/training/courses/view").param("course", String.valueOf(course)).with(signedIn("hanfeng")))
                .andExpect(content().string(not(containsString("id=\"edit-course\""))));
        mvc.perform(get("/training/courses/edit").param("course", String.valueOf(course)).with(signedIn("county")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"农村党员致富带头人培训班\"")));
        mvc.perform(post("/training/courses/edit").param("course", String.valueOf(course)).with(signedIn("county"))
                        .with(csrf()).param("name", "农村党员致富带头人培训班").param("startDate", "2010-04-11")
                        .param("endDate", "2010-04-13").param("hours", "24").param("seats", "1")
                        .param("quota." + hanfeng, "1").param("version", v))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已选调2人，名额不能少于此数")))
                .andExpect(content().string(containsString("汉封乡已选调2人，名额不能少于此数")));
        mvc.perform(post("/training/courses/edit").param("course", String.valueOf(course)).with(signedIn("county"))
                        .with(csrf()).param("name", "农村党员致富带头人培训班").param("startDate", "2010-04-11")
                        .param("endDate", "2010-04-13").param("hours", "24").param("seats", "4")
                        .param("quota." + hanfeng, "2").param("version", v))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "已保存调训：农村党员致富带头人培训班"));
        assertThat(hoursOnRecord(secretaries.get(0))).isEqualTo(before + 24);
        assertThat(hoursOnRecord(secretaries.get(1))).isEqualTo(notCompleted);

        String stale = """
                {"name": "改名", "startDate": "2010-04-11", "endDate": "2010-04-13", "hours": 24, "seats": 4,
                 "version": %s}""".formatted(v);
        String fresh = stale.replace("\"version\": " + v, "\"version\": " + version(course));
        mvc.perform(put("/api/v1/training-courses").param("course", String.valueOf(course))
                        .with(httpBasic("county", Fixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(stale))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/training-courses").param("course", String.valueOf(course))
                        .with(httpBasic("hanfeng", Fixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(fresh))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/training-courses").param("course", String.valueOf(course))
                        .with(httpBasic("county", Fixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(fresh.replace("2010-04-1", "2999-04-1")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("结束日期不能晚于今天")));
        assertThat(jdbc.sql("SELECT topic FROM training_sessions WHERE id = ?").param(course).query(String.class).single())
                .isEqualTo("农村党员致富带头人培训班");
        assertThat(jdbc.sql("SELECT action FROM audit_entries WHERE object_type = 'TRAINING_SESSION' AND object_id = ? ORDER BY id")
                .param(course).query(String.class).list()).endsWith("UPDATE");
    }

    @Test
    void aMistakenSelectionIsWithdrawnBeforeCompletionByTheCountyOrThePersonsTownship() throws Exception {
        String created = mvc.perform(post("/api/v1/training-courses").with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name": "党务工作者轮训班", "startDate": "2010-02-01", "endDate": "2010-02-02",
                                 "hours": 16, "seats": 5}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long course = ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.id")).longValue();
        long hanfeng = anySecretaryOf("汉封乡");
        long other = anySecretaryOf("郭店镇");
        mvc.perform(post("/api/v1/training-courses/selection").with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"courseId\": %d, \"personIds\": [%d, %d]}".formatted(course, hanfeng, other)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.selected").value(2));

        mvc.perform(delete("/api/v1/training-courses/selection").param("course", String.valueOf(course))
                        .param("person", String.valueOf(other)).with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/training/courses/deselect").with(signedIn("hanfeng")).with(csrf())
                        .param("course", String.valueOf(course)).param("personId", String.valueOf(hanfeng)))
                .andExpect(flash().attribute("notice", "已取消选调"));
        mvc.perform(post("/api/v1/training-courses/completion").with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"courseId\": %d, \"personId\": %d, \"completed\": true}".formatted(course, other)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.selected").value(1));
        mvc.perform(delete("/api/v1/training-courses/selection").param("course", String.valueOf(course))
                        .param("person", String.valueOf(other)).with(httpBasic("county", Fixtures.PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("结业情况已登记，不能取消选调")));
        assertThat(participants(course)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT action FROM audit_entries WHERE object_type = 'TRAINING_SESSION' AND object_id = ? ORDER BY id")
                .param(course).query(String.class).list()).contains("COURSE_DESELECT");
    }

    private long version(long course) throws Exception {
        String json = mvc.perform(get("/api/v1/training-courses/detail").param("course", String.valueOf(course))
                        .with(httpBasic("county", Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return ((Number) com.jayway.jsonpath.JsonPath.read(json, "$.course.version")).longValue();
    }

    private double hoursOnRecord(long personId) throws Exception {
        String json = mvc.perform(get("/api/v1/people/" + personId + "/training-hours").param("year", "2010")
                        .with(httpBasic("county", Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return ((Number) com.jayway.jsonpath.JsonPath.read(json, "$.hours.hours")).doubleValue();
    }

    private long participants(long course) {
        return jdbc.sql("SELECT COUNT(*) FROM course_participants WHERE session_id = ?").param(course).query(Long.class).single();
    }

    private static String[] ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).toArray(String[]::new);
    }

    private RequestPostProcessor signedIn(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
