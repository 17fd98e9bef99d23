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

/**
 * 南指挥镇's officer on a phone runs March 2010's cadre pay: opens 南指挥村's dedicated account, records the county's
 * transfer, computes the month from the register, is refused an overpayment next to the amount, then records the
 * secretary's pay after the due date and sees it flagged late.
 */
@JicengIntegrationTest
class PayBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void aMonthsPayRunFlagsALatePayment() throws Exception {
        long village = fixtures.org("南指挥村");
        try (Browser browser = Browser.phone(port)) {
            browser.signIn("nanzhihui", Fixtures.PASSWORD);
            browser.go("/pay/accounts");
            new Select(browser.find(By.id("villageId"))).selectByVisibleText("南指挥村");
            browser.type(By.id("accountName"), "南指挥村村干部报酬专帐");
            browser.type(By.id("population"), "1350");
            browser.setDate(By.id("openedOn"), LocalDate.of(2010, 1, 4));
            browser.click(By.id("open-account"));
            browser.waitForText(By.id("notice"), "已为南指挥村开设报酬专帐");

            browser.click(By.cssSelector("details:has(#funds-form) > summary"));
            browser.setDate(By.id("date"), LocalDate.of(2010, 3, 5));
            browser.type(By.id("amount"), "3000");
            browser.type(By.id("documentNo"), "凤财发〔2010〕15号");
            browser.click(By.id("save-funds"));
            browser.waitForText(By.id("notice"), "已登记拨入 3,000.00 元");
            assertThat(browser.find(By.id("balance")).getText()).isEqualTo("3,000.00 元");

            browser.go("/pay?year=2010");
            browser.click(By.id("compute-3"));
            browser.waitForText(By.id("notice"), "已计算南指挥镇2010年3月基本报酬");
            assertThat(browser.find(By.id("due-date")).getText()).isEqualTo("2010-04-10");

            String line = "#village-" + village + " tbody tr:first-child";
            browser.click(By.cssSelector(line + " details > summary"));
            browser.type(By.cssSelector(line + " input[name=amount]"), "99999");
            browser.setDate(By.cssSelector(line + " input[name=date]"), LocalDate.of(2010, 4, 20));
            browser.click(By.cssSelector(line + " .payment-form button[type=submit]"));
            browser.waitForText(By.cssSelector(line + " input[name=amount] + .invalid-feedback"), "超过应发未发金额");
            assertThat(browser.find(By.cssSelector(line + " input[name=date]")).getAttribute("value")).isEqualTo("2010-04-20");

            browser.type(By.cssSelector(line + " input[name=amount]"), "400");
            browser.click(By.cssSelector(line + " .payment-form button[type=submit]"));
            browser.waitForText(By.id("notice"), "实发 400.00 元");
            assertThat(browser.find(By.cssSelector(line + " .status")).getText()).isEqualTo("逾期足额");
            assertThat(browser.find(By.cssSelector(line)).getAttribute("class")).contains("table-warning");
            browser.screenshot("pay-run-phone");
        }
    }
}
