package org.jiceng.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.support.Browser;
import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A village secretary's pages on a cheap phone over a weak network (benchmark, not a test; results in
 * docs/benchmarks.md): bytes and requests of a first visit (empty cache) and a repeat visit, and the time to usable
 * (DOMContentLoaded: deferred scripts ran) and to load under Chromium's emulated 400 kbit/s, 400 ms round trip; the
 * service worker bypassed, so the figures are those of the HTTP cache alone.
 * <pre>
 * ./mvnw -o verify -Dit.test=PhoneBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@JicengIntegrationTest
class PhoneBenchmark {

    @LocalServerPort
    int port;

    @Test
    void secretarysPages() throws Exception {
        try (Browser browser = Browser.phone(port)) {
            ChromeDriver chrome = (ChromeDriver) browser.driver();
            browser.signIn("chengjiayuan", Fixtures.PASSWORD);
            String selfAssessment = browser.find(By.partialLinkText("填写自评")).getDomAttribute("href");
            String form = browser.find(By.partialLinkText("召开并登记")).getDomAttribute("href");
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("工作台 /", "/");
            pages.put("三会一课 list", "/training/meetings");
            pages.put("登记会议 form", form);
            pages.put("自评 self-assessment", selfAssessment);
            pages.put("学时 hours", "/training/hours");
            pages.put("评选表彰 commendations", "/commendations");
            pages.put("素质提升 dashboard (chart)", "/training");
            List<String> rows = new ArrayList<>();
            rows.add("| Page | first visit KB / requests | repeat visit KB / requests | first: usable / load s (400 kbit/s, 400 ms) | repeat: usable / load s |");
            rows.add("|---|---|---|---|---|");
            for (var page : pages.entrySet()) {
                double[] first = visit(browser, chrome, page.getValue(), true, false);
                double[] repeat = visit(browser, chrome, page.getValue(), false, false);
                double[] firstSlow = visit(browser, chrome, page.getValue(), true, true);
                double[] repeatSlow = visit(browser, chrome, page.getValue(), false, true);
                rows.add(String.format("| %s | %.1f / %.0f | %.1f / %.0f | %.1f / %.1f | %.1f / %.1f |", page.getKey(),
                        first[0] / 1024, first[1], repeat[0] / 1024, repeat[1], firstSlow[2], firstSlow[3],
                        repeatSlow[2], repeatSlow[3]));
            }
            System.out.println("[phone-benchmark]\n" + String.join("\n", rows));
        }
    }

    /** Bytes over the wire, requests that went to the network, seconds to DOMContentLoaded and to load. */
    private double[] visit(Browser browser, ChromeDriver chrome, String path, boolean cold, boolean slow) {
        chrome.executeCdpCommand("Network.enable", Map.of());
        // Measured without the service worker: what the HTTP cache and compression save (Resource Timing reports no
        // bytes for responses a service worker gives, and emulated throttling does not reach the worker's fetches).
        chrome.executeCdpCommand("Network.setBypassServiceWorker", Map.of("bypass", true));
        if (cold) {
            chrome.executeCdpCommand("Network.clearBrowserCache", Map.of());
            chrome.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", "http://localhost:" + port,
                    "storageTypes", "cache_storage"));
        }
        chrome.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false,
                "latency", slow ? 400 : 0, "downloadThroughput", slow ? 400_000 / 8 : -1,
                "uploadThroughput", slow ? 400_000 / 8 : -1));
        try {
            browser.go(path);
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            js.executeAsyncScript("var done = arguments[0]; if (document.readyState === 'complete') setTimeout(done, 300);"
                    + " else addEventListener('load', function () { setTimeout(done, 300); });");
            @SuppressWarnings("unchecked")
            List<Number> m = (List<Number>) js.executeScript("""
                    var nav = performance.getEntriesByType('navigation')[0];
                    var res = performance.getEntriesByType('resource');
                    var bytes = nav.transferSize, requests = 1;
                    res.forEach(function (r) { bytes += r.transferSize; if (r.transferSize > 0) requests++; });
                    return [bytes, requests, nav.domContentLoadedEventEnd / 1000, nav.loadEventEnd / 1000];""");
            return new double[] {m.get(0).doubleValue(), m.get(1).doubleValue(), m.get(2).doubleValue(),
                    m.get(3).doubleValue()};
        } finally {
            chrome.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 0,
                    "downloadThroughput", -1, "uploadThroughput", -1));
        }
    }
}
