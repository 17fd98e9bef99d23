package org.jiceng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.jiceng.shared.BusinessClock;
import org.jiceng.support.Browser;
import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.jiceng.support.Json;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One campaign from opening to final results, in the browser: the county opens it, 程家塬村's secretary fills the
 * self-assessment on a phone (a score above its maximum is refused next to it), 汉封乡 changes a score in the grid
 * (only with a reason) and passes the township, the county approves and publishes the 公示, a villager objects on
 * the public page without signing in, the county dismisses it with a reason and fixes the results.
 */
@JicengIntegrationTest
class CampaignBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BusinessClock clock;

    @Autowired
    Fixtures fixtures;

    @Test
    void fromSelfAssessmentToFinalResults() throws Exception {
        long campaign;
        try (Browser county = Browser.desktop(port)) {
            county.signIn("county", Fixtures.PASSWORD);
            county.go("/campaigns");
            county.click(By.id("new-campaign"));
            Select scheme = new Select(county.find(By.id("schemeId")));
            scheme.getOptions().stream().filter(o -> o.getText().contains("分类定级") && o.getText().contains("2010"))
                    .findFirst().orElseThrow().click();
            county.type(By.id("name"), "浏览器：2010年分类定级评定");
            county.click(By.id("create"));
            county.waitForText(By.id("notice"), "已开展评定");
            campaign = Long.parseLong(county.path().replaceAll("\\D", ""));
        }
        long cheng = entry(campaign, "程家塬村");

        try (Browser secretary = Browser.phone(port)) {
            secretary.signIn("chengjiayuan", Fixtures.PASSWORD);
            secretary.go("/campaigns/" + campaign);
            secretary.click(By.linkText("程家塬村"));
            Map<String, String> values = Map.of("C1", "25", "C2", "9", "C3", "9", "C4", "9", "C5", "9", "C6", "18",
                    "C7", "95");
            values.forEach((code, value) -> secretary.type(By.id("v_" + code), value));
            secretary.click(By.id("submit"));
            secretary.waitForText(By.cssSelector("#v_C1 + .invalid-feedback"), "带头人的得分应在0到20分之间");
            assertThat(secretary.find(By.id("v_C6")).getAttribute("value")).isEqualTo("18");
            secretary.type(By.id("v_C1"), "18");
            secretary.click(By.id("submit"));
            secretary.waitForText(By.id("notice"), "已提交乡镇审核");
            assertThat(secretary.find(By.id("stage")).getText()).isEqualTo("待乡镇审核");
            assertThat(secretary.find(By.id("total")).getText()).isEqualTo("91.00");
            secretary.screenshot("campaign-self-assessment-phone");
        }
        // The other villages of 汉封乡 are filled through the API (as the township could for them).
        List<Long> others = jdbc.sql("""
                SELECT e.id FROM campaign_entries e WHERE e.campaign_id = ? AND e.township_id = ? AND e.id <> ?""")
                .params(campaign, fixtures.org("汉封乡"), cheng).query(Long.class).list();
        for (long other : others) {
            api("PUT", "/api/v1/campaign-entries/" + other + "/self?submit=true", Json.of(Map.of("values",
                    Map.of("C1", "15", "C2", "8", "C3", "8", "C4", "8", "C5", "8", "C6", "15", "C7", "85"),
                    "version", jdbc.sql("SELECT version FROM campaign_entries WHERE id = ?").param(other)
                            .query(Long.class).single())));
        }

        try (Browser township = Browser.desktop(port)) {
            township.signIn("hanfeng", Fixtures.PASSWORD);
            township.go("/campaigns/" + campaign + "/grid?org=" + fixtures.org("汉封乡"));
            By c6 = By.cssSelector("#row-" + cheng + " input[name='values[C6]']");
            township.type(c6, "16");
            township.click(By.cssSelector("#row-" + cheng + " button.btn-primary"));
            township.waitForText(By.id("row-" + cheng), "须写明调整理由");
            township.type(By.cssSelector("#row-" + cheng + " input[name=reason]"), "工作业绩台账不全");
            township.click(By.cssSelector("#row-" + cheng + " button.btn-primary"));
            township.waitForText(By.id("row-" + cheng), "89.00");
            township.click(By.id("pass-township"));
            township.waitForText(By.id("notice"), "已审核通过并上报12个村");
        }

        String code;
        try (Browser county = Browser.desktop(port)) {
            county.signIn("county", Fixtures.PASSWORD);
            county.go("/campaigns/" + campaign);
            county.click(By.id("approve-all"));
            county.waitForText(By.id("notice"), "已审定12个");
            county.click(By.id("publicize"));
            county.waitForText(By.id("notice"), "已公示12个评定结果");
            code = county.find(By.id("public-link")).getAttribute("href").replaceAll(".*/", "");
        }

        try (Browser villager = Browser.phone(port)) {
            villager.go("/public/notices/" + code);
            assertThat(villager.find(By.id("notice-list")).getText()).contains("程家塬村", "较好");
            assertThat(villager.find(By.tagName("body")).getText()).doesNotContain("89.00");
            new Select(villager.find(By.id("itemId"))).selectByVisibleText("汉封乡 程家塬村");
            villager.type(By.id("lodgedBy"), "王某");
            villager.type(By.id("content"), "群众评价调查只问了党员");
            answerTheCheck(villager);
            villager.find(By.id("lodge")).submit();
            villager.waitForText(By.id("problem"), "请填写联系电话");
            villager.type(By.id("contact"), "13800000000");
            answerTheCheck(villager);
            villager.find(By.id("lodge")).submit();
            villager.waitForText(By.id("notice"), "已收到您对");
            villager.screenshot("campaign-public-notice-phone");
        }

        try (Browser county = Browser.desktop(port)) {
            county.signIn("county", Fixtures.PASSWORD);
            county.go("/campaigns/" + campaign);
            county.click(By.id("finalize"));
            county.waitForText(By.id("problem"), "确定结果未完成");
            county.type(By.cssSelector(".objection input[name=reason]"), "经核实调查覆盖全体村民代表");
            county.click(By.cssSelector(".objection button[value=dismiss]"));
            county.waitForText(By.id("notice"), "异议已处理：不予采纳");
            jdbc.sql("""
                    UPDATE review_items SET publicity_from = ?, publicity_until = ?
                    WHERE process_id = (SELECT process_id FROM assessment_campaigns WHERE id = ?)""")
                    .params(clock.today().minusDays(8), clock.today().minusDays(1), campaign).update();
            county.click(By.id("finalize"));
            county.waitForText(By.id("notice"), "已确定12个评定结果");
            county.click(By.id("results-link"));
            county.waitForText(By.id("results"), "程家塬村");
            assertThat(county.find(By.id("results")).getText()).contains("较好", "已确定");
            county.screenshot("campaign-results-desktop");
        }
    }

    private long entry(long campaign, String village) {
        return jdbc.sql("SELECT id FROM campaign_entries WHERE campaign_id = ? AND org_id = ?")
                .params(campaign, fixtures.org(village)).query(Long.class).single();
    }

    private void api(String method, String path, String body) throws Exception {
        String basic = Base64.getEncoder().encodeToString(("hanfeng:" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** The human check before an objection: a sum written into the page. */
    private static void answerTheCheck(Browser villager) {
        var sum = java.util.regex.Pattern.compile("(\\d+) 加 (\\d+)").matcher(villager.find(By.id("check-question")).getText());
        assertThat(sum.find()).isTrue();
        villager.type(By.id("check"), String.valueOf(Integer.parseInt(sum.group(1)) + Integer.parseInt(sum.group(2))));
    }
}
