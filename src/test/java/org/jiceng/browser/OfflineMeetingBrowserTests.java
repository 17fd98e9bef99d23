package org.jiceng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.jiceng.support.Browser;
import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Record now, send later: the secretary loses the signal while recording a meeting; the record is kept on the phone as
 * 待发送 and arrives once when the network returns — even when the phone sends it twice (an answer lost on the way).
 */
@JicengIntegrationTest
class OfflineMeetingBrowserTests {

    private static final String TOPIC = "停电时召开的支委会";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    @Test
    void aMeetingRecordedWithoutNetworkIsKeptOnThePhoneAndArrivesOnceWhenTheNetworkReturns() throws Exception {
        long village = fixtures.org("程家塬村");
        try (Browser browser = Browser.phone(port)) {
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(45));
            browser.signIn("chengjiayuan", Fixtures.PASSWORD);
            wait.until(d -> (Boolean) js.executeScript("return !!navigator.serviceWorker.controller"));
            browser.go("/training/meetings/new?org=" + village);
            browser.find(By.id("topic"));
            // The form is kept on the phone for use without network.
            wait.until(d -> (Boolean) js.executeAsyncScript(
                    "var done = arguments[0]; caches.match(location.href).then(function (r) { done(!!r); });"));

            network(browser, false);
            new Select(browser.find(By.id("type"))).selectByValue("02");
            browser.setDate(By.id("heldOn"), LocalDate.of(2010, 5, 3));
            browser.type(By.id("topic"), TOPIC);
            browser.type(By.id("expected"), "5");
            browser.type(By.id("present"), "5");
            browser.click(By.cssSelector("form[data-outbox] button[type=submit]"));
            try {
                browser.waitForText(By.id("outbox"), "待发送");
            } catch (RuntimeException e) {
                System.out.println("[offline] " + browser.path() + " outbox=" + js.executeScript(
                        "return localStorage.getItem('jiceng.outbox')") + " count=" + count());
                throw e;
            }
            assertThat(browser.find(By.id("outbox")).getText()).contains(TOPIC);
            assertThat(browser.find(By.cssSelector("[data-outbox-status]")).getText()).contains("已保存在手机上");
            assertThat(count()).isZero();
            // The phone sends the same record twice, as after an answer lost on a weak line.
            js.executeScript("var k = 'jiceng.outbox', a = JSON.parse(localStorage.getItem(k));"
                    + "a.push(Object.assign({}, a[0])); localStorage.setItem(k, JSON.stringify(a));");

            network(browser, true);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("outbox"), "已发送"));
            wait.until(d -> !browser.find(By.id("outbox")).getText().contains("待发送"));
            assertThat(count()).isEqualTo(1);
            browser.click(By.cssSelector("#outbox .outbox-link"));
            browser.waitForText(By.tagName("main"), TOPIC);
            assertThat(browser.path()).matches("/training/meetings/\\d+");
        }
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM org_meetings WHERE topic = ?").param(TOPIC).query(Long.class).single();
    }

    private static void network(Browser browser, boolean online) {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Network.enable", Map.of());
        ((ChromeDriver) browser.driver()).executeCdpCommand("Network.emulateNetworkConditions", Map.of(
                "offline", !online, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }
}
