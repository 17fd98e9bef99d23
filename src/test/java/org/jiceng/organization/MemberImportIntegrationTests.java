package org.jiceng.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.jiceng.shared.BusinessClock;
import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Member imports through the API and the pages: row errors against their rows, all-or-nothing commit, bad files. */
@JicengIntegrationTest
class MemberImportIntegrationTests {

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

    @Autowired
    MemberImportJob job;

    @Autowired
    MemberImportLeases leases;

    @Autowired
    org.jiceng.configuration.CodeLists codeLists;

    @Test
    void eachRowErrorIsShownAgainstItsRowAndNothingIsWritten() throws Exception {
        var ok = ImportSheets.member("导入甲", 1, "程家塬村");
        String id = (String) ok.get(MemberSheet.ID_NUMBER);
        String registered = jdbc.sql("SELECT id_number FROM people WHERE id = ?")
                .param(fixtures.firstMemberOf("程家塬村")).query(String.class).single();
        var dup = ImportSheets.member("导入已在册", 2, "程家塬村");
        dup = ImportSheets.with(dup, MemberSheet.ID_NUMBER, registered);
        dup = ImportSheets.with(dup, MemberSheet.BIRTH_DATE, "");
        dup = ImportSheets.with(dup, MemberSheet.GENDER, registered.charAt(16) % 2 == 1 ? "男" : "女");
        dup = ImportSheets.with(dup, MemberSheet.JOINED, LocalDate.of(2015, 1, 1));
        dup = ImportSheets.with(dup, MemberSheet.CONFIRMED, LocalDate.of(2016, 1, 1));
        byte[] file = ImportSheets.xlsx(List.of(ok,
                ImportSheets.with(ImportSheets.member("校验位错", 3, "程家塬村"), MemberSheet.ID_NUMBER, wrongCheck(id)),
                ImportSheets.member("别乡支部", 4, "导子村"),
                ImportSheets.with(ImportSheets.member("日期颠倒", 5, "程家塬村"), MemberSheet.CONFIRMED, LocalDate.of(1970, 1, 1)),
                ImportSheets.with(ImportSheets.member("文件重复", 6, "程家塬村"), MemberSheet.ID_NUMBER, id),
                dup,
                ImportSheets.with(ImportSheets.member("", 7, "程家塬村"), MemberSheet.NAME, ""),
                ImportSheets.with(ImportSheets.member("未知民族", 8, "程家塬村"), MemberSheet.ETHNICITY, "火星族")));
        long people = peopleCount();

        long importId = uploadAndWait("hanfeng", fixtures.org("汉封乡"), file);

        mvc.perform(get("/api/v1/member-imports/" + importId).with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.status").value("INVALID"))
                .andExpect(jsonPath("$.totalRows").value(8))
                .andExpect(jsonPath("$.errorRows").value(7));
        mvc.perform(get("/api/v1/member-imports/" + importId + "/errors").with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.total").value(7))
                .andExpect(jsonPath("$.items[0].rowNumber").value(3))
                .andExpect(jsonPath("$.items[0].errors[0]").value("公民身份证号：身份证号校验位错误（GB 11643），请核对"))
                .andExpect(jsonPath("$.items[1].errors[0]").value("所在党支部：“导子村”不是所选组织下的党支部"))
                .andExpect(jsonPath("$.items[2].errors[0]").value("转为正式党员日期：入党日期不能晚于转正日期"))
                .andExpect(jsonPath("$.items[3].errors", org.hamcrest.Matchers.hasItem("公民身份证号：与第 2 行重复")))
                .andExpect(jsonPath("$.items[4].errors", org.hamcrest.Matchers.hasItem("公民身份证号：该身份证号已登记在册，不能重复登记")))
                .andExpect(jsonPath("$.items[5].errors[0]").value("姓名：必填，不能为空"))
                .andExpect(jsonPath("$.items[6].errors[0]").value("民族：“火星族”不在代码表中（见模板“填写说明”）"));

        String page = mvc.perform(get("/imports/" + importId).with(user(accounts.loadUserByUsername("hanfeng"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("有错误").doesNotContain("id=\"commit\"");
        assertThat(between(page, "id=\"row-3\"", "</tr>")).contains("校验位错误");
        assertThat(between(page, "id=\"row-5\"", "</tr>")).contains("入党日期不能晚于转正日期");

        mvc.perform(post("/api/v1/member-imports/" + importId + "/commit").with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("有 7 行错误，不能导入：请改正后重新上传"));
        assertThat(peopleCount()).isEqualTo(people);
    }

    @Test
    void aValidSheetCommitsEveryRowInOneGoAuditedOnceAndStagedRowsAreDeleted() throws Exception {
        byte[] file = ImportSheets.xlsx(List.of(ImportSheets.member("整批一", 101, "程家塬村"),
                ImportSheets.member("整批二", 102, "关村村"),
                ImportSheets.with(ImportSheets.member("整批三", 103, "程家塬村"), MemberSheet.CONFIRMED, "")
                        .stream().toList()));
        byte[] probationary = ImportSheets.xlsx(List.of(ImportSheets.with(ImportSheets.with(
                ImportSheets.member("整批三", 103, "程家塬村"), MemberSheet.CONFIRMED, ""), MemberSheet.STATUS, "预备党员"),
                ImportSheets.member("整批一", 101, "程家塬村"), ImportSheets.member("整批二", 102, "关村村")));
        long rejected = uploadAndWait("hanfeng", fixtures.org("汉封乡"), file);
        assertThat(statusOf(rejected)).isEqualTo("INVALID");
        long people = peopleCount();

        long importId = uploadAndWait("hanfeng", fixtures.org("汉封乡"), probationary);
        assertThat(statusOf(importId)).isEqualTo("VALID");
        mvc.perform(post("/imports/" + importId + "/commit").param("version", String.valueOf(version(importId)))
                        .with(user(accounts.loadUserByUsername("hanfeng"))).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(peopleCount()).isEqualTo(people + 3);
        assertThat(statusOf(importId)).isEqualTo("COMMITTED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM member_import_rows WHERE import_id = ?").param(importId)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE object_type = 'MEMBER_IMPORT' AND action = 'IMPORT' AND object_id = ?")
                .param(importId).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT political_status FROM people WHERE name = '整批三'").query(String.class).single())
                .isEqualTo("PROBATIONARY");
        mvc.perform(get("/imports/" + importId).with(user(accounts.loadUserByUsername("hanfeng"))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("已导入")));
        mvc.perform(post("/api/v1/member-imports/" + importId + "/commit").with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(status().isUnprocessableContent());
        assertThat(peopleCount()).isEqualTo(people + 3);
    }

    @Test
    void wrongFilesAreRefusedWithAClearMessageAndNothingIsWritten() throws Exception {
        long imports = jdbc.sql("SELECT COUNT(*) FROM member_imports").query(Long.class).single();
        byte[] wrongColumns;
        try (var excel = new org.jiceng.shared.excel.ExcelWriter(); var out = new java.io.ByteArrayOutputStream()) {
            excel.sheet("党员", List.of(org.jiceng.shared.excel.ExcelColumn.of("姓名", 10),
                    org.jiceng.shared.excel.ExcelColumn.of("年龄", 6))).row("张三", 40);
            excel.writeTo(out);
            wrongColumns = out.toByteArray();
        }
        refused(new byte[0], "上传的文件是空的");
        refused("姓名,身份证号\n张三,1".getBytes(), "文件不是 Excel 工作簿（.xlsx）");
        refused(new byte[] {0x50, 0x4B, 0x03, 0x04, 9, 9, 9, 9, 9, 9}, "文件内容已损坏");
        refused(ImportSheets.xlsx(List.of()), "没有数据行");
        refused(wrongColumns, "缺少列 性别、民族、公民身份证号");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM member_imports").query(Long.class).single()).isEqualTo(imports);

        String page = mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "名单.xlsx", null, "junk".getBytes()))
                        .param("org", String.valueOf(fixtures.org("汉封乡")))
                        .with(user(accounts.loadUserByUsername("hanfeng"))).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(between(page, "id=\"upload-problem\"", "</div>")).contains("文件不是 Excel 工作簿");
    }

    @Test
    void onlyOfficersImportAndOnlyIntoTheirSubtree() throws Exception {
        byte[] file = ImportSheets.xlsx(List.of(ImportSheets.member("越权", 201, "导子村")));
        mvc.perform(multipart("/api/v1/member-imports").file(new MockMultipartFile("file", "a.xlsx", null, file))
                        .param("org", String.valueOf(fixtures.org("程家塬村"))).with(httpBasic("chengjiayuan", Fixtures.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/member-imports").file(new MockMultipartFile("file", "a.xlsx", null, file))
                        .param("org", String.valueOf(fixtures.org("郭店镇"))).with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/imports/" + fixtures.outsideImport).with(user(accounts.loadUserByUsername("county"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void importsLeftValidatingByAStoppedInstanceFailWithAMessageAndCanBeDiscarded() throws Exception {
        long stuck = validating("stuck.xlsx", "stopped-node", LocalDateTime.now().minusMinutes(1));
        var polling = mvc.perform(get("/imports/" + stuck + "/status").with(user(accounts.loadUserByUsername("hanfeng"))))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(polling.getHeader("HX-Refresh")).isNull();
        assertThat(polling.getContentAsString()).contains("hx-get=\"/imports/" + stuck + "/status\"", "正在逐行校验");

        leases.sweep();

        var done = mvc.perform(get("/imports/" + stuck + "/status").with(user(accounts.loadUserByUsername("hanfeng"))))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(done.getHeader("HX-Refresh")).isEqualTo("true");
        assertThat(done.getContentAsString()).contains("失败").doesNotContain("hx-get");
        assertThat(jdbc.sql("SELECT status || ' ' || message FROM member_imports WHERE id = ?").param(stuck)
                .query(String.class).single()).startsWith("FAILED 校验因处理该导入的服务器停止而中断");
        assertThat(stagedRows(stuck)).as("staged rows of the failed import").isZero();
        mvc.perform(post("/api/v1/member-imports/" + stuck + "/discard").with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DISCARDED"));
    }

    @Test
    void anotherInstancesRestartLeavesAnImportThatIsStillLeasedAlone() throws Exception {
        long running = validating("running.xlsx", "other-node", LocalDateTime.now().plusMinutes(1));

        leases.sweep(); // what every instance does when it starts

        assertThat(jdbc.sql("SELECT status FROM member_imports WHERE id = ?").param(running).query(String.class).single())
                .isEqualTo("VALIDATING");
        assertThat(stagedRows(running)).isEqualTo(2);
        jdbc.sql("UPDATE member_imports SET status = 'FAILED' WHERE id = ?").param(running).update();
        leases.sweep();
        assertThat(stagedRows(running)).isZero();
    }

    @Test
    void uploadFilesLeftByAStoppedInstanceAreDeletedAndRecentOnesKept() throws Exception {
        Path orphan = Files.createTempFile(MemberImportLeases.FILE_PREFIX, ".xlsx");
        Files.setLastModifiedTime(orphan, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path recent = Files.createTempFile(MemberImportLeases.FILE_PREFIX, ".xlsx");
        try {
            leases.sweep();
            assertThat(orphan).doesNotExist();
            assertThat(recent).exists();
        } finally {
            Files.deleteIfExists(orphan);
            Files.deleteIfExists(recent);
        }
    }

    private long validating(String fileName, String owner, LocalDateTime leaseUntil) {
        jdbc.sql("""
                INSERT INTO member_imports (org_id, file_name, status, created_by, created_at, version, owner, lease_until)
                VALUES (?, ?, 'VALIDATING', 'hanfeng', ?, 0, ?, ?)""")
                .params(fixtures.org("汉封乡"), fileName, LocalDateTime.now(clock).minusHours(1), owner, leaseUntil).update();
        long id = jdbc.sql("SELECT MAX(id) FROM member_imports WHERE file_name = ?").param(fileName)
                .query(Long.class).single();
        for (int row = 2; row <= 3; row++) {
            jdbc.sql("INSERT INTO member_import_rows (import_id, row_number, row_data) VALUES (?, ?, 'x')")
                    .params(id, row).update();
        }
        return id;
    }

    private long stagedRows(long importId) {
        return jdbc.sql("SELECT COUNT(*) FROM member_import_rows WHERE import_id = ?").param(importId)
                .query(Long.class).single();
    }

    @Test
    void theTemplateHasTheColumnsAnExampleAndTheCodes() throws Exception {
        byte[] template = mvc.perform(get("/imports/template.xlsx").with(user(accounts.loadUserByUsername("county"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(3).getStringCellValue()).isEqualTo("公民身份证号*");
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
            var validations = workbook.getSheetAt(0).getDataValidations();
            assertThat(validations).as("dropdowns on the coded columns").anySatisfy(v -> {
                assertThat(v.getRegions().getCellRangeAddress(0).getFirstColumn()).isEqualTo(MemberSheet.WORK_POST);
                assertThat(v.getValidationConstraint().getFormula1()).contains("代码");
            });
            var lists = workbook.getSheet("代码");
            assertThat(workbook.isSheetHidden(workbook.getSheetIndex(lists))).isTrue();
            List<String> workPosts = new java.util.ArrayList<>();
            lists.forEach(r -> {
                if (r.getRowNum() > 0 && r.getCell(3) != null) {
                    workPosts.add(r.getCell(3).getStringCellValue());
                }
            });
            assertThat(workPosts).hasSize(codeLists.items(org.jiceng.configuration.CodeLists.WORK_POST).size())
                    .contains("乡村医生", "其他农牧渔民");
            assertThat(workbook.getSheetName(1)).isEqualTo("填写说明");
            StringBuilder codes = new StringBuilder();
            workbook.getSheetAt(1).forEach(r -> r.forEach(c -> codes.append(c.toString()).append(' ')));
            assertThat(codes).contains("汉族", "农牧渔业生产人员", "正常");
        }
    }

    private void refused(byte[] content, String message) throws Exception {
        mvc.perform(multipart("/api/v1/member-imports").file(new MockMultipartFile("file", "名单.xlsx", null, content))
                        .param("org", String.valueOf(fixtures.org("汉封乡"))).with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString(message)));
    }

    long uploadAndWait(String username, long org, byte[] file) throws Exception {
        String json = mvc.perform(multipart("/api/v1/member-imports").file(new MockMultipartFile("file", "名单.xlsx", null, file))
                        .param("org", String.valueOf(org)).with(httpBasic(username, Fixtures.PASSWORD)))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(json.replaceAll(".*\"id\":(\\d+).*", "$1"));
        long deadline = System.currentTimeMillis() + 30_000;
        while ("VALIDATING".equals(statusOf(id)) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        return id;
    }

    private String statusOf(long importId) {
        return jdbc.sql("SELECT status FROM member_imports WHERE id = ?").param(importId).query(String.class).single();
    }

    private long version(long importId) {
        return jdbc.sql("SELECT version FROM member_imports WHERE id = ?").param(importId).query(Long.class).single();
    }

    private long peopleCount() {
        return jdbc.sql("SELECT COUNT(*) FROM people").query(Long.class).single();
    }

    private static String wrongCheck(String id) {
        return id.substring(0, 17) + (id.charAt(17) == '5' ? '6' : '5');
    }

    private static String between(String page, String start, String end) {
        int from = page.indexOf(start);
        assertThat(from).as(start).isNotNegative();
        return page.substring(from, page.indexOf(end, from));
    }
}
