package org.jiceng.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.Cookie;

import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.jiceng.support.Json;
import org.jiceng.support.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** How many SQL statements the most used read-only pages send, and that none of them writes. */
@JicengIntegrationTest
class ReadPageStatementsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Test
    void theTownshipMemberListReadsLittleAndWritesNothing() throws Exception {
        Cookie session = signIn("hanfeng");
        String url = "/members?org=" + fixtures.org("汉封乡");
        page(session, url);
        var counted = StatementCounter.count(() -> page(session, url));
        report(url, counted.statements());
        assertThat(counted.statements()).noneMatch(ReadPageStatementsIntegrationTests::writes);
        // The session, the org with its path (which answers the scope), the count and the page; before the session was
        // read twice, the org twice more and the one-time password flag every time (9), then the org and the scope
        // were a statement each (5).
        assertThat(counted.count()).as(String.join("\n", counted.statements())).isLessThanOrEqualTo(4);
    }

    /**
     * A page that is not full is the last one, so its rows give the total: a search by a full name and the last page
     * of a list show the same total as a count would, without the count.
     */
    @Test
    void aLastPageShowsItsTotalWithoutCounting() throws Exception {
        Cookie session = signIn("hanfeng");
        String list = "/members?org=" + fixtures.org("汉封乡");
        String first = page(session, list).getResponse().getContentAsString();
        long total = Long.parseLong(match(first, "id=\"total\">(\\d+)<"));
        assertThat(total % 20).as("the township's last page is not full").isNotZero();
        String name = match(first, "<td data-label=\"姓名\"><a href=\"/members/\\d+\">([^<]+)</a>");

        String last = list + "&page=" + (total / 20 + 1);
        var lastPage = StatementCounter.count(() -> page(session, last));
        report(last, lastPage.statements());
        String lastHtml = page(session, last).getResponse().getContentAsString();
        assertThat(match(lastHtml, "id=\"total\">(\\d+)<")).isEqualTo(String.valueOf(total));
        assertThat(lastHtml.split("<td data-label=\"姓名\">", -1)).hasSize((int) (total % 20) + 1);
        assertThat(lastPage.statements()).as("no count").noneMatch(sql -> sql.contains("COUNT(*) FROM people"));

        String search = "/members?q=" + name; // MockMvc encodes the template
        var searched = StatementCounter.count(() -> page(session, search));
        report(search, searched.statements());
        String found = page(session, search).getResponse().getContentAsString();
        int rows = found.split("<td data-label=\"姓名\">", -1).length - 1;
        assertThat(rows).isBetween(1, 19);
        assertThat(found).contains("共 <span id=\"total\">" + rows + "</span> 人").contains(">" + name + "</a>");
        assertThat(searched.statements()).as("no count").noneMatch(sql -> sql.contains("COUNT(*) FROM people"));
        // The session, the org, the scope and the page (and the plan mode on PostgreSQL).
        assertThat(searched.count()).as(String.join("\n", searched.statements())).isLessThanOrEqualTo(5);

        // A search by one character: its page counts the matches in the same pass (one read of people), and the
        // total shown is the number of rows its pages hold, in the order of the names.
        String surname = "/members?q=" + name.substring(0, 1);
        var bySurname = StatementCounter.count(() -> page(session, surname));
        report(surname, bySurname.statements());
        assertThat(bySurname.statements()).as("reads of people")
                .filteredOn(sql -> sql.contains("FROM people")).hasSize(1);
        long shown = Long.parseLong(match(page(session, surname).getResponse().getContentAsString(),
                "id=\"total\">(\\d+)<"));
        List<String> listed = new java.util.ArrayList<>();
        for (long p = 1; p <= (shown + 19) / 20; p++) {
            var names = java.util.regex.Pattern.compile("<td data-label=\"姓名\"><a href=\"/members/\\d+\">([^<]+)</a>")
                    .matcher(page(session, surname + "&page=" + p).getResponse().getContentAsString());
            while (names.find()) {
                listed.add(names.group(1));
            }
        }
        assertThat(listed).hasSize((int) shown).hasSizeGreaterThanOrEqualTo(rows).isSorted();
    }

    private static String match(String html, String regex) {
        var m = java.util.regex.Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }

    @Test
    void aMembersPageReadsThePersonOnceAndItsSectionsTogether() throws Exception {
        Cookie session = signIn("hanfeng");
        String url = "/members/" + fixtures.firstMemberOf("程家塬村");
        page(session, url);
        var counted = StatementCounter.count(() -> page(session, url));
        report(url, counted.statements());
        assertThat(counted.statements()).noneMatch(ReadPageStatementsIntegrationTests::writes);
        // The session, the person (the scope guard reads it whole, the page takes it from the request), the branch's
        // path (which answers the scope too) and the page's sections in one statement; before the person was read
        // twice in full and twice in brief, and the party group, transfers, posts, honours and flags were a statement
        // each (14), and the scope was a statement of its own (5).
        assertThat(counted.count()).as(String.join("\n", counted.statements())).isLessThanOrEqualTo(4);
        assertThat(counted.statements()).as("the person is read once")
                .filteredOn(sql -> sql.contains("FROM people WHERE id = ?")).hasSize(1);
    }

    @Test
    void theApisMemberDetailReadsThePersonOnceAndWritesNothing() throws Exception {
        String token = Json.parse(mvc.perform(post("/api/v1/account/tokens").with(httpBasic("hanfeng", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(Json.of(Map.of("name", "读取脚本",
                                "expiresOn", LocalDate.now().plusDays(30).toString(), "readOnly", true))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("secret").asText();
        String url = "/api/v1/members/" + fixtures.firstMemberOf("程家塬村");
        Supplier<MvcResult> call = () -> perform(get(url).header("Authorization", "Bearer " + token));
        call.get();
        var counted = StatementCounter.count(call);
        report(url, counted.statements());
        assertThat(counted.statements()).noneMatch(ReadPageStatementsIntegrationTests::writes);
        assertThat(counted.statements()).as("the person is read once")
                .filteredOn(sql -> sql.contains("FROM people WHERE id = ?")).hasSize(1);
        // The token with its account, the person (read by the scope guard, taken from the request by the service)
        // and the scope; before the person was read twice.
        assertThat(counted.count()).as(String.join("\n", counted.statements())).isLessThanOrEqualTo(3);
    }

    @Test
    void theOtherBenchmarkPagesReadAtMostFiveStatementsAndWriteNothing() throws Exception {
        Cookie session = signIn("hanfeng");
        long hanfeng = fixtures.org("汉封乡");
        for (String url : List.of("/orgs", "/members?org=" + hanfeng + "&q=王", "/",
                "/training?org=" + hanfeng + "&year=2010", "/training/meetings/compliance?org=" + hanfeng + "&year=2010",
                "/training/hours?org=" + hanfeng + "&year=2010")) {
            page(session, url);
            var counted = StatementCounter.count(() -> page(session, url));
            report(url, counted.statements());
            assertThat(counted.statements()).as(url).noneMatch(ReadPageStatementsIntegrationTests::writes);
            // The session, the org with its path (which answers the scope and the breadcrumbs too), the page's own.
            assertThat(counted.count()).as(url + "\n" + String.join("\n", counted.statements())).isLessThanOrEqualTo(5);
        }
    }

    /**
     * The workbench of a township and of the county: what waits and the year's figures are kept per org until a write
     * in the county (47 statements for a township at first, 32, then 23; the county's 46-48, then 22), so a view reads
     * the session, the org's path, the register's figures and, for the county, the accounts waiting for confirmation
     * (kept apart: they are not a county's records). Nothing is written.
     */
    @Test
    void theWorkbenchReadsLittleAndWritesNothing() throws Exception {
        for (String user : List.of("hanfeng", "county")) {
            Cookie session = signIn(user);
            page(session, "/");
            var counted = StatementCounter.count(() -> page(session, "/"));
            report("/ (" + user + ")", counted.statements());
            assertThat(counted.statements()).as(user).noneMatch(ReadPageStatementsIntegrationTests::writes);
            assertThat(counted.count()).as(String.join("\n", counted.statements())).isLessThanOrEqualTo(5);
        }
    }

    /** Signs in through the form as a browser does and answers the session cookie. */
    private Cookie signIn(String username) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password(Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn();
        return result.getResponse().getCookie("SESSION");
    }

    private MvcResult page(Cookie session, String url) {
        return perform(get(url).cookie(session));
    }

    private MvcResult perform(MockHttpServletRequestBuilder request) {
        try {
            return mvc.perform(request).andExpect(status().isOk()).andReturn();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean writes(String sql) {
        String s = sql.strip().toUpperCase();
        return s.startsWith("INSERT") || s.startsWith("UPDATE") || s.startsWith("DELETE") || s.startsWith("MERGE")
                || s.contains("FOR UPDATE");
    }

    private static void report(String url, List<String> statements) {
        System.out.println("[statements] " + url + ": " + statements.size());
        statements.forEach(s -> System.out.println("[statements]   " + s.replaceAll("\\s+", " ")));
    }
}
