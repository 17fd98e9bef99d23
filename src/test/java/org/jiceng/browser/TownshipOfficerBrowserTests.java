package org.jiceng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiceng.support.Browser;
import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.jiceng.shared.IdCardNumber;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The township officer's journey on a phone: sign in, walk the tree down to a village, add a member (correcting a
 * wrong identity number the form points out), then find the new member in the township's list.
 */
@JicengIntegrationTest
class TownshipOfficerBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void walksTheTreeAddsAMemberAndFindsItInTheList() throws Exception {
        try (Browser browser = Browser.phone(port)) {
            browser.signIn("hanfeng", Fixtures.PASSWORD);
            assertThat(browser.find(By.id("member-count")).getText()).isNotBlank();

            browser.go("/orgs");
            browser.click(By.cssSelector("#tree .toggle[role=button]"));
            browser.click(By.xpath("//a[@class='org-link' and text()='程家塬村']"));
            browser.waitForText(By.tagName("h1"), "程家塬村");
            browser.click(By.linkText("新增党员"));

            var birth = java.time.LocalDate.of(1988, 6, 6);
            String id = IdCardNumber.compose("610322", birth, 77);
            String wrong = id.substring(0, 17) + (id.charAt(17) == '5' ? '6' : '5');
            browser.type(By.id("name"), "浏览器新党员");
            new Select(browser.find(By.id("gender"))).selectByVisibleText("男");
            browser.type(By.id("idNumber"), wrong);
            browser.setDate(By.id("birthDate"), birth);
            browser.setDate(By.id("joinedOn"), java.time.LocalDate.of(2010, 7, 1));
            browser.setDate(By.id("confirmedOn"), java.time.LocalDate.of(2011, 7, 1));
            new Select(browser.find(By.id("membershipStatus"))).selectByVisibleText("正常");
            browser.click(By.cssSelector("main form button[type=submit]"));

            browser.waitForText(By.cssSelector("#idNumber + .invalid-feedback"), "校验位错误");
            assertThat(browser.find(By.id("name")).getAttribute("value")).isEqualTo("浏览器新党员");
            browser.type(By.id("idNumber"), id);
            browser.click(By.cssSelector("main form button[type=submit]"));
            browser.waitForText(By.tagName("h1"), "浏览器新党员");

            browser.go("/members");
            browser.type(By.id("q"), "浏览器新");
            browser.waitForText(By.id("total"), "1");
            assertThat(browser.find(By.id("people-table")).getText()).contains("浏览器新党员", "程家塬村");
        }
    }
}
