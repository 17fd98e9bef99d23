package org.jiceng.support;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real headless Chromium (Debian's chromium and chromium-driver) driven by Selenium, sized like a phone by default.
 * No download: the driver and browser binaries are the machine's.
 */
public final class Browser implements AutoCloseable {

    /** How often a wait looks again: a page answers in tens of milliseconds, Selenium's default of 500 wastes most of it. */
    public static final Duration POLL = Duration.ofMillis(50);

    private final WebDriver driver;
    private final String baseUrl;
    private final WebDriverWait wait;

    private Browser(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.wait = waitUpTo(Duration.ofSeconds(10));
    }

    /** A phone-sized browser (412 × 915, as a common Android phone). */
    public static Browser phone(int port) throws Exception {
        return open(port, 412, 915);
    }

    public static Browser desktop(int port) throws Exception {
        return open(port, 1366, 900);
    }

    private static Browser open(int port, int width, int height) throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(RequiredEnvironment.CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=zh-CN", "--window-size=" + width + "," + height,
                "--user-data-dir=" + Files.createTempDirectory("jiceng-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(RequiredEnvironment.CHROMEDRIVER)).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), "http://localhost:" + port);
    }

    public WebDriver driver() {
        return driver;
    }

    /** A wait on this browser that gives up after the timeout and looks again every {@link #POLL}. */
    public WebDriverWait waitUpTo(Duration timeout) {
        return new WebDriverWait(driver, timeout, POLL);
    }

    public void go(String path) {
        driver.get(baseUrl + path);
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Clicks the element once it is shown and enabled; when the page re-renders it between finding and clicking (an
     * htmx swap, the outbox redrawn), it is found again, until the usual timeout.
     */
    public void click(By by) {
        try {
            waitUpTo(Duration.ofSeconds(10))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                    .until(d -> {
                        WebElement element = d.findElement(by);
                        if (!element.isDisplayed() || !element.isEnabled()) {
                            return false;
                        }
                        ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                                "arguments[0].scrollIntoView({block: 'center'});", element);
                        element.click();
                        return true;
                    });
        } catch (RuntimeException e) {
            screenshot("click-failed");
            throw e;
        }
    }

    /** Saves a screenshot under target/browser-screenshots for a failed step. */
    public void screenshot(String name) {
        try {
            var dir = java.nio.file.Path.of("target", "browser-screenshots");
            Files.createDirectories(dir);
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(dir.resolve(name + "-" + System.currentTimeMillis() + ".png"), png);
        } catch (Exception ignored) {
            // a screenshot is a diagnostic only
        }
    }

    public void type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
    }

    /** Sets a date input the way a date picker would (typing order depends on the browser's locale). */
    public void setDate(By by, java.time.LocalDate date) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                find(by), date.toString());
    }

    public void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    public String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    /** Signs in through the form, as a user would. */
    public void signIn(String username, String password) {
        go("/login");
        type(By.id("username"), username);
        type(By.id("password"), password);
        click(By.cssSelector("button[type=submit]"));
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
