package org.jiceng.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a phone on a weak network gets over the wire: pages, JSON, CSS and scripts gzipped; CSS, scripts and webjars
 * under versioned URLs that a browser keeps for a year without asking again; an icon and a web app manifest.
 */
@JicengIntegrationTest
class StaticAssetsIntegrationTests {

    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/v/[0-9a-f]{10}/[^\"]+)\"");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void pagesLinkEveryAssetUnderAVersionedUrlKeptForAYear() throws Exception {
        HttpResponse<byte[]> page = get("/login");
        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String html = gunzip(page.body());
        assertThat(html).doesNotContain("href=\"/css/", "src=\"/js/", "src=\"/webjars/", "href=\"/webjars/");
        Matcher assets = ASSET.matcher(html);
        int count = 0;
        while (assets.find()) {
            count++;
            HttpResponse<byte[]> asset = get(assets.group(1));
            assertThat(asset.statusCode()).as(assets.group(1)).isEqualTo(200);
            String cache = asset.headers().firstValue("Cache-Control").orElse("");
            assertThat(cache).as(assets.group(1)).contains("max-age=31536000", "immutable").doesNotContain("no-store", "no-cache");
            if (assets.group(1).contains("/webjars/")) { // our own small files stay under the 1 KB threshold
                assertThat(asset.headers().firstValue("Content-Encoding")).as(assets.group(1)).hasValue("gzip");
            }
        }
        assertThat(count).as("stylesheets, scripts and icons of the sign-in page").isGreaterThanOrEqualTo(5);
    }

    @Test
    void theIconAndTheManifestAreThere() throws Exception {
        HttpResponse<byte[]> icon = get("/favicon.ico");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.body().length).isGreaterThan(100);
        assertThat(icon.headers().firstValue("Cache-Control").orElse("")).contains("max-age").doesNotContain("no-store");
        HttpResponse<byte[]> manifest = get("/manifest.webmanifest");
        assertThat(manifest.statusCode()).isEqualTo(200);
        assertThat(new String(manifest.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("\"short_name\": \"基层\"");
    }

    @Test
    void jsonIsCompressedToo() throws Exception {
        HttpResponse<byte[]> docs = get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gunzip(docs.body())).contains("\"openapi\"");
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Encoding", "gzip").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws Exception {
        try (var in = new GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
