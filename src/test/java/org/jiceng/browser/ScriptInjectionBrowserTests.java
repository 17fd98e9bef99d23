package org.jiceng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiceng.support.Browser;
import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A branch secretary names their branch with a script payload; the county officer then opens the pages that show
 * the name (workbench, org tree, 三会一课 heatmap, the branch). The name is shown as text and nothing of it runs —
 * escaping holds, and the Content-Security-Policy would refuse inline script even if it did not — while the pages'
 * own scripts (htmx, charts, the tree toggle) still work under that policy.
 */
@JicengIntegrationTest
class ScriptInjectionBrowserTests {

    static final String PAYLOAD = "</script><script>pwned=1</script><img src=x onerror=pwned=2>";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aScriptInAnOrgNameNeverRunsOnTheCountyOfficersPages() throws Exception {
        long village = jdbc.sql("SELECT id FROM orgs WHERE short_name = '程家塬村'").query(Long.class).single();
        long township = jdbc.sql("SELECT parent_id FROM orgs WHERE id = ?").param(village).query(Long.class).single();
        try (Browser browser = Browser.desktop(port)) {
            browser.signIn("chengjiayuan", Fixtures.PASSWORD);
            browser.go("/orgs/" + village + "/edit");
            browser.type(By.id("shortName"), PAYLOAD);
            browser.click(By.cssSelector("main form button[type=submit]"));
            browser.waitUpTo(java.time.Duration.ofSeconds(10))
                    .until(ExpectedConditions.urlContains("saved"));
            assertThat(jdbc.sql("SELECT short_name FROM orgs WHERE id = ?").param(village).query(String.class)
                    .single()).isEqualTo(PAYLOAD);
            browser.driver().manage().deleteAllCookies();

            browser.signIn("county", Fixtures.PASSWORD);
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            browser.go("/");
            browser.find(By.cssSelector("#chart-age canvas"));
            assertThat(js.executeScript("return window.pwned")).isNull();

            browser.go("/orgs");
            long county = jdbc.sql("SELECT parent_id FROM orgs WHERE id = ?").param(township).query(Long.class).single();
            browser.click(By.cssSelector("#node-" + county + " > .toggle"));
            browser.click(By.cssSelector("#node-" + township + " > .toggle"));
            browser.waitForText(By.id("kids-" + township), PAYLOAD);
            assertThat(browser.find(By.cssSelector("#node-" + township + " > .toggle")).getText()).isEqualTo("▾");
            assertThat(js.executeScript("return window.pwned")).isNull();
            browser.click(By.cssSelector("#node-" + township + " > .toggle"));
            browser.waitUpTo(java.time.Duration.ofSeconds(5)).until(
                    ExpectedConditions.invisibilityOfElementLocated(By.id("node-" + village)));

            browser.go("/training/meetings/compliance?year=2010");
            browser.find(By.cssSelector("#chart-heatmap canvas"));
            assertThat(browser.driver().getPageSource()).contains("&lt;/script&gt;&lt;script&gt;pwned=1");
            assertThat(js.executeScript("return window.pwned")).isNull();

            browser.go("/orgs/" + village);
            browser.find(By.cssSelector("main h1"));
            assertThat(browser.driver().getPageSource()).contains("&lt;img src=x onerror=pwned=2&gt;");
            assertThat(js.executeScript("return window.pwned")).isNull();
        } finally {
            jdbc.sql("UPDATE orgs SET short_name = '程家塬村' WHERE id = ?").param(village).update();
        }
    }
}
