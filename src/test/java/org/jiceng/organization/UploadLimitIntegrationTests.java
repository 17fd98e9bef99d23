package org.jiceng.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Uploads over the 10 MB limit, through the real server (the limit is the servlet container's): the upload page
 * again with a clear Chinese message next to the file field, a 413 ProblemDetail from the API, and nothing written.
 */
@JicengIntegrationTest
class UploadLimitIntegrationTests {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"|name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    final byte[] oversized = new byte[11 * 1024 * 1024];

    @Test
    void theApiAnswers413WithAProblemDetail() throws Exception {
        long before = imports();
        String auth = Base64.getEncoder().encodeToString(("hanfeng:" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(multipart(
                "/api/v1/member-imports?org=" + fixtures.org("汉封乡")).header("Authorization", "Basic " + auth)
                .header("X-Requested-With", "script").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"status\":413").contains("超过 10 MB");
        assertThat(imports()).isEqualTo(before);
    }

    @Test
    void thePageShowsAClearMessage() throws Exception {
        long before = imports();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String login = browser.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
        String form = "username=hanfeng&password=" + URLEncoder.encode(Fixtures.PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + csrf(login);
        browser.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String page = browser.send(get("/imports"), HttpResponse.BodyHandlers.ofString()).body();

        HttpResponse<String> response = browser.send(multipart("/imports?_csrf=" + csrf(page)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.uri().getPath()).isEqualTo("/imports");
        String problem = response.body().substring(response.body().indexOf("id=\"upload-problem\""));
        assertThat(problem.substring(0, problem.indexOf("</div>"))).contains("上传的文件超过 10 MB 上限");
        assertThat(imports()).isEqualTo(before);
    }

    private HttpRequest.Builder multipart(String path) {
        String boundary = "limit" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"org\"\r\n\r\n" + fixtures.org("汉封乡")
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.xlsx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, oversized, tail)));
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("csrf token in page").isTrue();
        return URLEncoder.encode(m.group(1) != null ? m.group(1) : m.group(2), StandardCharsets.UTF_8);
    }

    private long imports() {
        return jdbc.sql("SELECT COUNT(*) FROM member_imports").query(Long.class).single();
    }
}
