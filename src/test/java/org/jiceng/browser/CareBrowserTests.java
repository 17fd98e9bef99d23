package org.jiceng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.jiceng.support.Browser;
import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The township officer's 帮扶 on a phone: open the year's ledger from the menu, register a member in hardship, record
 * a 春节 visit (a sub-fen amount is pointed out next to the field and the input kept), reverse an entry made by
 * mistake, and close the case — the register's mark following along.
 */
@JicengIntegrationTest
class CareBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void registersAMemberInHardshipRecordsAVisitReversesAMistakeAndClosesTheCase() throws Exception {
        long member = jdbc.sql("""
                SELECT p.id FROM people p JOIN orgs o ON o.id = p.org_id
                WHERE o.short_name = '郭店村' AND p.political_status = 'FULL' AND p.hardship = FALSE
                  AND NOT EXISTS (SELECT 1 FROM hardship_cases c WHERE c.person_id = p.id) ORDER BY p.id""")
                .query(Long.class).list().get(0);
        String name = jdbc.sql("SELECT name FROM people WHERE id = ?").param(member).query(String.class).single();
        try (Browser browser = Browser.phone(port)) {
            browser.signIn("guodian", Fixtures.PASSWORD);
            browser.go("/care");
            browser.waitForText(By.tagName("h1"), "困难党员帮扶");
            browser.click(By.id("new-case"));
            new Select(browser.find(By.id("personId"))).selectByValue(String.valueOf(member));
            new Select(browser.find(By.id("cause"))).selectByVisibleText("本人患重病");
            browser.setDate(By.id("openedOn"), LocalDate.of(2010, 1, 20));
            browser.type(By.id("note"), "腰椎手术后卧床");
            browser.click(By.cssSelector("main form button[type=submit]"));
            browser.waitForText(By.id("notice"), "已登记帮扶对象");

            new Select(browser.find(By.id("kind"))).selectByVisibleText("春节走访慰问");
            new Select(browser.find(By.id("fundSource"))).selectByVisibleText("党费划拨");
            browser.setDate(By.id("givenOn"), LocalDate.of(2010, 2, 9));
            browser.type(By.id("amount"), "300.005");
            browser.type(By.id("goods"), "面粉一袋");
            browser.click(By.cssSelector("#support-form button[type=submit]"));
            browser.waitForText(By.cssSelector("#amount + .invalid-feedback"), "金额最多精确到分");
            assertThat(browser.find(By.id("goods")).getAttribute("value")).isEqualTo("面粉一袋");
            browser.type(By.id("amount"), "300");
            browser.click(By.cssSelector("#support-form button[type=submit]"));
            browser.waitForText(By.id("notice"), "已登记春节走访慰问 300.00元");
            browser.screenshot("care-case-phone");

            browser.type(By.cssSelector("#entries input[name=reason]"), "重复登记");
            browser.click(By.cssSelector("#entries form button[type=submit]"));
            browser.waitForText(By.id("notice"), "已冲销");
            assertThat(browser.find(By.id("entries")).getText()).contains("冲销：重复登记", "-300.00");

            browser.go("/members/" + member);
            assertThat(browser.find(By.tagName("main")).getText()).contains("困难党员", "腰椎手术后卧床");
            browser.go("/care?personId=" + member);
            browser.click(By.cssSelector("#person-cases a"));
            browser.type(By.id("reason"), "已康复");
            browser.click(By.cssSelector("#close-form button[type=submit]"));
            browser.waitForText(By.id("status"), "已结案");
            browser.go("/members/" + member);
            browser.waitForText(By.tagName("h1"), name);
            assertThat(browser.driver().findElements(By.id("care-link"))).isEmpty();
        }
    }
}
