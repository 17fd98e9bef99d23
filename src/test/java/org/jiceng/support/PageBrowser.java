package org.jiceng.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed-in browser without script, over real HTTP (the servlet container's own limits and error pages take part):
 * it keeps the session cookie, reads CSRF tokens from pages and posts forms as a browser would.
 */
public final class PageBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:content|value)=\"([^\"]+)\"");

    private final int port;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    private PageBrowser(int port) {
        this.port = port;
    }

    /** A browser signed in as the user with the fixtures' password. */
    public static PageBrowser signedIn(int port, String username) throws Exception {
        PageBrowser browser = new PageBrowser(port);
        String login = browser.get("/login").body();
        HttpResponse<String> answer = browser.post("/login", "username=" + username + "&password="
                + URLEncoder.encode(Fixtures.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf(login));
        assertThat(answer.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return browser;
    }

    public HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a url-encoded form body as is (the caller adds {@code _csrf}). */
    public HttpResponse<String> post(String path, String form) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF token of the page at the path, url-encoded for a form body. */
    public String csrfOf(String path) throws Exception {
        return csrf(get(path).body());
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("csrf token in page").isTrue();
        return URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
    }
}
