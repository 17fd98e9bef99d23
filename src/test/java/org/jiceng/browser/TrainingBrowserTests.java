package org.jiceng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.jiceng.support.Browser;
import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The 范家寨乡 officer on a phone records a training session she held, puts members on its list by searching the
 * register (one of them absent, with the reason), and sees the session's headcount.
 */
@JicengIntegrationTest
class TrainingBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void recordsASessionAndItsAttendance() throws Exception {
        try (Browser browser = Browser.phone(port)) {
            browser.signIn("fanjiazhai", Fixtures.PASSWORD);
            browser.go("/training/sessions");
            browser.click(By.id("new-session"));
            browser.type(By.id("topic"), "浏览器登记：苹果套袋技术");
            new Select(browser.find(By.id("category"))).selectByVisibleText("实用技术");
            new Select(browser.find(By.id("mode"))).selectByVisibleText("集中培训");
            browser.setDate(By.id("startDate"), LocalDate.of(2010, 4, 28));
            browser.setDate(By.id("endDate"), LocalDate.of(2010, 4, 28));
            browser.type(By.id("hours"), "-3");
            browser.type(By.id("unnamedVillagers"), "120");
            browser.click(By.cssSelector("main form button[type=submit]"));

            browser.waitForText(By.cssSelector("#hours + .invalid-feedback"), "学时须大于0");
            assertThat(browser.find(By.id("topic")).getAttribute("value")).isEqualTo("浏览器登记：苹果套袋技术");
            browser.type(By.id("hours"), "4");
            browser.click(By.cssSelector("main form button[type=submit]"));
            browser.waitForText(By.id("notice"), "请登记参加人员");

            browser.click(By.cssSelector("#candidates input[name=personIds]"));
            browser.click(By.cssSelector("#attendance-form button[type=submit]"));
            browser.waitForText(By.id("notice"), "已登记1人参加");

            browser.click(By.cssSelector("#candidates input[name=personIds]:not(:checked)"));
            browser.click(By.id("att-no"));
            browser.click(By.cssSelector("#attendance-form button[type=submit]"));
            browser.waitForText(By.id("problem"), "缺席须填写原因");
            browser.click(By.cssSelector("#candidates input[name=personIds]"));
            browser.click(By.id("att-no"));
            browser.type(By.id("absenceReason"), "外出务工");
            browser.click(By.cssSelector("#attendance-form button[type=submit]"));
            browser.waitForText(By.id("notice"), "已登记1人缺席");

            assertThat(browser.find(By.id("headcount")).getText()).isEqualTo("121");
            assertThat(browser.find(By.id("attendee-table")).getText()).contains("缺席：外出务工");
            browser.screenshot("training-session-phone");
        }
    }

    @Test
    void theSecretaryRecordsAMeetingAndIsToldWhenThereIsNoQuorum() throws Exception {
        try (Browser browser = Browser.phone(port)) {
            browser.signIn("chengjiayuan", Fixtures.PASSWORD);
            browser.go("/training/meetings");
            browser.click(By.id("new-meeting"));
            new Select(browser.find(By.id("type"))).selectByVisibleText("支委会");
            browser.setDate(By.id("heldOn"), LocalDate.of(2010, 4, 30));
            browser.type(By.id("topic"), "浏览器登记：研究七月工作");
            browser.type(By.id("expected"), "5");
            browser.type(By.id("present"), "2");
            browser.click(By.cssSelector("main form button[type=submit]"));

            browser.waitForText(By.cssSelector("#present + .invalid-feedback"), "不足法定人数");
            assertThat(browser.find(By.id("topic")).getAttribute("value")).isEqualTo("浏览器登记：研究七月工作");
            browser.type(By.id("present"), "4");
            browser.type(By.id("absences"), "王某（生病）");
            browser.click(By.cssSelector("main form button[type=submit]"));
            browser.waitForText(By.id("notice"), "等待乡镇审核");
            assertThat(browser.find(By.id("attendance")).getText()).isEqualTo("5 / 4 / 1");
            assertThat(browser.find(By.id("status")).getText()).isEqualTo("待审核");
            browser.screenshot("meeting-phone");
        }
    }
}
