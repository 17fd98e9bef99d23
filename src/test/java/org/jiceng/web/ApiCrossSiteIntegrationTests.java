package org.jiceng.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;

import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.jiceng.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A page on another site cannot make a browser that cached HTTP Basic credentials write through the API: a
 * body-less, form or multipart POST without the X-Requested-With header is refused before the credentials are read;
 * scripts (JSON body, or the header) still work. An over-size upload to {@code //evil.example/x} is sent back to a
 * path on this site, never redirected to another.
 */
@JicengIntegrationTest
class ApiCrossSiteIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCrossSiteFormCannotPostToTheApiWithCachedBasicCredentials() throws Exception {
        long auditorId = jdbc.sql("SELECT id FROM accounts WHERE username = 'auditor'").query(Long.class).single();
        String basic = "Authorization: Basic " + Base64.getEncoder()
                .encodeToString(("security:" + Fixtures.PASSWORD).getBytes()) + "\r\n";
        String path = "/api/v1/accounts/" + auditorId + "/disable?version=0";
        for (String type : new String[] {"", "Content-Type: application/x-www-form-urlencoded\r\n",
                "Content-Type: text/plain\r\n", "Content-Type: multipart/form-data; boundary=x\r\n"}) {
            String answer = RawHttp.head(port, "POST " + path + " HTTP/1.1\r\nHost: localhost\r\n" + basic + type
                    + "Origin: https://evil.example\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            assertThat(answer).as(type).startsWith("HTTP/1.1 403");
        }
        assertThat(jdbc.sql("SELECT enabled FROM accounts WHERE id = ?").param(auditorId).query(Boolean.class)
                .single()).isTrue();

        String script = RawHttp.head(port, "GET /api/v1/accounts/" + auditorId + " HTTP/1.1\r\nHost: localhost\r\n"
                + basic + "Connection: close\r\n\r\n");
        assertThat(script).startsWith("HTTP/1.1 200");
        String withHeader = RawHttp.head(port, "POST /api/v1/accounts/999999999/disable HTTP/1.1\r\n"
                + "Host: localhost\r\n" + basic + "X-Requested-With: script\r\nContent-Length: 0\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(withHeader).startsWith("HTTP/1.1 404");
    }

    @Test
    void anOversizeUploadToADoubleSlashPathIsNotRedirectedOffSite() throws Exception {
        String answer = RawHttp.head(port, "POST //evil.example/x HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 50000000\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 303");
        assertThat(answer).doesNotContain("Location: //").doesNotContain("Location: http");
    }
}
