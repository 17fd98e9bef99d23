package org.jiceng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jiceng.support.Browser;
import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The first hour of each demo role, as a new user would spend it after signing in: the header says the county runs
 * on 2010-05-05, the workbench lists what waits for them, the menu is grouped by the programme on a desktop and in a
 * drawer on a phone, no menu word breaks at any width, and the pages open on 2010 with its data.
 */
@JicengIntegrationTest
class FirstHourBrowserTests {

    private static final int[] WIDTHS = {360, 412, 768, 1024, 1366, 1920};

    @LocalServerPort
    int port;

    @Test
    void aVillageSecretaryOnAPhoneSeesFirstWhatToDoToday() throws Exception {
        try (Browser browser = Browser.phone(port)) {
            browser.signIn("chengjiayuan", Fixtures.PASSWORD);
            assertThat(browser.find(By.cssSelector(".demo-date")).getText()).isEqualTo("演示日期 2010年5月5日");
            String work = browser.find(By.id("work")).getText();
            // Which meetings are still to hold depends on what other tests recorded in the shared database; that one
            // is, is not.
            assertThat(work).contains("填写自评：2010年度“五个好”村党支部评定", "提交推荐：引领群众致富优秀共产党员标兵",
                    "召开并登记：");
            // The work list comes before the figures on a phone: the first thing after the heading.
            assertThat(browser.find(By.id("work")).getLocation().getY())
                    .isLessThan(browser.find(By.id("figures-training")).getLocation().getY());

            browser.click(By.cssSelector(".navbar-toggler"));
            WebElement drawer = browser.find(By.id("nav"));
            browser.waitForText(By.id("nav"), "素质提升");
            assertThat(drawer.getText()).contains("组织与队伍", "素质提升", "争先创优", "激励保障", "三会一课");
            assertSingleLines(browser, ".nav-drawer a");

            browser.click(By.xpath("//div[contains(@class,'nav-drawer')]//a[text()='三会一课']"));
            browser.waitForText(By.tagName("h1"), "三会一课");
            assertThat(browser.path()).startsWith("/training/meetings");
        }
    }

    @Test
    void aTownshipOfficerFindsTheReviewsWaitingAndTheTargetsOf2010() throws Exception {
        try (Browser browser = Browser.desktop(port)) {
            browser.signIn("hanfeng", Fixtures.PASSWORD);
            assertThat(browser.find(By.cssSelector(".demo-date")).getText()).contains("2010年5月5日");
            assertThat(browser.find(By.id("work")).getText())
                    .contains("审核自评：2010年度村党组织升级晋档评定", "审核三会一课记录");
            assertThat(groups(browser)).containsExactly("工作台", "组织与队伍", "素质提升", "争先创优", "激励保障", "目标责任", "我的账户");

            browser.click(By.linkText("争先创优"));
            browser.click(By.linkText("争创目标"));
            browser.waitForText(By.tagName("main"), "程家塬村、关村村、汉封村党支部达到“五个好”");
            assertThat(browser.find(By.tagName("main")).getText()).doesNotContain("尚未设定目标");
            assertThat(browser.find(By.cssSelector("a.nav-link.active")).getText()).isEqualTo("争先创优");

            browser.go("/training");
            assertThat(browser.find(By.tagName("main")).getText()).contains("2010");
            browser.go("/commendations");
            assertThat(browser.find(By.tagName("main")).getText()).contains("引领群众致富优秀共产党员标兵");
            assertThat(browser.find(By.tagName("main")).getText()).doesNotContain("逾期");
        }
    }

    @Test
    void theCountyOfficerSeesTheCountysPlanAddedUpAndNoMenuWordBreaksAtAnyWidth() throws Exception {
        try (Browser browser = Browser.desktop(port)) {
            browser.signIn("county", Fixtures.PASSWORD);
            String figures = browser.find(By.id("figures-training")).getText();
            assertThat(figures).doesNotContain("/ 0");
            assertThat(browser.find(By.id("work")).getText()).contains("审定结果：2010年度村党组织升级晋档评定");
            for (int width : WIDTHS) {
                browser.driver().manage().window().setSize(new Dimension(width, 900));
                if (width >= 992) {
                    assertSingleLines(browser, ".navbar .nav-link");
                    assertThat(groups(browser)).contains("素质提升", "争先创优", "激励保障");
                } else {
                    browser.click(By.cssSelector(".navbar-toggler"));
                    browser.waitForText(By.id("nav"), "争先创优");
                    assertSingleLines(browser, ".nav-drawer a");
                    browser.click(By.cssSelector("#nav .btn-close"));
                }
                assertSingleLines(browser, ".navbar-brand, .demo-date");
            }
        }
    }

    @Test
    void aMemberSeesTheirOwnMenuAndWhatTheyStillHaveToStudy() throws Exception {
        try (Browser browser = Browser.phone(port)) {
            browser.signIn("dangyuan", Fixtures.PASSWORD);
            assertThat(browser.find(By.id("work")).getText()).contains("学习规定篇目");
            browser.click(By.cssSelector(".navbar-toggler"));
            browser.waitForText(By.id("nav"), "我的学时");
            assertThat(browser.find(By.id("nav")).getText()).doesNotContain("组织与队伍", "争先创优");
        }
    }

    /** The labels of the desktop menu's groups, left to right. */
    private static List<String> groups(Browser browser) {
        return browser.driver().findElements(By.cssSelector(".navbar-nav > .nav-item > .nav-link")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
    }

    /** Every visible element matched is one line high: no label wraps, let alone one character per line. */
    @SuppressWarnings("unchecked")
    private static void assertSingleLines(Browser browser, String css) {
        List<Object> wrapped = (List<Object>) ((JavascriptExecutor) browser.driver()).executeScript("""
                return Array.from(document.querySelectorAll(arguments[0]))
                  .filter(e => e.offsetParent !== null && e.getClientRects().length > 0)
                  .filter(e => {
                    const range = document.createRange();
                    range.selectNodeContents(e);
                    const lines = new Set(Array.from(range.getClientRects()).map(r => Math.round(r.top)));
                    return lines.size > 1;
                  }).map(e => e.textContent.trim());""", css);
        assertThat(wrapped).as("labels broken over lines at %s px", browser.driver().manage().window().getSize().width)
                .isEmpty();
    }
}
