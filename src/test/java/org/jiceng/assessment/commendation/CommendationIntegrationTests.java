package org.jiceng.assessment.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jiceng.assessment.PublicObjections;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Model members (优秀共产党员标兵) through the review chain: the county opens a call with quotas and ineligible flags,
 * branches and townships nominate with 事迹 and evidence, every rule refuses with a message and writes nothing, the
 * township reviews and returns, the county approves and publicizes, and the final step adds the honour to the record.
 */
@JicengIntegrationTest
class CommendationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    BusinessClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    UserDetailsService accounts;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void nominationsGoThroughTheChainAndTheFinalOneBecomesAnHonour() throws Exception {
        long hanfeng = fixtures.org("汉封乡");
        long call = open(hanfeng, 2);
        long cheng = fixtures.firstMemberOf("程家塬村");

        // The secretary nominates a member of the branch, with 事迹 and a PDF.
        JsonNode created = nominate("chengjiayuan", call, cheng, "带领群众种植花椒，人均增收三千元").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString().transform(this::read);
        long nomination = created.get("id").asLong();
        assertThat(created.get("stage").asString()).isEqualTo("DRAFT");
        mvc.perform(multipart("/api/v1/nominations/" + nomination + "/evidence")
                        .file(new MockMultipartFile("file", "事迹.pdf", "application/pdf", "%PDF-1.4 x".getBytes()))
                        .with(csrf()).with(signedIn("chengjiayuan")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.fileName").value("事迹.pdf"));

        // Rules: twice in a call; a villager; a flagged member; outside scope; each writes nothing.
        int before = nominationCount(call);
        nominate("chengjiayuan", call, cheng, "再次推荐").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("已在本次评选中被推荐")));
        long villager = jdbc.sql("""
                SELECT p.id FROM people p JOIN orgs o ON o.id = p.org_id
                WHERE o.short_name = '程家塬村' AND p.political_status = 'NONE' ORDER BY p.id""")
                .query(Long.class).list().get(0);
        nominate("chengjiayuan", call, villager, "村民").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("不是党员")));
        long flagged = secondMemberOf("程家塬村");
        mvc.perform(post("/api/v1/members/" + flagged + "/flags").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"ADMONISHMENT\",\"from\":\"2010-03-01\",\"note\":\"诫勉\"}")
                        .with(csrf()).with(signedIn("hanfeng")))
                .andExpect(status().isCreated());
        nominate("chengjiayuan", call, flagged, "有诫勉").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("诫勉谈话")));
        nominate("chengjiayuan", call, fixtures.outsidePerson, "外县").andExpect(status().isNotFound());
        assertThat(nominationCount(call)).isEqualTo(before);

        // The township nominates one more (quota 2), then the quota is reached.
        long other = memberOfAnotherVillage(hanfeng, "程家塬村", 0);
        nominate("hanfeng", call, other, "组织合作社").andExpect(status().isCreated());
        nominate("hanfeng", call, memberOfAnotherVillage(hanfeng, "程家塬村", 1), "第三名")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("名额（2名）已满")));

        // Withdraw a draft: it is gone, and the quota frees up.
        long second = jdbc.sql("SELECT id FROM commendation_nominations WHERE call_id = ? AND person_id = ?")
                .params(call, other).query(Long.class).single();
        mvc.perform(delete("/api/v1/nominations/" + second).with(csrf()).with(signedIn("hanfeng")))
                .andExpect(status().isNoContent());
        assertThat(nominationCount(call)).isEqualTo(1);

        // Submit; the secretary may not review; the township returns with a reason, then passes it.
        act(nomination, "SUBMIT", null, "chengjiayuan").andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("SUBMITTED"));
        act(nomination, "REVIEW", null, "chengjiayuan").andExpect(status().isUnprocessableContent());
        act(nomination, "RETURN", "", "hanfeng").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("须写明原因")));
        act(nomination, "RETURN", "事迹请补充具体数字", "hanfeng").andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("DRAFT"))
                .andExpect(jsonPath("$.returnedReason").value("事迹请补充具体数字"));
        act(nomination, "SUBMIT", null, "chengjiayuan").andExpect(status().isOk());
        act(nomination, "REVIEW", null, "hanfeng").andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("REVIEWED"));
        act(nomination, "APPROVE", null, "hanfeng").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("不能县级审定")));

        // The county approves and publicizes; the public page lists the name and 事迹 without sign-in.
        act(nomination, "APPROVE", null, "county").andExpect(status().isOk());
        act(nomination, "PUBLICIZE", null, "county").andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("PUBLICIZING"));
        String code = jdbc.sql("""
                SELECT p.public_code FROM review_processes p JOIN commendation_calls c ON c.process_id = p.id
                WHERE c.id = ?""").param(call).query(String.class).single();
        String name = jdbc.sql("SELECT name FROM people WHERE id = ?").param(cheng).query(String.class).single();
        mvc.perform(get("/public/notices/" + code)).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("带领群众种植花椒")))
                .andExpect(content().string(containsString("主要事迹")));

        // An objection during 公示 (no sign-in) holds the result until the county dismisses it.
        long item = jdbc.sql("SELECT item_id FROM commendation_nominations WHERE id = ?").param(nomination)
                .query(Long.class).single();
        var checked = PublicObjections.onPage(mvc, code);
        mvc.perform(post("/public/notices/" + code + "/objections").param("itemId", String.valueOf(item))
                        .cookie(checked.session()).param("check", checked.answer())
                        .param("lodgedBy", "王群众").param("contact", "13900000009").param("content", "事迹不实")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/commendations/" + call).with(signedIn("county")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("事迹不实")));
        long objection = jdbc.sql("SELECT id FROM review_objections WHERE item_id = ?").param(item)
                .query(Long.class).single();
        jdbc.sql("UPDATE review_items SET publicity_until = ? WHERE id = ?")
                .params(clock.today().minusDays(1), item).update();
        act(nomination, "FINALIZE", null, "county").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("异议尚未处理")));
        mvc.perform(post("/commendations/" + call + "/objections/" + objection + "/resolve")
                        .param("decision", "dismiss").param("reason", "经核实事迹属实").param("version", "0")
                        .with(csrf()).with(signedIn("county")))
                .andExpect(status().is3xxRedirection());
        jdbc.sql("UPDATE review_items SET publicity_until = ? WHERE id = ?")
                .params(clock.today().plusDays(3), item).update();

        // Final only after 公示; then the honour is on the member's record.
        act(nomination, "FINALIZE", null, "county").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("期满后才能确定结果")));
        jdbc.sql("UPDATE review_items SET publicity_until = ? WHERE id = (SELECT item_id FROM commendation_nominations WHERE id = ?)")
                .params(clock.today().minusDays(1), nomination).update();
        act(nomination, "FINALIZE", null, "county").andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("FINAL"));
        mvc.perform(get("/api/v1/members/" + cheng + "/honours").with(signedIn("chengjiayuan")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].title").value("测试标兵评选"))
                .andExpect(jsonPath("$[0].year").value(2010))
                .andExpect(jsonPath("$[0].sourceCallId").value(call));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE object_type = 'PERSON_HONOUR'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE object_type = 'COMMENDATION_NOMINATION'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(3);

        // The call's progress and the Excel export.
        mvc.perform(get("/api/v1/commendations/" + call).with(signedIn("county")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.progress[0].quota").value(2))
                .andExpect(jsonPath("$.progress[0].nominated").value(1));
        byte[] xlsx = mvc.perform(get("/api/v1/commendations/" + call + "/nominees.xlsx").with(signedIn("county")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getRow(2).getCell(3).getStringCellValue()).isEqualTo(name);
        }
    }

    @Test
    void theDemoCallIsUnderWayWithQuotasAndAFlaggedMember() throws Exception {
        long call = jdbc.sql("SELECT id FROM commendation_calls WHERE title = '引领群众致富优秀共产党员标兵'")
                .query(Long.class).single();
        mvc.perform(get("/commendations/" + call).with(signedIn("county")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("范家寨乡")))
                .andExpect(content().string(containsString("诫勉谈话")));
        mvc.perform(get("/api/v1/commendations/" + call).with(signedIn("county")))
                .andExpect(jsonPath("$.progress[?(@.township == '范家寨乡')].quota").value(9))
                .andExpect(jsonPath("$.progress[?(@.township == '范家寨乡')].nominated").value(5))
                .andExpect(jsonPath("$.progress[?(@.township == '汉封乡')].quota").value(8));
        long flagged = jdbc.sql("SELECT person_id FROM person_flags WHERE note LIKE '%诫勉%' ORDER BY id")
                .query(Long.class).list().get(0);
        nominate("hanfeng", call, flagged, "试推荐").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("诫勉谈话")));
        // The branch secretary sees only the own township's row.
        mvc.perform(get("/api/v1/commendations/" + call).with(signedIn("chengjiayuan")))
                .andExpect(jsonPath("$.progress.length()").value(1))
                .andExpect(jsonPath("$.progress[0].township").value("汉封乡"));
    }

    @Test
    void onlyTheCountyOpensACallAndQuotasMustBeItsTownships() throws Exception {
        mvc.perform(post("/api/v1/commendations").contentType(MediaType.APPLICATION_JSON)
                        .content(body(fixtures.org("汉封乡"), 2)).with(csrf()).with(signedIn("hanfeng")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/commendations").contentType(MediaType.APPLICATION_JSON)
                        .content(body(fixtures.outsideTownship, 2)).with(csrf()).with(signedIn("county")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("名额只能分配给本县的乡镇")));
        mvc.perform(post("/api/v1/members/" + fixtures.firstMemberOf("程家塬村") + "/flags")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"VETO_FINDING\"}")
                        .with(csrf()).with(signedIn("chengjiayuan")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aFlagCanBeEndedAndThenNoLongerBlocksALaterYear() throws Exception {
        long person = secondMemberOf("关村村");
        JsonNode flag = read(mvc.perform(post("/api/v1/members/" + person + "/flags")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"VETO_FINDING\",\"from\":\"2008-01-01\"}")
                        .with(csrf()).with(signedIn("county")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        mvc.perform(post("/api/v1/members/" + person + "/flags/" + flag.get("id").asLong() + "/end")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"until\":\"2007-01-01\",\"version\":0}").with(csrf()).with(signedIn("county")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("结束日期不能早于开始日期")));
        mvc.perform(post("/api/v1/members/" + person + "/flags/" + flag.get("id").asLong() + "/end")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"until\":\"2009-06-30\",\"version\":0}").with(csrf()).with(signedIn("county")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.until").value("2009-06-30"));
        long call = open(fixtures.org("汉封乡"), 5);
        nominate("hanfeng", call, person, "带头致富").andExpect(status().isCreated());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE object_type = 'PERSON_FLAG' AND object_id = ?")
                .param(flag.get("id").asLong()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void thePagesNominateReviewAndShowProgressAndTheHonour() throws Exception {
        long hanfeng = fixtures.org("汉封乡");
        // The county's form: a quota that is not a number is refused next to the township; nothing is written.
        int calls = jdbc.sql("SELECT COUNT(*) FROM commendation_calls").query(Integer.class).single();
        mvc.perform(post("/commendations").param("title", "页面标兵").param("year", "2010").param("publicityDays", "5")
                        .param("quota" + hanfeng, "九").with(csrf()).with(signedIn("county")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("汉封乡的名额须为整数")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM commendation_calls").query(Integer.class).single()).isEqualTo(calls);
        String location = mvc.perform(post("/commendations").param("title", "页面标兵").param("year", "2010")
                        .param("publicityDays", "5").param("quota" + hanfeng, "3")
                        .param("ineligibleFlags", "ADMONISHMENT").with(csrf()).with(signedIn("county")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long call = Long.parseLong(location.replaceAll("\\D*(\\d+).*", "$1"));

        // The secretary's phone form lists the branch's members; a missing 事迹 is refused next to the field.
        long person = fixtures.firstMemberOf("冯家山村");
        mvc.perform(get("/commendations/" + call + "/nominate").with(signedIn("hanfeng")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("主要事迹")));
        mvc.perform(multipart("/commendations/" + call + "/nominations").param("personId", String.valueOf(person))
                        .param("deeds", " ").with(csrf()).with(signedIn("hanfeng")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请填写主要事迹")));
        String nominationUrl = mvc.perform(multipart("/commendations/" + call + "/nominations")
                        .file(new MockMultipartFile("file", "照片.png", "image/png",
                                new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2}))
                        .param("personId", String.valueOf(person)).param("deeds", "领办养殖合作社")
                        .with(csrf()).with(signedIn("hanfeng")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long nomination = Long.parseLong(nominationUrl.replaceAll("\\D*(\\d+).*", "$1"));
        mvc.perform(get("/nominations/" + nomination).with(signedIn("hanfeng")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("照片.png")))
                .andExpect(content().string(containsString("领办养殖合作社")));
        pageAct(nomination, "SUBMIT", "hanfeng");
        mvc.perform(get("/commendations/" + call).with(signedIn("hanfeng")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("全部审核通过")));
        mvc.perform(post("/commendations/" + call + "/act-all").param("org", String.valueOf(hanfeng))
                        .param("action", "REVIEW").with(csrf()).with(signedIn("county")))
                .andExpect(status().is3xxRedirection());
        pageAct(nomination, "APPROVE", "county");
        pageAct(nomination, "PUBLICIZE", "county");
        jdbc.sql("UPDATE review_items SET publicity_until = ? WHERE id = (SELECT item_id FROM commendation_nominations WHERE id = ?)")
                .params(clock.today().minusDays(1), nomination).update();
        mvc.perform(post("/commendations/" + call + "/act-all").param("action", "FINALIZE")
                        .with(csrf()).with(signedIn("county")))
                .andExpect(status().is3xxRedirection()).andExpect(flashNotice("确定结果：1人"));
        mvc.perform(get("/commendations/" + call).with(signedIn("county")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("已确定")));
        mvc.perform(get("/members/" + person).with(signedIn("hanfeng")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("页面标兵")))
                .andExpect(content().string(containsString("登记标记")));
    }

    private org.springframework.test.web.servlet.ResultMatcher flashNotice(String text) {
        return org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("notice", text);
    }

    private void pageAct(long nomination, String action, String who) throws Exception {
        long version = jdbc.sql("""
                SELECT i.version FROM review_items i JOIN commendation_nominations n ON n.item_id = i.id WHERE n.id = ?""")
                .param(nomination).query(Long.class).single();
        mvc.perform(post("/nominations/" + nomination + "/act").param("action", action)
                        .param("version", String.valueOf(version)).with(csrf()).with(signedIn(who)))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attributeExists("notice"));
    }

    private long open(long township, int quota) throws Exception {
        return read(mvc.perform(post("/api/v1/commendations").contentType(MediaType.APPLICATION_JSON)
                        .content(body(township, quota)).with(csrf()).with(signedIn("county")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
    }

    private static String body(long township, int quota) {
        return """
                {"title":"测试标兵评选","year":2010,"publicityDays":5,"quotas":{"%d":%d},
                 "ineligibleFlags":["ADMONISHMENT","VETO_FINDING"]}""".formatted(township, quota);
    }

    private org.springframework.test.web.servlet.ResultActions nominate(String who, long call, long person, String deeds)
            throws Exception {
        return mvc.perform(post("/api/v1/commendations/" + call + "/nominations").contentType(MediaType.APPLICATION_JSON)
                .content("{\"personId\":%d,\"deeds\":\"%s\"}".formatted(person, deeds))
                .with(csrf()).with(signedIn(who)));
    }

    private org.springframework.test.web.servlet.ResultActions act(long nomination, String action, String reason,
                                                                   String who) throws Exception {
        long version = jdbc.sql("""
                SELECT i.version FROM review_items i JOIN commendation_nominations n ON n.item_id = i.id WHERE n.id = ?""")
                .param(nomination).query(Long.class).single();
        return mvc.perform(post("/api/v1/nominations/" + nomination + "/actions").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(new java.util.HashMap<>(java.util.Map.of("action", action,
                        "reason", reason == null ? "" : reason, "version", version))))
                .with(csrf()).with(signedIn(who)));
    }

    private long secondMemberOf(String village) {
        return jdbc.sql("""
                SELECT p.id FROM people p JOIN orgs o ON o.id = p.org_id
                WHERE o.short_name = ? AND p.political_status <> 'NONE' ORDER BY p.id""")
                .param(village).query(Long.class).list().get(1);
    }

    private long memberOfAnotherVillage(long township, String not, int index) {
        List<Long> ids = jdbc.sql("""
                SELECT p.id FROM people p JOIN orgs o ON o.id = p.org_id JOIN orgs t ON t.id = o.parent_id
                WHERE t.id = ? AND o.short_name <> ? AND p.political_status <> 'NONE'
                  AND p.id NOT IN (SELECT person_id FROM person_flags)
                ORDER BY o.id, p.id""").params(township, not).query(Long.class).list();
        return ids.get(index * 7);
    }

    private int nominationCount(long call) {
        return jdbc.sql("SELECT COUNT(*) FROM commendation_nominations WHERE call_id = ?").param(call)
                .query(Integer.class).single();
    }

    private JsonNode read(String s) {
        return json.readTree(s);
    }

    private RequestPostProcessor signedIn(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
