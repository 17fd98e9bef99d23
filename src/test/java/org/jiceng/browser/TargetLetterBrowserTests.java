package org.jiceng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.jiceng.support.Browser;
import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * From a signed letter through a ledger entry to a score, in the browser: 范家寨乡 drafts a letter whose item is
 * measured by its 新农村建设 ledger, issues it, records 庙底村's signing; the board shows the 1.2 of 2 km already
 * in the ledger; on a phone the township records the rest of the road for 庙底村; the village's copy and the
 * engine's figure (考核数据) show the item done in full; the township's own year-end target assessment, from the
 * reference scheme, takes it as the village's ledger score.
 */
@JicengIntegrationTest
class TargetLetterBrowserTests {

    private static final LocalDate TODAY = LocalDate.of(2010, 5, 5);

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void aSignedLettersItemIsDoneThroughTheLedgerAndScored() throws Exception {
        String copyPath;
        try (Browser desk = Browser.desktop(port)) {
            desk.signIn("fanjiazhai", Fixtures.PASSWORD);
            desk.click(By.linkText("目标责任"));
            desk.click(By.linkText("目标责任书"));
            desk.waitForText(By.tagName("h1"), "目标责任书");
            desk.type(By.id("title"), "新农村建设目标责任书");
            desk.type(By.id("issuer"), "中共范家寨乡委员会");
            desk.click(By.cssSelector("#letter-form button[type=submit]"));
            desk.waitForText(By.id("notice"), "请逐项填写目标任务");

            new Select(desk.find(By.id("area"))).selectByVisibleText("新农村建设");
            new Select(desk.find(By.id("kind"))).selectByVisibleText("按比例计分");
            desk.type(By.id("basePoints"), "10");
            desk.type(By.id("checkingOffice"), "乡村镇建设办");
            desk.type(By.id("content"), "硬化村组道路");
            desk.type(By.id("targetQuantity"), "2");
            desk.click(By.cssSelector("#item-form button[type=submit]"));
            // The unit is missing: the message stands next to it and nothing is saved.
            desk.waitForText(By.cssSelector("#unit + .invalid-feedback"), "须选择计量单位");
            assertThat(desk.find(By.id("content")).getAttribute("value")).isEqualTo("硬化村组道路");
            new Select(desk.find(By.id("unit"))).selectByVisibleText("公里");
            new Select(desk.find(By.id("taskId"))).selectByVisibleText("新农村建设");
            desk.click(By.cssSelector("#item-form button[type=submit]"));
            desk.waitForText(By.id("item-table"), "完成目标得10分，未完成按比例计分");

            desk.setDate(By.id("issuedOn"), TODAY);
            desk.click(By.cssSelector("#issue-form button[type=submit]"));
            desk.waitUpTo(Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).accept();
            desk.waitForText(By.id("board-table"), "庙底村");
            assertThat(desk.find(By.id("board-table")).getText()).contains("1.2/2公里", "6/10");
            // The board's chart is drawn from the page's data block (a canvas inside its container).
            desk.find(By.cssSelector("#chart-letter canvas"));

            desk.click(By.linkText("庙底村"));
            desk.waitForText(By.id("copy-status"), "待签订");
            copyPath = desk.path();
            desk.setDate(By.id("signedOn"), TODAY);
            desk.type(By.id("townshipSigner"), "范家寨乡党委书记");
            desk.type(By.id("villageSigner"), "庙底村党支部书记");
            desk.click(By.cssSelector("#sign-form button[type=submit]"));
            desk.waitForText(By.id("copy-status"), "已于2010-05-05签订");
        }

        try (Browser phone = Browser.phone(port)) {
            phone.signIn("fanjiazhai", Fixtures.PASSWORD);
            phone.go("/ledger-diary/new?org=" + fixtures.org("庙底村"));
            new Select(phone.find(By.id("category"))).selectByVisibleText("新农村建设");
            phone.type(By.id("content"), "硬化村组道路，完成剩余路段");
            phone.type(By.id("quantities0.quantity"), "0.8");
            new Select(phone.find(By.id("quantities0.unit"))).selectByVisibleText("公里");
            new Select(phone.find(By.id("taskId"))).selectByIndex(pick(phone));
            phone.type(By.id("witness"), "村民代表 李志强");
            phone.click(By.cssSelector("#ledger-form button[type=submit]"));
            phone.waitForText(By.id("notice"), "已记入台账");

            phone.go(copyPath);
            phone.waitForText(By.id("standing"), "2/2公里");
            assertThat(phone.find(By.id("estimated")).getText()).isEqualTo("10/10");
            phone.go("/metrics?org=" + fixtures.org("庙底村") + "&year=2010");
            phone.waitForText(By.tagName("main"), "目标责任书台账得分");
            assertThat(phone.find(By.tagName("main")).getText()).contains("10 分");
        }

        // The township's year-end target assessment of its villages takes the letter's ledger score as data.
        try (Browser desk = Browser.desktop(port)) {
            desk.signIn("fanjiazhai", Fixtures.PASSWORD);
            desk.go("/schemes/templates");
            desk.click(By.cssSelector("form:has(input[value='target-assessment']) button[type=submit]"));
            desk.waitForText(By.id("notice"), "已由模板生成草稿");
            desk.go(desk.path().replace("/edit", ""));
            desk.click(By.id("publish"));
            desk.waitForText(By.id("notice"), "已发布");

            desk.go("/campaigns");
            desk.click(By.id("new-campaign"));
            new Select(desk.find(By.id("schemeId"))).getOptions().stream()
                    .filter(o -> o.getText().contains("年终目标责任考核")).findFirst().orElseThrow().click();
            desk.type(By.id("name"), "浏览器：2010年度村级年终目标责任考核");
            desk.click(By.id("create"));
            desk.waitForText(By.id("notice"), "已开展评定");
            desk.click(By.linkText("庙底村"));
            desk.waitForText(By.id("data_T1"), "10（取自：目标责任书台账得分");
            java.util.Map.of("T2.1", "18", "T2.2", "8", "T2.3", "8", "T3", "12")
                    .forEach((code, value) -> desk.type(By.id("v_" + code), value));
            desk.click(By.id("save-draft"));
            // The year: 10 from the ledger + 34 + 12 = 56 of 100, × 40% = 22.4; no monthly checks yet: 0 × 60%.
            desk.waitForText(By.id("total"), "22.40");
            assertThat(desk.find(By.id("grade")).getText()).isEqualTo("未达标");
        }
    }

    /** The option of the ledger form's task list that is 庙底村's share of 新农村建设. */
    private static int pick(Browser phone) {
        var options = new Select(phone.find(By.id("taskId"))).getOptions();
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).getText().contains("新农村建设")) {
                return i;
            }
        }
        throw new AssertionError("no 新农村建设 task among " + options.stream().map(o -> o.getText()).toList());
    }
}
