package org.jiceng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiceng.support.Browser;
import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Story step 1 of 争先创优: the county officer copies last year's 升级晋档 scheme to 2010, changes weights and a class
 * band (an overlapping band is pointed out beside the field), publishes it and tries it out.
 */
@JicengIntegrationTest
class CountyOfficerSchemeBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void copiesLastYearsUpgradeGradingEditsPublishesAndTriesItOut() throws Exception {
        try (Browser browser = Browser.desktop(port)) {
            browser.signIn("county", Fixtures.PASSWORD);
            browser.click(By.linkText("争先创优"));
            browser.click(By.linkText("考核方案"));
            browser.go("/schemes?year=2009&subject=VILLAGE_BRANCH");
            browser.click(By.linkText("升级晋档考核方案"));
            browser.waitForText(By.tagName("h1"), "升级晋档考核方案");
            browser.type(By.id("copy-year"), "2010");
            browser.click(By.id("copy"));
            browser.waitForText(By.tagName("h1"), "2010年 第");

            browser.type(By.id("indicators1.max"), "50");
            browser.type(By.id("indicators2.max"), "80");
            browser.type(By.id("bands1.max"), "900");
            browser.click(By.id("save"));
            browser.waitForText(By.cssSelector("#band-1 .invalid-feedback"), "分数段重叠");
            assertThat(browser.find(By.id("indicators1.max")).getAttribute("value")).isEqualTo("50");

            browser.type(By.id("bands1.max"), "850");
            browser.click(By.id("save"));
            browser.waitForText(By.id("notice"), "已保存");
            browser.click(By.id("publish"));
            browser.waitForText(By.id("status"), "已发布");
            assertThat(browser.find(By.id("indicator-table")).getText()).contains("得分＝4×数值，最高50分，最低0分");

            browser.click(By.linkText("试算"));
            browser.type(By.id("in_D1.1"), "15");
            browser.type(By.id("in_D5.2"), "100");
            browser.click(By.id("evaluate"));
            browser.waitForText(By.id("total"), "180.00");
            assertThat(browser.find(By.id("grade")).getText()).isEqualTo("四类");
        }
    }
}
