package org.jiceng.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import org.jiceng.shared.IdCardNumber;
import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.jiceng.support.Json;
import org.jiceng.support.PageBrowser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Bad input, sent as a careless client or an attacker would, is answered with a 4xx and a clear Chinese message — a
 * page or a ProblemDetail — never a 500, and nothing odd is stored.
 */
@JicengIntegrationTest
class BadInputIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    private static int sequence = 500;

    @Test
    void aTamperedCsrfTokenGetsA403PageInChinese() throws Exception {
        PageBrowser browser = PageBrowser.signedIn(port, "hanfeng");
        for (String token : List.of("tampered", "AAAA", "")) {
            HttpResponse<String> answer = browser.post("/members", "name=x&_csrf=" + token);
            assertThat(answer.statusCode()).as(token).isEqualTo(403);
            assertThat(answer.body()).as(token).contains("页面已过期").doesNotContain("无权");
        }
    }

    @Test
    void aNulInAnUploadedFileNameIsRefusedWith400() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM member_imports").query(Long.class).single();
        PageBrowser browser = PageBrowser.signedIn(port, "hanfeng");
        byte[] sheet = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/v1/member-imports/template.xlsx").with(httpBasic("hanfeng", Fixtures.PASSWORD)))
                .andReturn().getResponse().getContentAsByteArray();
        for (String name : List.of("filename=\"a\u0000b.xlsx\"", "filename*=UTF-8''a%00b.xlsx")) {
            HttpResponse<String> answer = upload(browser, name, sheet);
            assertThat(answer.statusCode()).as(name).isEqualTo(400);
            assertThat(answer.body()).as(name).contains("上传");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM member_imports").query(Long.class).single()).isEqualTo(before);
    }

    private HttpResponse<String> upload(PageBrowser browser, String fileName, byte[] sheet) throws Exception {
        String boundary = "nul" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; " + fileName
                + "\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(browser.uri("/api/v1/member-imports?org="
                        + fixtures.org("汉封乡"))).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString(("hanfeng:" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("X-Requested-With", "script")
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, sheet, tail))));
    }

    @Test
    void aNulOrALoneSurrogateInAJsonNameIsA400OnThatField() throws Exception {
        for (String name : List.of("张\\u0000三", "张\\ud800三")) {
            String body = Json.of(member(fixtures.org("关村村"), "占位")).replace("占位", name);
            mvc.perform(post("/api/v1/members").with(httpBasic("hanfeng", Fixtures.PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("name"))
                    .andExpect(jsonPath("$.errors[0].message").value("含有不允许的字符"));
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM people WHERE name LIKE '张%三' AND LENGTH(name) = 3")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aNonDateInTheMemberFormIsShownNextToTheField() throws Exception {
        PageBrowser browser = PageBrowser.signedIn(port, "hanfeng");
        String csrf = browser.csrfOf("/members/new?org=" + fixtures.org("关村村"));
        HttpResponse<String> answer = browser.post("/members", "orgId=" + fixtures.org("关村村")
                + "&name=%E6%97%A5%E6%9C%9F&gender=1&ethnicity=01&birthDate=%E5%8E%BB%E5%B9%B4&politicalStatus=FULL"
                + "&joinedOn=notadate&_csrf=" + csrf);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("日期格式不正确").contains("is-invalid").contains("value=\"日期\"");
    }

    @Test
    void aPageFormOverTwoMegabytesGetsA413PageInChinese() throws Exception {
        PageBrowser browser = PageBrowser.signedIn(port, "hanfeng");
        String csrf = browser.csrfOf("/members/new?org=" + fixtures.org("关村村"));
        HttpResponse<String> answer = browser.post("/members", "_csrf=" + csrf + "&address=" + "x".repeat(3 << 20));
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("提交的内容过大");
    }

    @Test
    void theLoserOfARaceForAnIdNumberIsToldItExists() throws Exception {
        MvcResult first = create(member(fixtures.org("关村村"), "竞争甲")).andReturn();
        long holder = Json.parse(first.getResponse().getContentAsString()).get("id").asLong();
        Map<String, Object> second = member(fixtures.org("关村村"), "竞争乙");
        // Another request holds the ID number in a transaction not yet committed: the create's check cannot see it.
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (var update = other.prepareStatement("UPDATE people SET id_number = ?, birth_date = ? WHERE id = ?")) {
                update.setString(1, (String) second.get("idNumber"));
                update.setObject(2, LocalDate.parse((String) second.get("birthDate")));
                update.setLong(3, holder);
                update.executeUpdate();
            }
            CompletableFuture<MvcResult> loser = CompletableFuture.supplyAsync(() -> {
                try {
                    return create(second).andReturn();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(400);
            other.commit();
            var response = loser.get().getResponse();
            assertThat(response.getStatus()).isEqualTo(409);
            assertThat(response.getContentAsString()).contains("idNumber").contains("身份证号已存在");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM people WHERE name = '竞争乙'").query(Long.class).single()).isZero();
    }

    private org.springframework.test.web.servlet.ResultActions create(Map<String, Object> body) throws Exception {
        return mvc.perform(post("/api/v1/members").with(httpBasic("hanfeng", Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(Json.of(body)));
    }

    private static Map<String, Object> member(long orgId, String name) {
        LocalDate birth = LocalDate.of(1975, 3, 1).plusDays(sequence++);
        return new java.util.HashMap<>(Map.of("orgId", orgId, "name", name, "gender", "1", "ethnicity", "01",
                "idNumber", IdCardNumber.compose("610322", birth, 311), "birthDate", birth.toString(),
                "politicalStatus", "NONE"));
    }
}
