package org.jiceng.assessment.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Story step 1 in the browser's requests: copy last year's 升级晋档, edit, publish; and what may not be done. */
@JicengIntegrationTest
public class SchemePagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    SchemeRepository schemes;

    @Test
    void countyOfficerCopiesLastYearsUpgradeGradingEditsWeightsAndBandsAndPublishes() throws Exception {
        long lastYear = scheme("upgrade-grading", 2009);
        String editUrl = mvc.perform(post("/schemes/" + lastYear + "/copies").with(signedIn("county")).with(csrf())
                        .param("year", "2010"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long copy = Long.parseLong(editUrl.replaceAll("\\D", ""));
        mvc.perform(get(editUrl).with(signedIn("county")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("村经济总收入年增长")));

        StoredScheme draft = schemes.find(copy).orElseThrow();
        assertThat(draft.status()).isEqualTo(SchemeStatus.DRAFT);
        assertThat(draft.scheme().year()).isEqualTo(2010);
        SchemeForm edited = edit(SchemeForm.of(draft), rows -> {
            rows.set(1, withMax(rows.get(1), "50"));
            rows.set(2, withMax(rows.get(2), "80"));
            return rows;
        }, bands -> {
            bands.set(0, new BandRow("一类", new BigDecimal("880"), new BigDecimal("1050"), null, null));
            bands.set(1, new BandRow("二类", new BigDecimal("700"), new BigDecimal("880"), null, null));
            return bands;
        });
        mvc.perform(form(post("/schemes/" + copy), edited).with(signedIn("county")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        StoredScheme saved = schemes.find(copy).orElseThrow();
        assertThat(saved.scheme().indicator("D1.1").orElseThrow().max()).isEqualByComparingTo("50");
        assertThat(saved.scheme().bands().get(0).min()).isEqualByComparingTo("880");

        mvc.perform(post("/schemes/" + copy + "/publish").with(signedIn("county")).with(csrf())
                        .param("version", String.valueOf(saved.version())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/schemes/" + copy).with(signedIn("county")))
                .andExpect(content().string(containsString("已发布")))
                .andExpect(content().string(not(containsString("编辑草稿"))));
        assertThat(auditActions(copy)).containsExactly("COPY", "UPDATE", "PUBLISH");
    }

    @Test
    void aPublishedSchemeCannotBeChangedButANewEditionCan() throws Exception {
        long published = scheme("classification", 2010);
        StoredScheme before = schemes.find(published).orElseThrow();
        mvc.perform(form(post("/schemes/" + published), SchemeForm.of(before)).with(signedIn("county")).with(csrf()))
                .andExpect(content().string(containsString("已发布，不能再修改；如需调整，请点击“新版本”")));
        assertThat(schemes.find(published).orElseThrow().version()).isEqualTo(before.version());

        String editUrl = mvc.perform(post("/schemes/" + published + "/editions").with(signedIn("county")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        StoredScheme edition = schemes.find(Long.parseLong(editUrl.replaceAll("\\D", ""))).orElseThrow();
        assertThat(edition.status()).isEqualTo(SchemeStatus.DRAFT);
        assertThat(edition.edition()).isGreaterThan(before.edition());
        assertThat(edition.copiedFromId()).isEqualTo(published);

        mvc.perform(post("/schemes/" + edition.id() + "/publish").with(signedIn("county")).with(csrf())
                        .param("version", String.valueOf(edition.version())))
                .andExpect(status().is3xxRedirection());
        assertThat(schemes.find(published).orElseThrow().status()).as("the earlier edition of the year")
                .isEqualTo(SchemeStatus.RETIRED);
        assertThat(jdbc.sql("SELECT action FROM audit_entries WHERE object_type = 'ASSESSMENT_SCHEME' AND object_id = ?")
                .param(published).query(String.class).list()).contains("RETIRE");
    }

    @Test
    void overlappingBandsAreRefusedBesideTheFieldWithInputKeptAndNothingWritten() throws Exception {
        long draft = draftCopy("star-rating");
        StoredScheme before = schemes.find(draft).orElseThrow();
        SchemeForm overlapping = edit(SchemeForm.of(before), rows -> rows, bands -> {
            bands.set(2, new BandRow("三星", new BigDecimal("70"), new BigDecimal("85"), "S5", new BigDecimal("60")));
            return bands;
        });
        SchemeForm renamed = new SchemeForm("星级评定（改）", overlapping.note(), overlapping.baseMax(),
                overlapping.bonusCap(), overlapping.version(), overlapping.indicators(), overlapping.bands());
        mvc.perform(form(post("/schemes/" + draft), renamed).with(signedIn("county")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("“三星”与“四星”的分数段重叠：80至85分同属两个等次")))
                .andExpect(content().string(containsString("value=\"星级评定（改）\"")));
        StoredScheme after = schemes.find(draft).orElseThrow();
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.scheme().name()).isEqualTo("村党组织星级评定方案");
    }

    @Test
    void rowButtonsAddAndRemoveRowsWithoutSaving() throws Exception {
        long draft = draftCopy("classification");
        StoredScheme before = schemes.find(draft).orElseThrow();
        mvc.perform(form(post("/schemes/" + draft), SchemeForm.of(before)).param("action", "addIndicator")
                        .with(signedIn("county")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"indicator-7\"")));
        assertThat(schemes.find(draft).orElseThrow().version()).isEqualTo(before.version());
    }

    @Test
    void townshipOfficerReadsAndTriesOutButCannotEdit() throws Exception {
        long published = scheme("classification", 2009);
        mvc.perform(get("/schemes").with(signedIn("hanfeng")).param("year", "2009"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("村党组织分类定级方案")));
        mvc.perform(get("/schemes/" + published).with(signedIn("hanfeng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("群众评价（满意度%）")))
                .andExpect(content().string(not(containsString("新版本"))));
        mvc.perform(post("/schemes/" + published + "/copies").with(signedIn("hanfeng")).with(csrf()).param("year", "2011"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/schemes/" + published + "/try-out").with(signedIn("hanfeng")).with(csrf())
                        .param("inputs[C1]", "19").param("inputs[C2]", "10").param("inputs[C3]", "9").param("inputs[C4]", "10")
                        .param("inputs[C5]", "9").param("inputs[C6]", "18").param("inputs[C7]", "85"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<dd class=\"col-6 col-md-9 fw-bold\" id=\"total\">92.00</dd>")))
                .andExpect(content().string(containsString("未满足“好”的条件（群众评价（满意度%）不低于90）")));
        mvc.perform(post("/schemes/" + published + "/try-out").with(signedIn("chengjiayuan")).with(csrf())
                        .param("inputs[C1]", "25"))
                .andExpect(content().string(containsString("带头人的得分应在0到20分之间")));
    }

    private long draftCopy(String family) throws Exception {
        String url = mvc.perform(post("/schemes/" + scheme(family, 2009) + "/copies").with(signedIn("county"))
                .with(csrf()).param("year", "2012")).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(url.replaceAll("\\D", ""));
    }

    long scheme(String family, int year) {
        return jdbc.sql("""
                SELECT id FROM assessment_schemes WHERE family = ? AND scheme_year = ? AND status = 'PUBLISHED'
                ORDER BY id""").params(family, year).query(Long.class).list().get(0);
    }

    static SchemeForm edit(SchemeForm form, UnaryOperator<List<IndicatorRow>> rows, UnaryOperator<List<BandRow>> bands) {
        return form.withRows(rows.apply(new ArrayList<>(form.indicators())), bands.apply(new ArrayList<>(form.bands())));
    }

    static IndicatorRow withMax(IndicatorRow r, String max) {
        return new IndicatorRow(r.code(), r.parentCode(), r.name(), r.method(), new BigDecimal(max), r.unit(),
                r.vetoGrade(), r.bonus(), r.note());
    }

    /** The editor's fields as the browser posts them. */
    public static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, SchemeForm form) {
        request.param("name", form.name()).param("baseMax", text(form.baseMax())).param("bonusCap", text(form.bonusCap()))
                .param("version", String.valueOf(form.version()));
        if (form.note() != null) {
            request.param("note", form.note());
        }
        for (int i = 0; i < form.indicators().size(); i++) {
            IndicatorRow r = form.indicators().get(i);
            String p = "indicators[" + i + "].";
            request.param(p + "code", r.code()).param(p + "parentCode", nullToEmpty(r.parentCode()))
                    .param(p + "name", r.name()).param(p + "method", r.method().name()).param(p + "max", text(r.max()))
                    .param(p + "unit", text(r.unit())).param(p + "vetoGrade", nullToEmpty(r.vetoGrade()))
                    .param("_" + p + "bonus", "on");
            if (r.bonus()) {
                request.param(p + "bonus", "true");
            }
        }
        for (int i = 0; i < form.bands().size(); i++) {
            BandRow b = form.bands().get(i);
            String p = "bands[" + i + "].";
            request.param(p + "name", b.name()).param(p + "min", text(b.min())).param(p + "max", text(b.max()))
                    .param(p + "conditionCode", nullToEmpty(b.conditionCode()))
                    .param(p + "conditionMin", text(b.conditionMin()));
        }
        return request;
    }

    static String text(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private RequestPostProcessor signedIn(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private List<String> auditActions(long schemeId) {
        return jdbc.sql("""
                SELECT action FROM audit_entries WHERE object_type = 'ASSESSMENT_SCHEME' AND object_id = ? AND actor = 'county'
                ORDER BY id""").param(schemeId).query(String.class).list();
    }
}
