package org.jiceng.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The documents register: officers record their org's documents with the text; everyone in the tree below reads them. */
@JicengIntegrationTest
class DocumentIntegrationTests {

    static final byte[] PDF = "%PDF-1.4 文件原文".getBytes(StandardCharsets.UTF_8);

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void theDemoHasTheSeedsFiveDocumentsWithTheirTextsAndGuodiansPlanShowsItsBasis() throws Exception {
        mvc.perform(get("/documents").with(signedIn("county")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("关于认真搞好农村基层干部年度培训工作的实施方案")))
                .andExpect(content().string(containsString("关于实施农村基层组织建设争先创优工程的意见")))
                .andExpect(content().string(containsString("关于实施农村基层组织建设激励保障工程的意见")))
                .andExpect(content().string(containsString("范家寨乡乡村干部考核管理办法")))
                .andExpect(content().string(containsString("范家寨乡干部管理奖惩制度")));
        long plan = documentId("郭发〔2010〕3号");
        mvc.perform(get("/documents/" + plan + "/text").with(signedIn("guodian")))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andExpect(result -> assertThat(new String(result.getResponse().getContentAsByteArray(), 0, 4,
                        StandardCharsets.US_ASCII)).isEqualTo("%PDF"));

        long guodian = fixtures.org("郭店镇");
        mvc.perform(get("/orgs/" + guodian + "/training-plans/2010").with(signedIn("guodian")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("依据：")))
                .andExpect(content().string(containsString("href=\"/documents/" + plan + "\"")))
                .andExpect(content().string(containsString("《关于认真搞好农村基层干部年度培训工作的实施方案》（郭发〔2010〕3号）")));
        mvc.perform(get("/orgs/" + fixtures.org("范家寨乡") + "/training-plans/2010").with(signedIn("fanjiazhai")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("依据："))));
        mvc.perform(get("/documents/" + plan).with(signedIn("guodian")))
                .andExpect(content().string(containsString("郭店镇2010年培训计划")))
                .andExpect(content().string(containsString("/orgs/" + guodian + "/training-plans/2010")));
    }

    @Test
    void aTownshipOfficerRecordsADocumentWithItsTextAndTheNumberIsWrittenTheOfficialWay() throws Exception {
        mvc.perform(create("fanjiazhai", "范发[2010]11号", "范家寨乡村级专帐管理办法", "01", "2010-04-20",
                        new MockMultipartFile("file", "专帐管理办法.pdf", "application/pdf", PDF)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "已登记文件：《范家寨乡村级专帐管理办法》（范发〔2010〕11号）"));
        long id = documentId("范发〔2010〕11号");
        mvc.perform(get("/documents/" + id).with(signedIn("fanjiazhai")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("范发〔2010〕11号")))
                .andExpect(content().string(containsString("专帐管理办法.pdf")))
                .andExpect(content().string(containsString("id=\"edit-document\"")));
        mvc.perform(get("/documents/" + id + "/text").with(signedIn("chengjiayuan")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/documents/" + id + "/text").with(httpBasic("county", Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().bytes(PDF));
        mvc.perform(get("/api/v1/documents").param("q", "专帐").with(httpBasic("fanjiazhai", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].number").value("范发〔2010〕11号"))
                .andExpect(jsonPath("$.items[0].kindLabel").value("办法"))
                .andExpect(jsonPath("$.items[0].orgName").value("范家寨乡"));
        assertThat(audits(id)).containsExactly("CREATE");
    }

    @Test
    void aNumberUsedTwiceInOneOrgAndYearIsRefusedNextToTheFieldAndNothingIsWritten() throws Exception {
        long before = count();
        mvc.perform(create("fanjiazhai", "范发（2010）5号", "重复的文号", "02", "2010-04-01",
                        new MockMultipartFile("file", "重复.pdf", "application/pdf", PDF)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<div class=\"invalid-feedback\" id=\"number-error\">范家寨乡2010年已登记文号为范发〔2010〕5号的文件，同一单位同一年度文号不能重复</div>")))
                .andExpect(content().string(containsString("value=\"重复的文号\"")));
        mvc.perform(multipart("/api/v1/documents").file(new MockMultipartFile("file", "重复.pdf", "application/pdf", PDF))
                        .param("number", "范发〔2010〕5号").param("title", "重复的文号").param("kind", "02")
                        .param("issuedOn", "2010-04-01").with(httpBasic("fanjiazhai", Fixtures.PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("number"));
        // the same number is another org's to use
        mvc.perform(create("guodian", "范发〔2010〕5号", "郭店镇转发的文件", "05", "2010-04-01",
                        new MockMultipartFile("file", "转发.pdf", "application/pdf", PDF)))
                .andExpect(status().is3xxRedirection());
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void aTextThatIsNoPdfWordOrImageAndAFutureDateAreRefusedNextToTheirFields() throws Exception {
        long before = count();
        mvc.perform(create("hanfeng", "汉发〔2010〕21号", "汉封乡村干部报酬发放办法", "01", "2010-04-02",
                        new MockMultipartFile("file", "办法.pdf", "application/pdf", "not a pdf".getBytes())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"file-error\">原文须为 PDF、Word、Excel 或图片")));
        mvc.perform(create("hanfeng", "汉发〔2010〕21号", "汉封乡村干部报酬发放办法", "01", "2010-05-06",
                        new MockMultipartFile("file", "办法.pdf", "application/pdf", PDF)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("发文日期不能晚于今天（2010-05-05）")));
        mvc.perform(create("hanfeng", "汉发〔2010〕21号", "汉封乡村干部报酬发放办法", "01", "2010-04-02", null))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请上传文件原文")));
        mvc.perform(multipart("/api/v1/documents").file(new MockMultipartFile("file", "办法.exe", "application/pdf", PDF))
                        .param("number", "汉发〔2010〕21号").param("title", "汉封乡村干部报酬发放办法").param("kind", "01")
                        .param("issuedOn", "2010-04-02").with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void editsCarryTheVersionAndOnlyTheIssuingOrgsOfficersEdit() throws Exception {
        mvc.perform(create("nanzhihui", "南发〔2010〕4号", "南指挥镇诫勉谈话制度", "02", "2010-03-03",
                        new MockMultipartFile("file", "制度.pdf", "application/pdf", PDF)))
                .andExpect(status().is3xxRedirection());
        long id = documentId("南发〔2010〕4号");
        String body = """
                {"number": "南发〔2010〕4号", "title": "南指挥镇诫勉谈话实施制度", "kind": "02", "issuedOn": "2010-03-03",
                 "version": %d}""";
        mvc.perform(put("/api/v1/documents/" + id).with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted(0)))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/documents/" + id).with(httpBasic("hanfeng", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted(0)))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/documents/" + id).with(httpBasic("nanzhihui", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted(0)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.title").value("南指挥镇诫勉谈话实施制度"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/documents/" + id).with(httpBasic("nanzhihui", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted(0)))
                .andExpect(status().isConflict());
        // the page keeps the officer's input and says someone else saved
        mvc.perform(multipart("/documents/" + id + "/edit").param("number", "南发〔2010〕4号")
                        .param("title", "我的修改").param("kind", "02").param("issuedOn", "2010-03-03")
                        .param("version", "0").with(signedIn("nanzhihui")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已被他人修改")))
                .andExpect(content().string(containsString("value=\"我的修改\"")));
        // a new text replaces the old one
        mvc.perform(multipart("/api/v1/documents/" + id + "/text")
                        .file(new MockMultipartFile("file", "制度（修订）.pdf", "application/pdf", PDF))
                        .param("version", "1").with(httpBasic("nanzhihui", Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.fileName").value("制度（修订）.pdf"));
        assertThat(audits(id)).containsExactly("CREATE", "UPDATE", "UPDATE");
    }

    @Test
    void aVillageReadsItsTownshipsAndCountysDocumentsButNoOtherTownshipsNorAnotherCountys() throws Exception {
        mvc.perform(create("county", "凤组发〔2010〕12号", "关于实施农村基层组织建设三大工程的意见", "03", "2010-01-18",
                        new MockMultipartFile("file", "三大工程.docx", "application/vnd.openxmlformats-officedocument"
                                + ".wordprocessingml.document", new byte[] {'P', 'K', 3, 4, 0, 0})))
                .andExpect(status().is3xxRedirection());
        mvc.perform(create("hanfeng", "汉发〔2010〕7号", "汉封乡村级干部目标责任制考核办法", "01", "2010-03-01",
                        new MockMultipartFile("file", "考核办法.pdf", "application/pdf", PDF)))
                .andExpect(status().is3xxRedirection());
        long countyDocument = documentId("凤组发〔2010〕12号");
        long hanfengDocument = documentId("汉发〔2010〕7号");
        long fanjiazhaiDocument = documentId("范发〔2010〕5号");

        mvc.perform(get("/documents").with(signedIn("chengjiayuan")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("关于实施农村基层组织建设三大工程的意见")))
                .andExpect(content().string(containsString("汉封乡村级干部目标责任制考核办法")))
                .andExpect(content().string(not(containsString("范家寨乡乡村干部考核管理办法"))))
                .andExpect(content().string(not(containsString("id=\"new-document\""))));
        mvc.perform(get("/documents/" + countyDocument).with(signedIn("chengjiayuan"))).andExpect(status().isOk());
        mvc.perform(get("/documents/" + hanfengDocument + "/text").with(signedIn("chengjiayuan")))
                .andExpect(status().isOk());
        mvc.perform(get("/documents/" + fanjiazhaiDocument).with(signedIn("chengjiayuan")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/documents/" + hanfengDocument).with(httpBasic("fanjiazhai", Fixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/documents/" + fixtures.outsideDocument).with(httpBasic("county", Fixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/documents").param("q", "蔡家坡").with(httpBasic("county", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.total").value(0));
        // the county reads every township's documents; members and administrators none
        mvc.perform(get("/documents/" + fanjiazhaiDocument).with(signedIn("county"))).andExpect(status().isOk());
        mvc.perform(get("/documents").with(signedIn("dangyuan"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/documents").with(httpBasic("sysadmin", Fixtures.PASSWORD)))
                .andExpect(status().isForbidden());
        // a secretary reads but does not record
        mvc.perform(create("chengjiayuan", "程发〔2010〕1号", "程家塬村制度", "02", "2010-03-01",
                        new MockMultipartFile("file", "制度.pdf", "application/pdf", PDF)))
                .andExpect(status().isForbidden());
    }

    @Test
    void anOfficerCitesADocumentForAPlanOfTheirScopeAndThePlanPageLinksIt() throws Exception {
        mvc.perform(create("hanfeng", "汉发〔2010〕9号", "汉封乡2010年党员干部培训计划的通知", "05", "2010-03-05",
                        new MockMultipartFile("file", "通知.pdf", "application/pdf", PDF)))
                .andExpect(status().is3xxRedirection());
        long notice = documentId("汉发〔2010〕9号");
        long hanfeng = fixtures.org("汉封乡");
        mvc.perform(get("/documents/" + notice).with(signedIn("hanfeng")))
                .andExpect(content().string(containsString("value=\"TRAINING_PLAN|" + hanfeng + "/2010\"")))
                .andExpect(content().string(not(containsString("TRAINING_PLAN|" + fixtures.org("范家寨乡") + "/2010"))));

        mvc.perform(multipart("/documents/" + notice + "/citations").param("subject", "TRAINING_PLAN|" + hanfeng + "/2010")
                        .param("note", "第二条：全年培训计划").with(signedIn("hanfeng")).with(csrf()))
                .andExpect(redirectedUrl("/documents/" + notice))
                .andExpect(flash().attribute("notice", "汉封乡2010年培训计划已引用《汉封乡2010年党员干部培训计划的通知》（汉发〔2010〕9号）"));
        mvc.perform(get("/orgs/" + hanfeng + "/training-plans/2010").with(signedIn("hanfeng")))
                .andExpect(content().string(containsString("《汉封乡2010年党员干部培训计划的通知》（汉发〔2010〕9号）")));
        mvc.perform(get("/api/v1/documents/cited-by").param("kind", "TRAINING_PLAN")
                        .param("subjectId", hanfeng + "/2010").with(httpBasic("county", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$[0].number").value("汉发〔2010〕9号"));

        // twice, another township's plan, a county plan resting on a township's document: refused, nothing written
        mvc.perform(multipart("/documents/" + notice + "/citations").param("subject", "TRAINING_PLAN|" + hanfeng + "/2010")
                        .with(signedIn("hanfeng")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("汉封乡2010年培训计划已引用")));
        mvc.perform(multipart("/documents/" + notice + "/citations")
                        .param("subject", "TRAINING_PLAN|" + fixtures.org("范家寨乡") + "/2010")
                        .with(signedIn("hanfeng")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("所选对象不存在，或不在您的管辖范围内")));
        long county = jdbc.sql("SELECT org_id FROM accounts WHERE username = 'county'").query(Long.class).single();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/api/v1/documents/" + notice + "/citations").with(httpBasic("county", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"TRAINING_PLAN\", \"subjectId\": \"" + county + "/2010\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("只能以本单位或上级的文件为依据")));
        assertThat(citations(notice)).isEqualTo(1);

        // another township's officer reading the county's page does not see 汉封乡's citation
        mvc.perform(get("/documents/" + notice).with(signedIn("county")))
                .andExpect(content().string(containsString("汉封乡2010年培训计划")));
        // withdrawn by the API: the plan page no longer shows it
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                                "/api/v1/documents/" + notice + "/citations").param("kind", "TRAINING_PLAN")
                        .param("subjectId", hanfeng + "/2010").with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/orgs/" + hanfeng + "/training-plans/2010").with(signedIn("hanfeng")))
                .andExpect(content().string(not(containsString("汉发〔2010〕9号"))));
        assertThat(audits(notice)).containsExactly("CREATE", "CITE", "UNCITE");
    }

    @Test
    void citationsOfSubjectsOutsideTheReadersScopeStayHidden() throws Exception {
        mvc.perform(create("county", "凤组发〔2010〕15号", "凤翔县农村基层干部培训工作意见", "03", "2010-01-25",
                        new MockMultipartFile("file", "意见.pdf", "application/pdf", PDF)))
                .andExpect(status().is3xxRedirection());
        long opinion = documentId("凤组发〔2010〕15号");
        long nanzhihui = fixtures.org("南指挥镇");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/api/v1/documents/" + opinion + "/citations").with(httpBasic("nanzhihui", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"TRAINING_PLAN\", \"subjectId\": \"" + nanzhihui + "/2010\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.label").value("南指挥镇2010年培训计划"));
        mvc.perform(get("/documents/" + opinion).with(signedIn("nanzhihui")))
                .andExpect(content().string(containsString("南指挥镇2010年培训计划")));
        mvc.perform(get("/documents/" + opinion).with(signedIn("fanjiazhai")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("南指挥镇2010年培训计划"))));
        mvc.perform(get("/api/v1/documents/" + opinion + "/citations").with(httpBasic("county", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$[0].label").value("南指挥镇2010年培训计划"))
                .andExpect(jsonPath("$[0].href").value("/orgs/" + nanzhihui + "/training-plans/2010"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                                "/api/v1/documents/" + opinion + "/citations").param("kind", "TRAINING_PLAN")
                        .param("subjectId", nanzhihui + "/2010").with(httpBasic("fanjiazhai", Fixtures.PASSWORD)))
                .andExpect(status().isUnprocessableContent());
        assertThat(citations(opinion)).isEqualTo(1);
    }

    private MockMultipartHttpServletRequestBuilder create(String username, String number, String title, String kind,
                                                         String issuedOn, MockMultipartFile file) {
        MockMultipartHttpServletRequestBuilder request = multipart("/documents/new");
        if (file != null) {
            request.file(file);
        }
        request.param("number", number).param("title", title).param("kind", kind).param("issuedOn", issuedOn)
                .param("summary", "摘要").with(signedIn(username)).with(csrf());
        return request;
    }

    private long documentId(String number) {
        return jdbc.sql("SELECT id FROM basis_documents WHERE doc_number = ? ORDER BY id").param(number)
                .query(Long.class).list().get(0);
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM basis_documents").query(Long.class).single();
    }

    private long citations(long documentId) {
        return jdbc.sql("SELECT COUNT(*) FROM basis_citations WHERE document_id = ?").param(documentId)
                .query(Long.class).single();
    }

    private List<String> audits(long id) {
        return jdbc.sql("SELECT action FROM audit_entries WHERE object_type = 'BASIS_DOCUMENT' AND object_id = ? ORDER BY id")
                .param(id).query(String.class).list();
    }

    private RequestPostProcessor signedIn(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
