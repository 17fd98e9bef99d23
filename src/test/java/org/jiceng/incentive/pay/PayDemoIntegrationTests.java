package org.jiceng.incentive.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The demo's cadre pay as the seed tells it (范家寨乡's 专帐 per village, 汉封乡's pay following results), and every
 * printed total — pay sheet, settlement, statement, in PDF, Excel and on the page — equal to the ledger's own sums.
 */
@JicengIntegrationTest
class PayDemoIntegrationTests {

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
    void fanjiazhaiKeepsAnAccountPerVillageAnd2010ShowsItsLateAndShortPayments() throws Exception {
        long fanjiazhai = fixtures.org("范家寨乡");
        JsonNode accountList = read(mvc.perform(get("/api/v1/pay/accounts?org=" + fanjiazhai).with(as("fanjiazhai"))));
        assertThat(accountList.size()).as("one account per village of 范家寨乡").isEqualTo(10);
        assertThat(jdbc.sql("SELECT MAX(entry_date) FROM pay_entries").query(LocalDate.class).single())
                .isBeforeOrEqualTo(LocalDate.of(2010, 5, 5));
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM pay_entries WHERE kind = 'FUND_IN' AND township_id = ? AND entry_date IN (?, ?)""")
                .params(fanjiazhai, LocalDate.of(2010, 1, 6), LocalDate.of(2010, 4, 6)).query(Long.class).single())
                .as("funds in twice, for each of the ten villages").isEqualTo(20);

        JsonNode rates = read(mvc.perform(get("/api/v1/pay/rates?year=2010").with(as("fanjiazhai")))).get(0);
        assertThat(rates.get("months").get("1").get("late").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(rates.get("months").get("2").get("shortPaid").asInt()).isEqualTo(1);
        assertThat(rates.get("months").get("3").get("late").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(rates.get("months").get("4").get("pending").asInt()).isGreaterThan(0);
        assertThat(rates.get("year").get("counted").asInt()).isGreaterThan(rates.get("year").get("onTime").asInt());

        long january = runId(fanjiazhai, "MONTHLY", 2010, 1);
        long liangquan = fixtures.org("凉泉村");
        JsonNode lines = read(mvc.perform(get("/api/v1/pay/runs/" + january).with(as("fanjiazhai")))).get("lines");
        for (JsonNode l : lines) {
            String expected = l.get("villageId").asLong() == liangquan ? "LATE" : "ON_TIME";
            assertThat(l.get("status").asString()).as(l.toString()).isEqualTo(expected);
        }
        mvc.perform(get("/pay?year=2010").with(as("fanjiazhai"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("逾期")))
                .andExpect(content().string(containsString("未足额1")));
        mvc.perform(get("/pay?year=2010").with(as("county"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("范家寨乡")));

        // The 五个好 metric: 范家寨乡 has figures, below 100% and so not 按时足额 against the county's 100% target.
        JsonNode rate = read(mvc.perform(get("/api/v1/metrics/pay.on_time_rate?year=2010&org=" + fanjiazhai)
                .with(as("county"))));
        assertThat(valueOf(rate, fanjiazhai)).isLessThan(new BigDecimal("100"));
        JsonNode managed = read(mvc.perform(get("/api/v1/metrics/pay.account_on_time?year=2010&org=" + fanjiazhai)
                .with(as("county"))));
        assertThat(valueOf(managed, fanjiazhai)).isEqualByComparingTo("0");
        assertThat(valueOf(managed, fixtures.org("范家寨村"))).isEqualByComparingTo("1");
        JsonNode managed2009 = read(mvc.perform(get("/api/v1/metrics/pay.account_on_time?year=2009&org=" + fanjiazhai)
                .with(as("county"))));
        assertThat(valueOf(managed2009, fanjiazhai)).isEqualByComparingTo("1");
    }

    @Test
    void settlementOf2009ReconcilesToTheFenAndEveryPrintedTotalEqualsTheLedger() throws Exception {
        long fanjiazhai = fixtures.org("范家寨乡");
        JsonNode s = read(mvc.perform(get("/api/v1/pay/settlements/2009?org=" + fanjiazhai).with(as("fanjiazhai")))
                .andExpect(status().isOk()));
        assertThat(s.get("reconciles").asBoolean()).isTrue();
        BigDecimal paid2009 = jdbc.sql("""
                SELECT SUM(-e.amount) FROM pay_entries e JOIN pay_lines l ON l.id = e.line_id
                JOIN pay_runs r ON r.id = l.run_id WHERE r.run_year = 2009 AND r.township_id = ?""")
                .param(fanjiazhai).query(BigDecimal.class).single();
        JsonNode total = s.get("total");
        BigDecimal printedPaid = total.get("basicPaid").decimalValue().add(total.get("performancePaid").decimalValue());
        assertThat(printedPaid).isEqualByComparingTo(paid2009);
        assertThat(total.get("basicDue").decimalValue()).isEqualByComparingTo(total.get("basicPaid").decimalValue());
        assertThat(total.get("performancePaid").decimalValue()).isPositive();
        BigDecimal closing2009 = jdbc.sql("SELECT SUM(amount) FROM pay_entries WHERE township_id = ? AND entry_date <= ?")
                .params(fanjiazhai, LocalDate.of(2009, 12, 31)).query(BigDecimal.class).single();
        assertThat(s.get("ledger").get("closing").decimalValue()).isEqualByComparingTo(closing2009);

        String pdf = pdfText(mvc.perform(get("/pay/settlements/2009.pdf?org=" + fanjiazhai).with(as("fanjiazhai"))));
        assertThat(pdf).contains("范家寨乡2009年度村干部报酬结算表").contains(Money.format(paid2009.subtract(
                total.get("performancePaid").decimalValue()))).contains(Money.format(closing2009)).contains("相符");
        mvc.perform(get("/pay/settlements/2009?org=" + fanjiazhai).with(as("fanjiazhai"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("与专帐核对相符")));
        mvc.perform(get("/pay/settlements/2009?org=" + fanjiazhai).with(as("hanfeng"))).andExpect(status().isNotFound());

        // The county's settlement: a row per township; 范家寨乡's row is its township settlement's total.
        JsonNode county = read(mvc.perform(get("/api/v1/pay/settlements/2009?org=" + fixtures.org("凤翔县委"))
                .with(as("county"))).andExpect(status().isOk()));
        assertThat(county.get("reconciles").asBoolean()).isTrue();
        assertThat(county.get("rowLabel").asString()).isEqualTo("乡镇");
        JsonNode fanRow = null;
        for (JsonNode row : county.get("rows")) {
            if (row.get("name").asString().equals("范家寨乡")) {
                fanRow = row;
            }
        }
        assertThat(fanRow).isNotNull();
        assertThat(fanRow.get("paid").decimalValue()).isEqualByComparingTo(paid2009);
        assertThat(fanRow.get("ledger").get("closing").decimalValue()).isEqualByComparingTo(closing2009);
    }

    @Test
    void aPaySheetPrintsTheVillagesLinesWithTotalsEqualToTheLedgerAndSignatureLines() throws Exception {
        long fanjiazhai = fixtures.org("范家寨乡");
        long baqitun = fixtures.org("八旗屯村");
        long february = runId(fanjiazhai, "MONTHLY", 2010, 2);
        BigDecimal paid = jdbc.sql("""
                SELECT SUM(-e.amount) FROM pay_entries e JOIN pay_lines l ON l.id = e.line_id
                WHERE l.run_id = ? AND l.village_id = ?""").params(february, baqitun).query(BigDecimal.class).single();
        BigDecimal due = jdbc.sql("SELECT SUM(due) FROM pay_lines WHERE run_id = ? AND village_id = ?")
                .params(february, baqitun).query(BigDecimal.class).single();
        assertThat(paid).isLessThan(due);

        String pdf = pdfText(mvc.perform(get("/pay/runs/" + february + "/sheet.pdf?org=" + baqitun)
                .with(as("fanjiazhai"))));
        assertThat(pdf).contains("八旗屯村村干部2010年2月基本报酬发放表").contains("领款人签字").contains("制表人")
                .contains(Money.format(due)).contains(Money.format(paid));
        byte[] xlsx = mvc.perform(get("/api/v1/pay/runs/" + february + "/sheet.xlsx?org=" + baqitun)
                .with(as("fanjiazhai"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            Row totalRow = sheet.getRow(sheet.getLastRowNum());
            assertThat(totalRow.getCell(1).getStringCellValue()).isEqualTo("合计");
            assertThat(BigDecimal.valueOf(totalRow.getCell(8).getNumericCellValue())).isEqualByComparingTo(due);
            assertThat(BigDecimal.valueOf(totalRow.getCell(9).getNumericCellValue())).isEqualByComparingTo(paid);
        }
        // Outside the run's township the village is refused; outside the user's scope it does not exist.
        mvc.perform(get("/pay/runs/" + february + "/sheet.pdf?org=" + fixtures.org("程家塬村")).with(as("county")))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/pay/runs/" + february + "/sheet.pdf?org=" + baqitun).with(as("hanfeng")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theStatementShowsARunningBalanceThatEndsAtTheSumOfTheEntries() throws Exception {
        long gaozui = fixtures.org("高咀村");
        JsonNode account = read(mvc.perform(get("/api/v1/pay/accounts?org=" + gaozui).with(as("fanjiazhai"))));
        long accountId = 0;
        for (JsonNode a : account) {
            if (a.get("villageId").asLong() == gaozui) {
                accountId = a.get("id").asLong();
            }
        }
        JsonNode statement = read(mvc.perform(get("/api/v1/pay/accounts/" + accountId + "/statement?year=2010")
                .with(as("fanjiazhai"))));
        BigDecimal sum = jdbc.sql("SELECT SUM(amount) FROM pay_entries WHERE account_id = ?").param(accountId)
                .query(BigDecimal.class).single();
        assertThat(statement.get("closing").decimalValue()).isEqualByComparingTo(sum);
        JsonNode rows = statement.get("rows");
        assertThat(rows.get(rows.size() - 1).get("balance").decimalValue()).isEqualByComparingTo(sum);
        mvc.perform(get("/pay/accounts/" + accountId + "?year=2010").with(as("fanjiazhai"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("发放方式登记错误")))
                .andExpect(content().string(containsString(Money.format(sum))));
    }

    @Test
    void hanfengsCadresPayFollowsTheir2009AssessmentNotRetypedGrades() throws Exception {
        mvc.perform(get("/pay/grades?year=2009").with(as("hanfeng"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("程家塬村")))
                .andExpect(content().string(containsString("取自村干部考核结果")));
        JsonNode sheet = read(mvc.perform(get("/api/v1/pay/grades?year=2009").with(as("hanfeng"))));
        assertThat(sheet.size()).isGreaterThan(20);
        for (JsonNode row : sheet) {
            assertThat(row.get("assessedGrade").isNull()).as(row.toString()).isFalse();
            assertThat(row.get("grade").isNull()).as("nothing typed beside the assessment").isTrue();
        }
    }

    private long runId(long township, String kind, int year, int month) {
        return jdbc.sql("SELECT id FROM pay_runs WHERE township_id = ? AND kind = ? AND run_year = ? AND run_month = ?")
                .params(township, kind, year, month).query(Long.class).single();
    }

    private static BigDecimal valueOf(JsonNode report, long org) {
        for (JsonNode v : report.get("values")) {
            if (v.get("orgId").asLong() == org) {
                return v.get("value").decimalValue();
            }
        }
        throw new AssertionError("no value of org " + org + ": " + report);
    }

    private String pdfText(ResultActions result) throws Exception {
        byte[] pdf = result.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private JsonNode read(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
