package org.jiceng.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Exports of the register's lists: the list's filters and scope, masking by role, header row, 404 outside. */
@JicengIntegrationTest
class ExportIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void memberExportCarriesTheListFiltersAndTheTownshipSubtreeOnly() throws Exception {
        long township = fixtures.org("汉封乡");
        List<List<String>> rows = sheet(get("/members/export.xlsx").param("org", String.valueOf(township))
                .param("politicalStatus", "PROBATIONARY").with(user(accounts.loadUserByUsername("hanfeng"))));
        assertThat(rows.get(0)).startsWith("姓名*", "性别*", "民族*", "公民身份证号*", "出生日期", "学历", "人员类别*");
        long expected = jdbc.sql("""
                SELECT COUNT(*) FROM people p WHERE p.political_status = 'PROBATIONARY'
                AND p.org_id IN (SELECT descendant_id FROM org_tree WHERE ancestor_id = ?)""")
                .param(township).query(Long.class).single();
        assertThat(expected).isPositive();
        assertThat(rows).hasSize((int) expected + 1);
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> {
            assertThat(r.get(MemberSheet.STATUS)).isEqualTo("预备党员");
            assertThat(r.get(MemberSheet.ID_NUMBER)).doesNotContain("*").hasSize(18);
        });
    }

    @Test
    void secretarySeesIdentityNumbersMaskedButPhonesInFull() throws Exception {
        List<List<String>> rows = sheet(get("/api/v1/members/export.xlsx")
                .with(httpBasic("chengjiayuan", Fixtures.PASSWORD)));
        assertThat(rows).hasSizeGreaterThan(5);
        String branch = jdbc.sql("SELECT name FROM orgs WHERE short_name = '程家塬村'").query(String.class).single();
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> {
            // the birth date is in the sheet too, so the mask keeps only 3 + 1 characters
            assertThat(r.get(MemberSheet.ID_NUMBER)).matches("\\d{3}\\*{14}[\\dX]");
            assertThat(r.get(MemberSheet.BRANCH)).isEqualTo(branch);
        });
        assertThat(rows.subList(1, rows.size())).anySatisfy(r -> assertThat(r.get(MemberSheet.MOBILE)).matches("1\\d{10}"));
    }

    @Test
    void nameSearchNarrowsTheVillagerExport() throws Exception {
        String name = jdbc.sql("""
                SELECT p.name FROM people p JOIN orgs o ON o.id = p.org_id
                WHERE p.political_status = 'NONE' AND o.short_name = '程家塬村' ORDER BY p.id""")
                .query(String.class).list().get(0);
        List<List<String>> rows = sheet(get("/villagers/export.xlsx").param("q", name)
                .with(user(accounts.loadUserByUsername("hanfeng"))));
        assertThat(rows.subList(1, rows.size())).isNotEmpty().allSatisfy(r -> assertThat(r.get(0)).contains(name));
        assertThat(rows.get(0)).containsExactly("姓名", "性别", "出生日期", "公民身份证号", "联系电话", "学历", "乡镇", "村");
    }

    @Test
    void cadreAndReserveExportsFollowTheirFilters() throws Exception {
        List<List<String>> cadres = sheet(get("/api/v1/cadres/export.xlsx").param("org",
                String.valueOf(fixtures.org("汉封乡"))).param("concurrentHead", "true")
                .with(httpBasic("county", Fixtures.PASSWORD)));
        assertThat(cadres.get(0)).startsWith("乡镇", "村", "姓名", "职务");
        assertThat(cadres.subList(1, cadres.size())).isNotEmpty()
                .allSatisfy(r -> assertThat(r.get(0)).isEqualTo("汉封乡"))
                .allSatisfy(r -> assertThat(r.get(11)).isEqualTo("是"));
        List<List<String>> reserves = sheet(get("/reserve-cadres/export.xlsx").param("member", "false")
                .with(user(accounts.loadUserByUsername("guodian"))));
        assertThat(reserves.subList(1, reserves.size())).isNotEmpty()
                .allSatisfy(r -> assertThat(r.get(0)).isEqualTo("郭店镇"))
                .allSatisfy(r -> assertThat(r.get(5)).isEqualTo("群众"));
    }

    @Test
    void exportOfAnOrgOutsideTheSubtreeIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/members/export.xlsx").param("org", String.valueOf(fixtures.org("郭店镇")))
                        .with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cadres/export.xlsx").param("org", String.valueOf(fixtures.outsideBranch))
                        .with(user(accounts.loadUserByUsername("county"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void listPagesOfferTheExportWithTheCurrentFilters() throws Exception {
        String page = mvc.perform(get("/cadres").param("q", "王").param("paid", "true")
                        .with(user(accounts.loadUserByUsername("hanfeng"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("导出Excel").containsPattern("/cadres/export\\.xlsx\\?[^\"]*q=%E7%8E%8B[^\"]*paid=true");
    }

    private List<List<String>> sheet(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo(org.jiceng.shared.excel.ExcelDownload.XLSX);
        assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains(".xlsx");
        List<List<String>> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            assertThat(workbook.getSheetAt(0).getPaneInformation().isFreezePane()).isTrue();
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    cells.add(row.getCell(i) == null ? "" : format.formatCellValue(row.getCell(i)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
