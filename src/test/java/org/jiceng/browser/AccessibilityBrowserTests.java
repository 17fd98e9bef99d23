package org.jiceng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jiceng.support.Browser;
import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every demo role walks its pages — each page kind once: the menu, then the links each page offers, ids taken as one
 * kind — at desktop size and at 360 × 740, and axe-core (vendored under {@code src/test/resources/axe}, MPL-2.0)
 * finds no critical or serious violation: every field has a name, contrast is readable, nothing is only a colour.
 * Markup does not depend on the database, so this runs on H2 only, as every browser test (pom.xml).
 */
@JicengIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessibilityBrowserTests {

    /** Downloads and files: not pages. */
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "\\.(xlsx|pdf|docx?)($|\\?)|/export|/document($|\\?)|/text$|/campaign-evidence/|/logout|/swagger|/v3/|/api/");

    private static final String AXE = load();

    /** Page kinds already checked by an earlier role: the same template is checked once (the home page per role). */
    private static final Set<String> CHECKED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @LocalServerPort
    int port;

    @Test
    @Order(1)
    void aVillageSecretarysPagesHaveNoSeriousBarrier() throws Exception {
        assertNoSeriousViolations("chengjiayuan", 40);
    }

    @Test
    @Order(2)
    void aTownshipOfficersPagesHaveNoSeriousBarrier() throws Exception {
        assertNoSeriousViolations("hanfeng", 60);
    }

    @Test
    @Order(3)
    void theCountyOfficersPagesHaveNoSeriousBarrier() throws Exception {
        assertNoSeriousViolations("county", 70);
    }

    @Test
    @Order(4)
    void membersAndAdministratorsPagesHaveNoSeriousBarrier() throws Exception {
        for (String user : List.of("dangyuan", "sysadmin", "security", "auditor")) {
            assertNoSeriousViolations(user, 15);
        }
    }

    private void assertNoSeriousViolations(String username, int maxPages) throws Exception {
        List<String> violations = new ArrayList<>();
        try (Browser browser = Browser.desktop(port)) {
            browser.signIn(username, Fixtures.PASSWORD);
            Deque<String> queue = new ArrayDeque<>(List.of("/"));
            Set<String> seen = new LinkedHashSet<>();
            int visited = 0;
            int checked = 0;
            while (!queue.isEmpty() && visited < maxPages) {
                String path = queue.poll();
                if (!seen.add(kind(path))) {
                    continue;
                }
                visited++;
                browser.go(path);
                JavascriptExecutor js = (JavascriptExecutor) browser.driver();
                if (CHECKED.add("/".equals(path) ? username + " /" : kind(path))) {
                    checked++;
                    browser.driver().manage().window().setSize(new Dimension(1366, 900));
                    violations.addAll(axe(js, username + " desktop " + path));
                    browser.driver().manage().window().setSize(new Dimension(360, 740));
                    violations.addAll(axe(js, username + " phone " + path));
                    violations.addAll(squeezed(js, username + " phone " + path));
                }
                for (Object href : (List<?>) js.executeScript("return Array.from(document.querySelectorAll('a[href]'))"
                        + ".map(function (a) { return a.getAttribute('href'); })")) {
                    String link = String.valueOf(href).replaceAll("#.*$", "");
                    if (link.startsWith("/") && !link.startsWith("//") && !NOT_A_PAGE.matcher(link).find()
                            && !seen.contains(kind(link))) {
                        queue.add(link);
                    }
                }
            }
            System.out.println("[axe] " + username + ": " + visited + " pages, " + checked + " checked at two sizes, " + violations.size()
                    + " serious or critical; kinds: " + seen);
        }
        assertThat(violations).as("critical and serious axe-core violations").isEmpty();
    }

    /** A page kind: the path with its ids taken as one, without the query. */
    private static String kind(String path) {
        return path.replaceAll("\\?.*$", "").replaceAll("/\\d+", "/{id}").replaceAll("/\\d{4}(?=/|$)", "/{year}");
    }

    @SuppressWarnings("unchecked")
    private static List<String> axe(JavascriptExecutor js, String where) {
        // Let the page's resize handlers run before looking.
        js.executeAsyncScript("var done = arguments[0]; requestAnimationFrame(function () { requestAnimationFrame(done); });");
        if (!(Boolean) js.executeScript("return typeof axe !== 'undefined'")) {
            js.executeScript(AXE);
        }
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                + "  done(r.violations.filter(function (v) { return v.impact === 'critical' || v.impact === 'serious'; })"
                + "    .map(function (v) { return {id: v.id, impact: v.impact, count: v.nodes.length,"
                + "      nodes: v.nodes.slice(0, 3).map(function (n) { return n.target.join(' ') + ' ' + (n.failureSummary || '').split('\\n')[1]; })}; }));"
                + "}).catch(function (e) { done([{id: 'axe-error', impact: 'critical', count: 1, nodes: [String(e)]}]); });");
        List<String> found = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result) {
            found.add(where + " — " + v.get("impact") + " " + v.get("id") + " ×" + v.get("count") + " " + v.get("nodes"));
        }
        return found;
    }

    /** Table cells squeezed to about one character a line on a phone (a table to stack, or to scroll sideways). */
    @SuppressWarnings("unchecked")
    private static List<String> squeezed(JavascriptExecutor js, String where) {
        List<String> cells = (List<String>) js.executeScript("""
                return Array.from(document.querySelectorAll('main td, main th')).filter(function (c) {
                    var text = c.textContent.replace(/\\s+/g, '');
                    var size = parseFloat(getComputedStyle(c).fontSize);
                    return c.offsetParent !== null && text.length >= 3 && c.clientWidth < 2.2 * size
                        && c.clientHeight > 2.5 * size;
                }).slice(0, 3).map(function (c) { return c.textContent.trim().slice(0, 20); });""");
        return cells.isEmpty() ? List.of() : List.of(where + " — serious squeezed-table-cell " + cells);
    }

    private static String load() {
        try (InputStream in = AccessibilityBrowserTests.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
