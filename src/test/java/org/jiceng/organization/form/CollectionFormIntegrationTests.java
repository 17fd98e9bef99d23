package org.jiceng.organization.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jiceng.shared.IdCardNumber;
import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.jiceng.support.Json;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The 党员基本信息采集表 of a known member read back from its PDF and .xlsx: every item is there. */
@JicengIntegrationTest
class CollectionFormIntegrationTests {

    static final LocalDate BIRTH = LocalDate.of(1968, 4, 12);
    static final String ID = IdCardNumber.compose("610322", BIRTH, 451);

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService accounts;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    long knownMember() throws Exception {
        long org = fixtures.org("关村村");
        Map<String, Object> body = new HashMap<>();
        body.put("orgId", org);
        body.put("name", "采集表样");
        body.put("gender", "1");
        body.put("ethnicity", "03");
        body.put("idNumber", ID);
        body.put("birthDate", BIRTH.toString());
        body.put("education", "22");
        body.put("workPost", "122");
        body.put("politicalStatus", "FULL");
        body.put("joinedOn", "1992-07-01");
        body.put("confirmedOn", "1993-07-01");
        body.put("phone", "13709171234");
        body.put("landlineArea", "0917");
        body.put("landlineNumber", "7212345");
        body.put("address", "汉封乡关村村三组");
        body.put("membershipStatus", "1");
        body.put("migrant", true);
        body.put("migrantDestination", "广东省深圳市");
        String json = mvc.perform(post("/api/v1/members").with(httpBasic("hanfeng", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(Json.of(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return Long.parseLong(json.replaceAll("(?s)^\\{\"id\":(\\d+).*$", "$1"));
    }

    static final List<String> VALUES = List.of("采集表样", "男", "回族", ID, "1968年4月12日", "大专", "正式党员",
            "1992年7月1日", "1993年7月1日", "乡村医生", "13709171234", "0917-7212345", "汉封乡关村村三组", "正常",
            "广东省深圳市");

    @Test
    void aMembersFormPrintsEveryItemWithTheSignatureAndSealLines() throws Exception {
        long id = knownMember();
        byte[] pdf = mvc.perform(get("/api/v1/members/" + id + "/form.pdf").with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text;
        try (var document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
        assertThat(text).contains("党员基本信息采集表", "1.姓名", "16.是否流动党员", "外出流向", "党员本人签字",
                "信息采集员签字", "党支部书记签字", "基层党委（盖章）");
        VALUES.forEach(v -> assertThat(text).contains(v));
        String page = mvc.perform(get("/members/" + id).with(user(accounts.loadUserByUsername("hanfeng"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/members/" + id + "/form.pdf", "打印采集表", "乡村医生", "0917-7212345");
        assertThat(text).contains("关村村");

        byte[] xlsx = mvc.perform(get("/api/v1/members/" + id + "/form.xlsx").with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> cells = new ArrayList<>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                row.forEach(c -> cells.add(new DataFormatter().formatCellValue(c)));
            }
        }
        assertThat(cells).containsAll(VALUES).contains("03", "22", "122", "党员本人签字", "基层党委（盖章）");

        mvc.perform(get("/api/v1/members/" + id + "/form").with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.items.length()").value(19))
                .andExpect(jsonPath("$.items[10].label").value("工作岗位"))
                .andExpect(jsonPath("$.items[10].code").value("122"));
    }

    @Test
    void aBranchPrintsAPagePerMemberAndATownshipAZipPerBranch() throws Exception {
        long branch = fixtures.org("程家塬村");
        byte[] pdf = mvc.perform(get("/api/v1/orgs/" + branch + "/member-forms.pdf")
                        .with(httpBasic("chengjiayuan", Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        long members = jdbc.sql("SELECT COUNT(*) FROM people WHERE org_id = ? AND political_status <> 'NONE'")
                .param(branch).query(Long.class).single();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo((int) members);
        }
        byte[] zip = mvc.perform(get("/orgs/" + fixtures.org("汉封乡") + "/member-forms.zip")
                        .with(user(accounts.loadUserByUsername("hanfeng"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> entries = new ArrayList<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.add(e.getName());
            }
        }
        assertThat(entries).hasSizeGreaterThan(3).allMatch(n -> n.endsWith(".pdf"));
        mvc.perform(get("/api/v1/orgs/" + fixtures.org("导子村") + "/member-forms.pdf")
                        .with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(status().isNotFound());
    }
}
