package org.jiceng.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.jiceng.shared.IdCardNumber;
import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The register export carries every field of the national form in the import template's columns: a branch exported
 * and imported again gives the same records. Bad cells (a code not in the list, a landline without area code, a 转正
 * before the probation year ends) are named by row and column, and nothing is written.
 */
@JicengIntegrationTest
class RegisterRoundTripIntegrationTests {

    static final String FIELDS = """
            name, gender, ethnicity, birth_date, education, work_post, political_status, org_id, joined_on,
            confirmed_on, phone, landline_area, landline_number, address, membership_status, lost_contact,
            lost_contact_on, migrant, migrant_destination, job""";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anExportedBranchReimportsUnchanged() throws Exception {
        long branch = fixtures.org("关村村");
        jdbc.sql("""
                UPDATE people SET landline_area = '0917', landline_number = '7654321', job = '果园', ethnicity = '03'
                WHERE id = (SELECT MIN(id) FROM people WHERE org_id = ? AND political_status = 'FULL')""")
                .param(branch).update();
        byte[] export = mvc.perform(get("/api/v1/members/export.xlsx").param("org", String.valueOf(branch))
                        .with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<Object>> before = records(branch);
        assertThat(before).hasSizeGreaterThan(5);
        // The exported people step aside (new identity numbers), so the same numbers can be imported again.
        List<Long> ids = jdbc.sql("SELECT id FROM people WHERE org_id = ? AND political_status <> 'NONE' ORDER BY id")
                .param(branch).query(Long.class).list();
        for (long id : ids) {
            LocalDate birth = jdbc.sql("SELECT birth_date FROM people WHERE id = ?").param(id).query(LocalDate.class).single();
            String gender = jdbc.sql("SELECT gender FROM people WHERE id = ?").param(id).query(String.class).single();
            jdbc.sql("UPDATE people SET id_number = ? WHERE id = ?")
                    .params(IdCardNumber.compose("110101", birth, (int) (id % 499) * 2 + ("1".equals(gender) ? 1 : 0)), id)
                    .update();
        }

        long importId = upload(export, branch);
        mvc.perform(get("/api/v1/member-imports/" + importId).with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.status").value("VALID"))
                .andExpect(jsonPath("$.totalRows").value(ids.size()));
        mvc.perform(post("/api/v1/member-imports/" + importId + "/commit").with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(status().isOk());

        List<List<Object>> imported = jdbc.sql("SELECT " + FIELDS + " FROM people WHERE org_id = ? AND id > ?"
                        + " AND political_status <> 'NONE' ORDER BY id_number")
                .params(branch, ids.get(ids.size() - 1)).query((rs, i) -> row(rs)).list();
        assertThat(imported).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void badCellsAreNamedByRowAndColumnAndNothingIsWritten() throws Exception {
        var good = ImportSheets.member("好行", 701, "程家塬村");
        var badCode = ImportSheets.with(ImportSheets.member("坏代码", 702, "程家塬村"), MemberSheet.WORK_POST_CODE, "999");
        var noArea = ImportSheets.with(ImportSheets.member("无区号", 703, "程家塬村"), MemberSheet.LANDLINE, "8123456");
        var early = ImportSheets.member("早转正", 704, "程家塬村");
        early = ImportSheets.with(early, MemberSheet.CONFIRMED, ((LocalDate) early.get(MemberSheet.JOINED)).plusMonths(6));
        var migrant = ImportSheets.with(ImportSheets.member("无流向", 720, "程家塬村"), MemberSheet.MIGRANT, "是");
        long people = jdbc.sql("SELECT COUNT(*) FROM people").query(Long.class).single();

        long importId = upload(ImportSheets.xlsx(List.of(good, badCode, noArea, early, migrant)), fixtures.org("汉封乡"));

        mvc.perform(get("/api/v1/member-imports/" + importId + "/errors").with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.items[0].rowNumber").value(3))
                .andExpect(jsonPath("$.items[0].errors[0]").value("工作岗位代码：“999”不在代码表中（见模板“填写说明”）"))
                .andExpect(jsonPath("$.items[1].errors[0]").value("固定电话区号：固定电话请填写区号"))
                .andExpect(jsonPath("$.items[2].errors[0]").value(org.hamcrest.Matchers.startsWith(
                        "转为正式党员日期：转正日期不能早于预备期满")))
                .andExpect(jsonPath("$.items[3].errors[0]").value("外出流向：流动党员请填写外出流向"));
        mvc.perform(post("/api/v1/member-imports/" + importId + "/commit").with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(status().isUnprocessableContent());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM people").query(Long.class).single()).isEqualTo(people);
    }

    private List<List<Object>> records(long branch) {
        return jdbc.sql("SELECT " + FIELDS + " FROM people WHERE org_id = ? AND political_status <> 'NONE'")
                .param(branch).query((rs, i) -> row(rs)).list();
    }

    private static List<Object> row(java.sql.ResultSet rs) throws java.sql.SQLException {
        List<Object> values = new java.util.ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            values.add(rs.getObject(i) == null ? null : rs.getObject(i).toString());
        }
        return values;
    }

    private long upload(byte[] file, long org) throws Exception {
        String json = mvc.perform(multipart("/api/v1/member-imports").file(new MockMultipartFile("file", "名册.xlsx", null, file))
                        .param("org", String.valueOf(org)).with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(json.replaceAll(".*\"id\":(\\d+).*", "$1"));
        long deadline = System.currentTimeMillis() + 30_000;
        while ("VALIDATING".equals(jdbc.sql("SELECT status FROM member_imports WHERE id = ?").param(id)
                .query(String.class).single()) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        return id;
    }
}
