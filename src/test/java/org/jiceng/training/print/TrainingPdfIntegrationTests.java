package org.jiceng.training.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The printed registers: a branch's 三会一课记录簿 and a township's 培训登记簿, as PDFs with the demo county's records. */
@JicengIntegrationTest
class TrainingPdfIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void theSecretaryPrintsTheBranchsMeetingRegister() throws Exception {
        long branch = fixtures.org("程家塬村");
        String topic = jdbc.sql("""
                SELECT topic FROM org_meetings WHERE org_id = ? AND held_on BETWEEN '2010-01-01' AND '2010-12-31'
                ORDER BY held_on FETCH FIRST 1 ROWS ONLY""").param(branch).query(String.class).single();
        long count = jdbc.sql("SELECT COUNT(*) FROM org_meetings WHERE org_id = ? AND held_on BETWEEN '2010-01-01' AND '2010-12-31'")
                .param(branch).query(Long.class).single();
        byte[] pdf = mvc.perform(get("/training/meetings/register.pdf").param("org", String.valueOf(branch))
                        .param("year", "2010").with(user(accounts.loadUserByUsername("chengjiayuan"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        String text = text(pdf);
        assertThat(text).contains("程家塬村 2010年 三会一课记录簿", "共 " + count + " 次会议", "落实情况", topic.substring(0, 4));
        mvc.perform(get("/api/v1/training/meetings/register.pdf").param("org", String.valueOf(fixtures.org("关村村")))
                .param("year", "2010").with(httpBasic("chengjiayuan", Fixtures.PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/training/meetings/register.pdf").param("year", "2010")
                .with(httpBasic("dangyuan", Fixtures.PASSWORD))).andExpect(status().isForbidden());
    }

    @Test
    void theTownshipPrintsItsTrainingRegisterWithTheSeedsSession() throws Exception {
        byte[] pdf = mvc.perform(get("/api/v1/training/sessions/register.pdf").param("year", "2010")
                        .with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/pdf-samples"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/pdf-samples/training-register.pdf"), pdf);
        String text = text(pdf);
        assertThat(text).contains("汉封乡 2010年 培训登记簿", "计划与完成", "按类别", "2010-03-16", "56");
        mvc.perform(get("/api/v1/training/sessions/register.pdf").param("year", "2010")
                .param("org", String.valueOf(fixtures.outsideTownship))
                .with(httpBasic("hanfeng", Fixtures.PASSWORD))).andExpect(status().isNotFound());
    }

    private static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
