package org.jiceng.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What a village secretary on a phone reads and where they get to: words instead of codes and sign-in names, no dead
 * ends (a field message instead of a 404, an export that works signed in), and a meeting sent twice from the phone's
 * outbox recorded once.
 */
@JicengIntegrationTest
class PhoneVisitIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    UserDetailsService accounts;

    @Test
    void aMeetingSentTwiceWithTheSameKeyIsRecordedOnce() throws Exception {
        long village = fixtures.org("程家塬村");
        String key = "0123456789abcdef0123456789abcdef";
        String first = mvc.perform(meeting(village, key)).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        String second = mvc.perform(meeting(village, key)).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(second).isEqualTo(first);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM org_meetings WHERE topic = '离线登记的支委会'").query(Long.class).single())
                .isEqualTo(1);
        // Without a key (an ordinary form post or the API), each post is a record of its own, as before.
        mvc.perform(meeting(village, null)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM org_meetings WHERE topic = '离线登记的支委会'").query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void aNominationWithoutAMemberSaysSoNextToTheField() throws Exception {
        long call = jdbc.sql("SELECT MIN(id) FROM commendation_calls").query(Long.class).single();
        mvc.perform(post("/commendations/" + call + "/nominations").with(signedIn("chengjiayuan")).with(csrf())
                        .param("deeds", "带领群众种植苹果致富"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请选择推荐的党员")))
                .andExpect(content().string(containsString("带领群众种植苹果致富")));
    }

    @Test
    void theNomineesExportWorksFromASignedInBrowser() throws Exception {
        long call = jdbc.sql("SELECT MIN(id) FROM commendation_calls").query(Long.class).single();
        mvc.perform(get("/commendations/" + call).with(signedIn("county")))
                .andExpect(content().string(containsString("href=\"/commendations/" + call + "/nominees.xlsx\"")));
        mvc.perform(get("/commendations/" + call + "/nominees.xlsx").with(signedIn("county")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
    }

    @Test
    void theScoreHistoryNamesPeopleAndPassFailItemsInWords() throws Exception {
        Map<String, Object> score = jdbc.sql("""
                SELECT s.entry_id, a.display_name, s.self_by FROM campaign_scores s JOIN accounts a ON a.username = s.self_by
                ORDER BY s.entry_id FETCH FIRST 1 ROWS ONLY""").query().singleRow();
        String sheet = mvc.perform(get("/campaign-entries/" + score.get("entry_id") + "/sheet").with(signedIn("county")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(sheet).contains((String) score.get("display_name") + " ");
        assertThat(sheet).doesNotContain(">" + score.get("self_by") + " ");
        Long passFail = jdbc.sql("""
                SELECT MIN(s.entry_id) FROM campaign_scores s JOIN campaign_entries e ON e.id = s.entry_id
                JOIN assessment_campaigns c ON c.id = e.campaign_id
                JOIN assessment_indicators i ON i.scheme_id = c.scheme_id AND i.code = s.indicator_code
                WHERE i.scoring_method = 'PASS_FAIL' AND s.self_value IS NOT NULL""").query(Long.class).single();
        assertThat(passFail).as("a pass-fail item scored in the demo").isNotNull();
        mvc.perform(get("/campaign-entries/" + passFail + "/sheet").with(signedIn("county")))
                .andExpect(content().string(containsString("<td class=\"text-end\">达标</td>")));
    }

    @Test
    void theMetricsPageNamesDataWithoutCodes() throws Exception {
        mvc.perform(get("/metrics").with(signedIn("county")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("班子成员是否配齐")))
                .andExpect(content().string(not(containsString(">org.committee_complete<"))));
    }

    private MockHttpServletRequestBuilder meeting(long village, String key) {
        MockHttpServletRequestBuilder request = post("/training/meetings").with(signedIn("chengjiayuan")).with(csrf())
                .param("orgId", String.valueOf(village)).param("type", "02").param("heldOn", "2010-05-04")
                .param("topic", "离线登记的支委会").param("expected", "5").param("present", "5");
        return key == null ? request : request.param("clientKey", key);
    }

    private RequestPostProcessor signedIn(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
