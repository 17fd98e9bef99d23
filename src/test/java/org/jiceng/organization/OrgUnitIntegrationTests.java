package org.jiceng.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.jiceng.shared.BusinessClock;
import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.jiceng.support.Json;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** An organization's 党组织代码 and unit fields (issue 16 item 6) on the page and through the API: saved, refused, read. */
@JicengIntegrationTest
class OrgUnitIntegrationTests {

    /** A published code with a valid check character; the same with its last character changed. */
    static final String CREDIT_CODE = "91330100799655058B";
    static final String BAD_CREDIT_CODE = "91330100799655058C";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BusinessClock clock;

    long newBranch(String township, String shortName) throws Exception {
        long townshipId = idOf(api(post("/api/v1/orgs"), Map.of("parentId", fixtures.org("凤翔县委"),
                "type", "TOWNSHIP", "shortName", township)).andExpect(status().isCreated()));
        return idOf(api(post("/api/v1/orgs"), Map.of("parentId", townshipId, "type", "BRANCH",
                "shortName", shortName)).andExpect(status().isCreated()));
    }

    ResultActions api(MockHttpServletRequestBuilder request, Map<String, ?> body) throws Exception {
        return mvc.perform(request.with(httpBasic("county", Fixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(Json.of(body)));
    }

    static long idOf(ResultActions result) throws Exception {
        return Json.parse(result.andReturn().getResponse().getContentAsString()).get("id").asLong();
    }

    Cookie signIn() throws Exception {
        return mvc.perform(formLogin("/login").user("county").password(Fixtures.PASSWORD)).andReturn().getResponse()
                .getCookie("SESSION");
    }

    ResultActions postForm(long orgId, Cookie session, Map<String, Object> fields) throws Exception {
        var form = post("/orgs/" + orgId).cookie(session).with(csrf());
        fields.forEach((k, v) -> form.param(k, String.valueOf(v)));
        return mvc.perform(form);
    }

    static Map<String, Object> unitFields(String shortName, long version) {
        Map<String, Object> form = new HashMap<>();
        form.put("shortName", shortName);
        form.put("partyCode", "610322" + Math.abs(shortName.hashCode()));
        form.put("unitName", shortName + "民委员会");
        form.put("unitCategory", "52");
        form.put("unitCode", CREDIT_CODE);
        form.put("unitPartyStatus", "3");
        form.put("formation", "1");
        form.put("approvedOn", "2005-07-01");
        form.put("version", version);
        return form;
    }

    long auditEntries() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entries").query(Long.class).single();
    }

    Map<String, Object> row(long orgId) {
        return jdbc.sql("SELECT party_code, unit_name, unit_code, approved_on, version FROM orgs WHERE id = ?")
                .param(orgId).query().singleRow();
    }

    @Test
    void demoVillagesAreBuiltInTheirVillageCommitteeWithoutAnInventedCreditCode() throws Exception {
        long guancun = fixtures.org("关村村");
        mvc.perform(get("/api/v1/orgs/" + guancun).with(httpBasic("county", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.unitName").value("关村村民委员会"))
                .andExpect(jsonPath("$.unitCategory").value("52"))
                .andExpect(jsonPath("$.formation").value("1"))
                .andExpect(jsonPath("$.unitCode").value(nullValue()));
        mvc.perform(get("/orgs/" + guancun).cookie(signIn()))
                .andExpect(content().string(containsString("关村村民委员会")))
                .andExpect(content().string(containsString("单独组建")));
    }

    @Test
    void theTownshipExportsItsOrganizationsWithTheUnitFieldsAndNothingOfAnotherTownship() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/v1/orgs/export.xlsx").param("org", String.valueOf(fixtures.org("汉封乡")))
                        .with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(10).getStringCellValue()).isEqualTo("单位名称");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("汉封乡");
            var guancun = java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
                    .filter(r -> r.getCell(1).getStringCellValue().equals("关村村")).findFirst().orElseThrow();
            assertThat(guancun.getCell(3).getStringCellValue()).contains("汉封乡");
            assertThat(guancun.getCell(8).getStringCellValue()).isEqualTo("单独组建");
            assertThat(guancun.getCell(10).getStringCellValue()).isEqualTo("关村村民委员会");
            assertThat(guancun.getCell(12).getStringCellValue()).isEqualTo("52");
            assertThat(java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
                    .noneMatch(r -> r.getCell(1).getStringCellValue().equals("郭店镇"))).isTrue();
        }
        mvc.perform(get("/api/v1/orgs/export.xlsx").param("org", String.valueOf(fixtures.org("郭店镇")))
                        .with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isNotFound());
    }

    @Test
    void anOfficerFillsTheUnitFieldsOnTheFormReadsThemBackAndALaterStaleEditIsRefused() throws Exception {
        long branch = newBranch("单位表单乡", "表单村");
        Cookie session = signIn();
        postForm(branch, session, unitFields("表单村", 0)).andExpect(redirectedUrl("/orgs/" + branch + "?saved"));

        mvc.perform(get("/orgs/" + branch).cookie(session))
                .andExpect(content().string(containsString("表单村民委员会")))
                .andExpect(content().string(containsString(CREDIT_CODE)))
                .andExpect(content().string(containsString("建立党支部")))
                .andExpect(content().string(containsString("2005-07-01")));
        mvc.perform(get("/orgs/" + branch + "/edit").cookie(session))
                .andExpect(content().string(containsString("value=\"" + CREDIT_CODE + "\"")))
                .andExpect(content().string(containsString("<option value=\"3\" selected=\"selected\">建立党支部</option>")));
        mvc.perform(get("/orgs/" + branch + "/children/new").cookie(session))
                .andExpect(content().string(containsString("<select class=\"form-select\" id=\"formation\"")));
        String audit = jdbc.sql("""
                SELECT after_value FROM audit_entries WHERE action = 'UPDATE' AND object_type = 'ORG' AND object_id = ?""")
                .param(branch).query(String.class).single();
        assertThat(audit).contains(CREDIT_CODE).contains("表单村民委员会");

        Map<String, Object> stale = unitFields("表单村", 0);
        stale.put("unitName", "过期的修改");
        postForm(branch, session, stale).andExpect(status().isOk()).andExpect(content().string(containsString("已被他人修改")));
        assertThat(row(branch).get("unit_name")).isEqualTo("表单村民委员会");
    }

    @Test
    void theFormRefusesABadCreditCodeNextToTheFieldKeepsTheInputAndWritesNothing() throws Exception {
        long branch = newBranch("坏代码乡", "坏代码村");
        long audits = auditEntries();
        Map<String, Object> bad = unitFields("坏代码村", 0);
        bad.put("unitCode", BAD_CREDIT_CODE);
        postForm(branch, signIn(), bad).andExpect(status().isOk())
                .andExpect(content().string(containsString("统一社会信用代码校验位错误（GB 32100），请核对")))
                .andExpect(content().string(containsString("value=\"" + BAD_CREDIT_CODE + "\"")))
                .andExpect(content().string(containsString("<option value=\"52\" selected=\"selected\">村</option>")))
                .andExpect(content().string(containsString("is-invalid")));
        assertThat(row(branch).get("unit_name")).isNull();
        assertThat(((Number) row(branch).get("version")).longValue()).isZero();
        assertThat(auditEntries()).isEqualTo(audits);
    }

    @Test
    void theApiSavesTheUnitFieldsAndReadsThemBack() throws Exception {
        long branch = newBranch("接口乡", "接口村");
        api(put("/api/v1/orgs/" + branch), unitFields("接口村", 0)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/orgs/" + branch).with(httpBasic("county", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.unitName").value("接口村民委员会"))
                .andExpect(jsonPath("$.unitCode").value(CREDIT_CODE))
                .andExpect(jsonPath("$.unitCategory").value("52"))
                .andExpect(jsonPath("$.unitPartyStatus").value("3"))
                .andExpect(jsonPath("$.formation").value("1"))
                .andExpect(jsonPath("$.approvedOn").value("2005-07-01"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(get("/v3/api-docs")).andExpect(content().string(containsString("unitCode 单位代码（18位统一社会信用代码")));
    }

    @Test
    void theApiRefusesEveryBadUnitFieldAtOnceAndWritesNothing() throws Exception {
        long branch = newBranch("多错乡", "多错村");
        long audits = auditEntries();
        Map<String, Object> bad = unitFields("多错村", 0);
        bad.put("partyCode", "6103-22");
        bad.put("unitCode", "9133010079965505");
        bad.put("unitCategory", "77");
        bad.put("approvedOn", clock.today().plusDays(1).toString());
        api(put("/api/v1/orgs/" + branch), bad).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("partyCode"))
                .andExpect(jsonPath("$.errors[0].message").value("党组织代码应为6至30位数字或大写字母，不含空格和符号"))
                .andExpect(jsonPath("$.errors[1].field").value("unitCode"))
                .andExpect(jsonPath("$.errors[1].message").value("统一社会信用代码应为18位"))
                .andExpect(jsonPath("$.errors[2].field").value("unitCategory"))
                .andExpect(jsonPath("$.errors[3].field").value("approvedOn"))
                .andExpect(jsonPath("$.errors[3].message").value("批准建立日期不能晚于今天"));
        assertThat(row(branch).get("party_code")).isNull();
        assertThat(auditEntries()).isEqualTo(audits);
    }

    @Test
    void aPartyCodeHeldByAnotherOrganizationIsRefused() throws Exception {
        long first = newBranch("重码甲乡", "重码甲村");
        long second = newBranch("重码乙乡", "重码乙村");
        Map<String, Object> body = unitFields("重码甲村", 0);
        body.put("partyCode", "61032299000001");
        api(put("/api/v1/orgs/" + first), body).andExpect(status().isOk());
        body.put("shortName", "重码乙村");
        api(put("/api/v1/orgs/" + second), body).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("partyCode"))
                .andExpect(jsonPath("$.errors[0].message").value("党组织代码已由“重码甲村”使用"));
        assertThat(row(second).get("party_code")).isNull();
    }

    @Test
    void anOrganizationIsNotApprovedBeforeItsParentWasFounded() throws Exception {
        long branch = newBranch("早批乡", "早批村");
        long township = jdbc.sql("SELECT parent_id FROM orgs WHERE id = ?").param(branch).query(Long.class).single();
        api(put("/api/v1/orgs/" + township), Map.of("shortName", "早批乡", "foundedOn", "1990-01-01", "version", 0))
                .andExpect(status().isOk());
        Map<String, Object> body = unitFields("早批村", 0);
        body.put("approvedOn", "1989-12-31");
        api(put("/api/v1/orgs/" + branch), body).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("approvedOn"))
                .andExpect(jsonPath("$.errors[0].message").value("批准建立日期不能早于上级党组织的成立日期（1990-01-01）"));
        body.put("approvedOn", "1990-01-01");
        api(put("/api/v1/orgs/" + branch), body).andExpect(status().isOk());
    }
}
