package org.jiceng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiceng.organization.ImportSheets;
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
 * wrong identity number the form points out), then find the new member in the township's list, and upload a
 * member sheet with bad rows and see each row's errors next to it.
 */
@JicengIntegrationTest
class TownshipOfficerBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void walksTheTreeAddsAMemberFindsItAndSeesTheRowErrorsOfABadSpreadsheet() throws Exception {
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
            browser.setDate(By.id("joinedOn"), java.time.LocalDate.of(2009, 3, 1));
            browser.setDate(By.id("confirmedOn"), java.time.LocalDate.of(2010, 3, 2));
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

            browser.go("/imports");
            var good = ImportSheets.member("表格好行", 501, "程家塬村");
            String goodId = (String) good.get(3);
            java.nio.file.Path sheet = java.nio.file.Files.createTempFile("bad-members", ".xlsx");
            java.nio.file.Files.write(sheet, ImportSheets.xlsx(java.util.List.of(good,
                    ImportSheets.with(ImportSheets.member("表格错号", 502, "程家塬村"), 3,
                            goodId.substring(0, 17) + (goodId.charAt(17) == '5' ? '6' : '5')),
                    ImportSheets.member("表格外村", 503, "导子村"))));
            new Select(browser.find(By.id("org"))).selectByVisibleText("汉封乡（乡镇党委）");
            browser.find(By.id("file")).sendKeys(sheet.toAbsolutePath().toString());
            browser.click(By.cssSelector("#upload-form button[type=submit]"));
            browser.waitForText(By.cssSelector("#row-3 .row-errors"), "校验位错误");
            browser.waitForText(By.cssSelector("#row-4 .row-errors"), "“导子村”不是所选组织下的党支部");
            assertThat(browser.find(By.id("import-state")).getText()).isEqualTo("有错误");
            assertThat(browser.driver().findElements(By.id("commit"))).isEmpty();
        }
    }
}
