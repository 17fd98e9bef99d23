package org.jiceng.incentive.talk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.jiceng.support.Json;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * 诫勉谈话 and 提醒谈话 as officers meet them: the seed's talks in the demo, an admonishment that flags its subject for
 * the county's influence period so the member cannot be nominated, withdrawal that removes the flag, the follow-up
 * check, and every refusal writing nothing — through the pages and the API, by role and scope.
 */
@JicengIntegrationTest
class TalkIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    UserDetailsService accounts;

    @Test
    void theSeedsTalksAreOnRecordAndTheGuancunFlagComesFromATalk() throws Exception {
        mvc.perform(get("/talks").param("year", "2010").with(signedIn("nanzhihui"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("槐原村")))
                .andExpect(content().string(containsString("曹家沟村")))
                .andExpect(content().string(containsString("已回访")))
                .andExpect(content().string(containsString("待回访")))
                .andExpect(content().string(not(containsString("关村村"))));
        JsonNode page = read(mvc.perform(get("/api/v1/talks").param("year", "2010").param("kind", "ADMONITION")
                .with(signedIn("hanfeng"))).andExpect(status().isOk()));
        JsonNode guancun = null;
        for (JsonNode item : page.get("items")) {
            if (item.get("subjectUnit").asString().equals("汉封乡 / 关村村")) {
                guancun = item;
            }
        }
        assertThat(guancun).as("汉封乡's talk with 关村村's secretary").isNotNull();
        assertThat(guancun.get("heldOn").asString()).isEqualTo("2010-04-12");
        assertThat(guancun.get("effectiveUntil").asString()).isEqualTo("2010-10-11");
        long person = guancun.get("personId").asLong();
        JsonNode flag = read(mvc.perform(get("/api/v1/members/" + person + "/flags").with(signedIn("hanfeng")))
                .andExpect(status().isOk())).get(0);
        assertThat(flag.get("kind").asString()).isEqualTo("ADMONISHMENT");
        assertThat(flag.get("from").asString()).isEqualTo("2010-04-12");
        assertThat(flag.get("until").asString()).isEqualTo("2010-10-11");
        assertThat(flag.get("id").asLong()).isEqualTo(guancun.get("flagId").asLong());
        // Another township's officer does not see the talk.
        mvc.perform(get("/talks/" + guancun.get("id").asLong()).with(signedIn("nanzhihui")))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAdmonishmentFlagsTheMemberOutOfANominationUntilItIsWithdrawn() throws Exception {
        long hanfeng = fixtures.org("汉封乡");
        long call = read(mvc.perform(post("/api/v1/commendations").contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"title":"谈话测试评选","year":2010,"publicityDays":5,"quotas":{"%d":3},
                         "ineligibleFlags":["ADMONISHMENT"]}""".formatted(hanfeng))
                .with(csrf()).with(signedIn("county"))).andExpect(status().isCreated())).get("id").asLong();
        long member = memberOf("冯家山村", 5);

        JsonNode talk = read(record("hanfeng", admonition(member, "2010-04-28")).andExpect(status().isCreated()));
        assertThat(talk.get("kind").asString()).isEqualTo("ADMONITION");
        assertThat(talk.get("effectiveUntil").asString()).isEqualTo("2010-10-27");
        assertThat(talk.get("heldByName").asString()).isEqualTo("中共汉封乡委员会");
        nominate(call, member).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("诫勉谈话")));

        // The person's page shows the flag the talk wrote.
        mvc.perform(get("/members/" + member).with(signedIn("hanfeng"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("谈话记录第" + talk.get("id").asLong() + "号")));

        // Withdrawn as recorded by mistake (a reason and the version are required): the flag is gone.
        long id = talk.get("id").asLong();
        withdraw(id, "", 0).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请写明撤销原因")));
        withdraw(id, "对象登记错误", 7).andExpect(status().isConflict());
        withdraw(id, "对象登记错误", 0).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("WITHDRAWN"))
                .andExpect(jsonPath("$.flagId").doesNotExist());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person_flags WHERE person_id = ?").param(member).query(Long.class)
                .single()).isZero();
        assertThat(auditCount("DELETE", "PERSON_FLAG")).isPositive();
        nominate(call, member).andExpect(status().isCreated());
        withdraw(id, "再撤", 1).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("已撤销")));
    }

    @Test
    void aReminderWritesNoFlagAndTheFollowUpIsCheckedOnce() throws Exception {
        long member = memberOf("董家庄村", 4);
        String reminder = Json.of(java.util.Map.of("kind", "REMINDER", "personId", member, "heldOn", "2010-05-04",
                "place", "镇会议室", "talkerName", "赵国强", "talkerPost", "南指挥镇党委书记", "recorderName", "刘芳",
                "reason", "学习笔记不全", "content", "提醒按时参加集体学习"));
        JsonNode talk = read(record("nanzhihui", reminder).andExpect(status().isCreated()));
        assertThat(talk.get("effectiveUntil").isNull()).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person_flags WHERE person_id = ?").param(member).query(Long.class)
                .single()).isZero();
        long id = talk.get("id").asLong();
        check(id, "2010-05-03", "补齐笔记", 0).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("回访日期不能早于谈话日期")));
        check(id, "2010-05-05", "已补齐学习笔记", 0).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CHECKED")).andExpect(jsonPath("$.checkedBy").value("nanzhihui"));
        check(id, "2010-05-05", "再次回访", 1).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("已回访")));
    }

    @Test
    void badTalksAreRefusedWithAMessageAndNothingWritten() throws Exception {
        long member = memberOf("冯家山村", 6);
        long before = talkCount();
        record("hanfeng", admonition(member, "2010-05-06")).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("谈话日期不能晚于今天")));
        record("hanfeng", Json.of(java.util.Map.of("kind", "ADMONITION", "personId", member, "heldOn", "2010-05-01",
                "place", "乡会议室", "talkerName", "王建民", "talkerPost", "乡党委书记", "recorderName", "张晓燕",
                "reason", "事由", "content", "内容"))).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("followUp"));
        record("hanfeng", admonition(fixtures.outsidePerson, "2010-05-01")).andExpect(status().isNotFound());
        record("nanzhihui", admonition(member, "2010-05-01")).andExpect(status().isNotFound());
        record("chengjiayuan", admonition(member, "2010-05-01")).andExpect(status().isForbidden());
        mvc.perform(get("/talks").with(signedIn("dangyuan"))).andExpect(status().isForbidden());
        assertThat(talkCount()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person_flags WHERE person_id = ?").param(member).query(Long.class)
                .single()).isZero();
    }

    @Test
    void theInfluencePeriodIsTheCountysOwnRule() throws Exception {
        // 岐山县 has set no period yet: its officer cannot record an admonishment until it does.
        String qishanTalk = admonition(fixtures.outsidePerson, "2010-04-01");
        record("qishan", qishanTalk).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("尚未设定2010年的诫勉影响期")));
        mvc.perform(put("/api/v1/talk-rules").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\":2010,\"admonitionMonths\":3}").with(csrf()).with(signedIn("hanfeng")))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/talk-rules").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\":2010,\"admonitionMonths\":0}").with(csrf()).with(signedIn("qishan")))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/talk-rules").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\":2010,\"admonitionMonths\":3}").with(csrf()).with(signedIn("qishan")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.admonitionMonths").value(3));
        record("qishan", qishanTalk).andExpect(status().isCreated())
                .andExpect(jsonPath("$.effectiveUntil").value("2010-06-30"));
        // 凤翔县's six months are untouched.
        mvc.perform(get("/api/v1/talk-rules").with(signedIn("county"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].year").value(2009)).andExpect(jsonPath("$[0].admonitionMonths").value(6));
    }

    @Test
    void anOfficerRecordsATalkOnThePageAndSeesMessagesNextToTheFields() throws Exception {
        long member = memberOf("南古城村", 3);
        mvc.perform(get("/talks/new").param("personId", String.valueOf(member)).with(signedIn("hanfeng")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("在任村干部")));
        long before = talkCount();
        mvc.perform(post("/talks").param("kind", "ADMONITION").param("personId", String.valueOf(member))
                        .param("heldOn", "2010-05-03").param("place", "汉封乡会议室").param("talkerName", "王建民")
                        .param("talkerPost", "乡党委书记").param("recorderName", "").param("reason", "会议无故缺席")
                        .param("content", "批评教育").param("followUp", "")
                        .with(csrf()).with(signedIn("hanfeng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写记录人姓名")))
                .andExpect(content().string(containsString("会议无故缺席")));
        assertThat(talkCount()).isEqualTo(before);
        mvc.perform(post("/talks").param("kind", "ADMONITION").param("personId", String.valueOf(member))
                        .param("heldOn", "2010-05-03").param("place", "汉封乡会议室").param("talkerName", "王建民")
                        .param("talkerPost", "乡党委书记").param("recorderName", "张晓燕").param("reason", "会议无故缺席")
                        .param("content", "批评教育").param("followUp", "")
                        .with(csrf()).with(signedIn("hanfeng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("诫勉谈话须写明整改要求及回访安排")));
        String location = mvc.perform(post("/talks").param("kind", "ADMONITION").param("personId", String.valueOf(member))
                        .param("heldOn", "2010-05-03").param("place", "汉封乡会议室").param("talkerName", "王建民")
                        .param("talkerPost", "乡党委书记").param("recorderName", "张晓燕").param("reason", "会议无故缺席")
                        .param("content", "批评教育").param("followUp", "一个月后回访")
                        .with(csrf()).with(signedIn("hanfeng")))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/talks/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(signedIn("hanfeng"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("诫勉影响期：2010-05-03 至 2010-11-02")));
        mvc.perform(post(location + "/check").param("checkedOn", "2010-05-06").param("result", "已整改")
                        .param("version", "0").with(csrf()).with(signedIn("hanfeng")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("回访日期不能晚于今天")));
        mvc.perform(post(location + "/check").param("checkedOn", "2010-05-05").param("result", "已整改")
                        .param("version", "0").with(csrf()).with(signedIn("hanfeng")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(location).with(signedIn("hanfeng"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("2010-05-05：已整改")));
    }

    @Test
    void talksHeldAreAMetricPerTownshipAndYear() throws Exception {
        long nanzhihui = fixtures.org("南指挥镇");
        long expected = jdbc.sql("""
                SELECT COUNT(*) FROM talks t WHERE t.township_id = ? AND t.status <> 'WITHDRAWN'
                AND t.held_on BETWEEN '2010-01-01' AND '2010-12-31'""").param(nanzhihui).query(Long.class).single();
        assertThat(expected).isGreaterThanOrEqualTo(2);
        JsonNode values = read(mvc.perform(get("/api/v1/metrics/incentive.talks_held").param("year", "2010")
                .param("org", String.valueOf(nanzhihui)).with(signedIn("nanzhihui"))).andExpect(status().isOk()))
                .get("values");
        JsonNode township = null;
        for (JsonNode v : values) {
            if (v.get("orgId").asLong() == nanzhihui) {
                township = v;
            }
        }
        assertThat(township).isNotNull();
        assertThat(township.get("value").asLong()).isEqualTo(expected);
    }

    private String admonition(long person, String heldOn) {
        return Json.of(java.util.Map.ofEntries(java.util.Map.entry("kind", "ADMONITION"),
                java.util.Map.entry("personId", person), java.util.Map.entry("heldOn", heldOn),
                java.util.Map.entry("place", "乡党委会议室"), java.util.Map.entry("talkerName", "王建民"),
                java.util.Map.entry("talkerPost", "乡党委书记"), java.util.Map.entry("recorderName", "张晓燕"),
                java.util.Map.entry("reason", "工作作风漂浮"), java.util.Map.entry("content", "严肃批评，限期整改"),
                java.util.Map.entry("followUp", "一个月后回访")));
    }

    private ResultActions record(String who, String body) throws Exception {
        return mvc.perform(post("/api/v1/talks").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(csrf()).with(signedIn(who)));
    }

    private ResultActions withdraw(long id, String reason, long version) throws Exception {
        return mvc.perform(post("/api/v1/talks/" + id + "/withdraw").contentType(MediaType.APPLICATION_JSON)
                .content(Json.of(java.util.Map.of("reason", reason, "version", version)))
                .with(csrf()).with(signedIn("hanfeng")));
    }

    private ResultActions check(long id, String on, String result, long version) throws Exception {
        return mvc.perform(post("/api/v1/talks/" + id + "/check").contentType(MediaType.APPLICATION_JSON)
                .content(Json.of(java.util.Map.of("checkedOn", on, "result", result, "version", version)))
                .with(csrf()).with(signedIn("nanzhihui")));
    }

    private ResultActions nominate(long call, long person) throws Exception {
        return mvc.perform(post("/api/v1/commendations/" + call + "/nominations").contentType(MediaType.APPLICATION_JSON)
                .content("{\"personId\":%d,\"deeds\":\"带头发展核桃产业\"}".formatted(person))
                .with(csrf()).with(signedIn("hanfeng")));
    }

    private long memberOf(String village, int index) {
        return jdbc.sql("""
                SELECT p.id FROM people p JOIN orgs o ON o.id = p.org_id
                WHERE o.short_name = ? AND p.political_status <> 'NONE' ORDER BY p.id""")
                .param(village).query(Long.class).list().get(index);
    }

    private long talkCount() {
        return jdbc.sql("SELECT COUNT(*) FROM talks").query(Long.class).single();
    }

    private long auditCount(String action, String type) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE action = ? AND object_type = ?").params(action, type)
                .query(Long.class).single();
    }

    private JsonNode read(ResultActions result) throws Exception {
        return Json.parse(result.andReturn().getResponse().getContentAsString());
    }

    private RequestPostProcessor signedIn(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
