package org.jiceng.incentive.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A township's month of cadre pay through the API and pages, as 郭店镇's officer does it: accounts opened, funds in,
 * January 2010 computed from the register, one cadre paid on time and one late (flagged), and every bad input refused
 * with its message and nothing written — overdraft, a person with no paid post, sub-fen and negative amounts, a date
 * before the period, reversing a reversal. Other roles and townships see nothing of it.
 */
@JicengIntegrationTest
class PayIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    UserDetailsService accounts;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void aMonthsRunFlagsTheLatePaymentAndRefusesBadInputWritingNothing() throws Exception {
        long guodian = fixtures.org("郭店镇");
        long daozi = fixtures.org("导子村");
        long sancha = fixtures.org("三岔村");
        long daoziAccount = openAccount(daozi, 1200);
        long sanchaAccount = openAccount(sancha, 1800);

        // January 2010 computed from the register: the paid cadres of each village, due basic pay.
        JsonNode run = read(api(post("/api/v1/pay/runs"), "guodian",
                "{\"org\":" + guodian + ",\"kind\":\"MONTHLY\",\"year\":2010,\"month\":1}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.dueDate").value("2010-02-10")));
        long runId = run.get("id").asLong();
        api(post("/api/v1/pay/runs"), "guodian", "{\"org\":" + guodian + ",\"kind\":\"MONTHLY\",\"year\":2010,\"month\":1}")
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("已计算")));
        JsonNode lines = read(mvc.perform(get("/api/v1/pay/runs/" + runId).with(as("guodian")))
                .andExpect(status().isOk())).get("lines");
        JsonNode daoziSecretary = line(lines, daozi, "01");
        JsonNode sanchaSecretary = line(lines, sancha, "01");
        assertThat(daoziSecretary.get("due").decimalValue()).isEqualByComparingTo("400.00");
        assertThat(daoziSecretary.get("status").asString()).isEqualTo("UNPAID");

        // Funds in: 500 yuan to 导子村; no money for 三岔村 yet.
        api(post("/api/v1/pay/accounts/" + daoziAccount + "/funds"), "guodian",
                "{\"date\":\"2010-01-06\",\"amount\":500.00,\"source\":\"财政转移支付\",\"documentNo\":\"凤财发〔2010〕2号\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.kind").value("FUND_IN"));

        // Bad input, each refused next to its field and nothing written.
        long entriesBefore = entries();
        long auditBefore = audits();
        pay(runId, daoziSecretary.get("personId").asLong(), "400.005", "2010-02-08")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("amount"))
                .andExpect(content().string(containsString("只能精确到分")));
        pay(runId, daoziSecretary.get("personId").asLong(), "-400", "2010-02-08")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("amount"));
        pay(runId, daoziSecretary.get("personId").asLong(), "400.01", "2010-02-08")
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("超过应发未发金额")));
        pay(runId, daoziSecretary.get("personId").asLong(), "400", "2009-12-31")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("date"))
                .andExpect(content().string(containsString("不能早于2010年1月报酬所属期间开始")));
        long villager = jdbc.sql("SELECT id FROM people WHERE org_id = ? AND political_status = 'NONE' ORDER BY id")
                .param(daozi).query(Long.class).list().get(0);
        pay(runId, villager, "400", "2010-02-08")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("personId"))
                .andExpect(content().string(containsString("不在本次报酬名单中")));
        pay(runId, sanchaSecretary.get("personId").asLong(), "400", "2010-02-08")
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("专帐余额不足")));
        assertThat(entries()).isEqualTo(entriesBefore);
        assertThat(audits()).isEqualTo(auditBefore);

        // 导子村's secretary paid on time; 三岔村 funded, its secretary paid after the due date.
        pay(runId, daoziSecretary.get("personId").asLong(), "400", "2010-02-08").andExpect(status().isCreated())
                .andExpect(jsonPath("$.amount").value(-400.0));
        // The account holds 100 now: paying another 400 of 导子村 would overdraw it.
        JsonNode daoziOther = line(lines, daozi, "07");
        pay(runId, daoziOther.get("personId").asLong(), daoziOther.get("due").asString(), "2010-02-08")
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("专帐余额不足")));
        api(post("/api/v1/pay/accounts/" + sanchaAccount + "/funds"), "guodian",
                "{\"date\":\"2010-02-12\",\"amount\":3000,\"source\":\"财政转移支付\",\"documentNo\":\"凤财发〔2010〕9号\"}")
                .andExpect(status().isCreated());
        pay(runId, sanchaSecretary.get("personId").asLong(), "400", "2010-02-15").andExpect(status().isCreated());

        JsonNode after = read(mvc.perform(get("/api/v1/pay/runs/" + runId).with(as("guodian"))));
        assertThat(line(after.get("lines"), daozi, "01").get("status").asString()).isEqualTo("ON_TIME");
        assertThat(line(after.get("lines"), sancha, "01").get("status").asString()).isEqualTo("LATE");
        assertThat(after.get("rate").get("late").asInt()).isGreaterThanOrEqualTo(1);

        // The run page flags it; the officer's payment form keeps the input and says why when refused.
        long sanchaLine = line(after.get("lines"), sancha, "01").get("id").asLong();
        mvc.perform(get("/pay/runs/" + runId).with(as("guodian"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("逾期足额")))
                .andExpect(content().string(containsString("按时足额")));
        long sanchaClerk = line(after.get("lines"), sancha, "07").get("id").asLong();
        mvc.perform(post("/pay/lines/" + sanchaClerk + "/payments").param("amount", "12.345").param("date", "2010-02-08")
                        .param("method", "PASSBOOK").with(csrf()).with(as("guodian")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("只能精确到分")))
                .andExpect(content().string(containsString("value=\"12.345\"")));

        // A payment reversed with a reason puts the line back to unpaid; the reversal cannot be reversed.
        long payment = jdbc.sql("SELECT id FROM pay_entries WHERE line_id = ? AND kind = 'PAY_OUT'").param(sanchaLine)
                .query(Long.class).single();
        api(post("/api/v1/pay/entries/" + payment + "/reversal"), "guodian", "{\"reason\":\" \"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        JsonNode reversal = read(api(post("/api/v1/pay/entries/" + payment + "/reversal"), "guodian",
                "{\"reason\":\"误将其他月份报酬登记在本月\"}").andExpect(status().isCreated()));
        api(post("/api/v1/pay/entries/" + reversal.get("id").asLong() + "/reversal"), "guodian", "{\"reason\":\"再冲\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("冲销记录不能再冲销")));
        api(post("/api/v1/pay/entries/" + payment + "/reversal"), "guodian", "{\"reason\":\"再冲\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("已冲销")));
        assertThat(line(read(mvc.perform(get("/api/v1/pay/runs/" + runId).with(as("guodian")))).get("lines"), sancha,
                "01").get("status").asString()).isEqualTo("UNPAID");

        // The balance is the sum of the entries: 3000 in, 400 out, 400 back.
        mvc.perform(get("/api/v1/pay/accounts/" + sanchaAccount).with(as("guodian")))
                .andExpect(jsonPath("$.balance").value(3000.0));
        mvc.perform(get("/pay/accounts/" + sanchaAccount + "?year=2010").with(as("guodian"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("冲销第" + payment + "号：误将其他月份报酬登记在本月")))
                .andExpect(content().string(containsString("已冲销")));

        // Every money change is audited with the balance before and after.
        String audit = jdbc.sql("SELECT after_value FROM audit_entries WHERE object_type = 'PAY_ENTRY' AND object_id = ?")
                .param(reversal.get("id").asLong()).query(String.class).single();
        assertThat(audit).contains("\"balance\":3000");

        // Scope and roles: another township and a branch secretary see none of it; the county reads it.
        mvc.perform(get("/api/v1/pay/runs/" + runId).with(as("hanfeng"))).andExpect(status().isNotFound());
        mvc.perform(get("/pay/accounts/" + daoziAccount).with(as("hanfeng"))).andExpect(status().isNotFound());
        mvc.perform(get("/pay").with(as("chengjiayuan"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/pay/runs/" + runId).with(as("county"))).andExpect(status().isOk());
        api(post("/api/v1/pay/accounts/" + daoziAccount + "/funds"), "county",
                "{\"date\":\"2010-01-06\",\"amount\":5,\"source\":\"x\",\"documentNo\":\"y\"}")
                .andExpect(status().isForbidden());
    }

    @Test
    void aVillageHasOneAccountAndItsDetailsComeBackOnAnError() throws Exception {
        long tangcun = fixtures.org("唐村");
        openAccount(tangcun, 900);
        api(post("/api/v1/pay/accounts"), "guodian", "{\"villageId\":" + tangcun
                + ",\"accountName\":\"唐村专帐\",\"population\":900,\"openedOn\":\"2010-01-04\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("每村只设一个")));
        long guodianVillage = fixtures.org("郭店村");
        mvc.perform(post("/pay/accounts").param("villageId", String.valueOf(guodianVillage))
                        .param("accountName", "郭店村村干部报酬专帐").param("population", "1300")
                        .param("openedOn", "2010-06-01").with(csrf()).with(as("guodian")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("开户日期不能晚于今天")))
                .andExpect(content().string(containsString("value=\"郭店村村干部报酬专帐\"")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pay_accounts WHERE village_id = ?").param(guodianVillage)
                .query(Long.class).single()).isZero();
        // The township officer of 汉封乡 cannot open an account in 郭店镇.
        api(post("/api/v1/pay/accounts"), "hanfeng", "{\"villageId\":" + guodianVillage
                + ",\"accountName\":\"x\",\"population\":900,\"openedOn\":\"2010-01-04\"}")
                .andExpect(status().isNotFound());
    }

    @Test
    void theCountySetsAYearsStandardTownshipsTopUpWithinItsLimit() throws Exception {
        mvc.perform(get("/api/v1/pay/standards/2010").with(as("hanfeng"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.grades[0].grade").value("优秀"));
        JsonNode copy = read(mvc.perform(post("/api/v1/pay/standards/2010/copy").with(csrf()).with(as("county")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.year").value(2011)));
        mvc.perform(post("/api/v1/pay/standards/2010/copy").with(csrf()).with(as("county")))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("已存在")));
        mvc.perform(post("/api/v1/pay/standards/2010/copy").with(csrf()).with(as("hanfeng")))
                .andExpect(status().isForbidden());

        // A bad standard is refused on its page with the message next to the field; nothing changes.
        mvc.perform(post("/pay/standards/2011").param("version", copy.get("version").asString())
                        .param("dueDay", "31").param("countedDay", "15").param("performanceDueMonth", "1")
                        .param("topupLimit", "50").param("onTimeTarget", "100")
                        .param("posts[0].post", "01").param("posts[0].basicMonthly", "-5")
                        .param("posts[0].performanceAnnual", "1200")
                        .param("caps[0].minPopulation", "0").param("caps[0].maxPaid", "3")
                        .param("grades[0].grade", "优秀").param("grades[0].percent", "100")
                        .with(csrf()).with(as("county")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("每月发放截止日须在1至28之间")))
                .andExpect(content().string(containsString("村党组织书记的月基本报酬不能为负数")));
        mvc.perform(get("/api/v1/pay/standards/2011").with(as("county")))
                .andExpect(jsonPath("$.dueDay").value(10)).andExpect(jsonPath("$.version").value(0));

        // 汉封乡 tops up its secretaries within the county's 50 yuan, not beyond.
        api(put("/api/v1/pay/topups/2010"), "hanfeng", "{\"rows\":[{\"post\":\"01\",\"monthly\":60}]}")
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("超过县定上限50.00元")));
        api(put("/api/v1/pay/topups/2010"), "hanfeng", "{\"rows\":[{\"post\":\"01\",\"monthly\":20}]}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.monthly['01']").value(20.0));
        api(put("/api/v1/pay/topups/2010"), "hanfeng", "{\"rows\":[{\"post\":\"01\",\"monthly\":25}]}")
                .andExpect(status().isConflict());
    }

    private long openAccount(long village, int population) throws Exception {
        return read(api(post("/api/v1/pay/accounts"), "guodian", "{\"villageId\":" + village
                + ",\"accountName\":\"村干部报酬专帐\",\"bank\":\"农村信用社\",\"population\":" + population
                + ",\"openedOn\":\"2010-01-04\"}").andExpect(status().isCreated())).get("id").asLong();
    }

    private ResultActions pay(long runId, long personId, String amount, String date) throws Exception {
        return api(post("/api/v1/pay/runs/" + runId + "/payments"), "guodian", "{\"personId\":" + personId
                + ",\"amount\":" + amount + ",\"date\":\"" + date + "\",\"method\":\"PASSBOOK\"}");
    }

    private ResultActions api(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                              String who, String body) throws Exception {
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(body).with(csrf()).with(as(who)));
    }

    private static JsonNode line(JsonNode lines, long village, String post) {
        for (JsonNode l : lines) {
            if (l.get("villageId").asLong() == village && l.get("post").asString().equals(post)) {
                return l;
            }
        }
        throw new AssertionError("no line of post " + post + " in village " + village + ": " + lines);
    }

    private long entries() {
        return jdbc.sql("SELECT COUNT(*) FROM pay_entries").query(Long.class).single();
    }

    private long audits() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE object_type = 'PAY_ENTRY'").query(Long.class).single();
    }

    private JsonNode read(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
