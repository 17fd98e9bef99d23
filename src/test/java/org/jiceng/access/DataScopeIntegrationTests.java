package org.jiceng.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;

import org.jiceng.support.Fixtures;
import org.jiceng.support.JicengIntegrationTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Generated from the registered endpoints: every page and API endpoint that takes an object (a path variable, or the
 * {@code org}/{@code parent} query parameters of lists, searches and exports) answers 404 to every role asking for an
 * object outside its subtree — here, objects of a second county no demo account may see. An endpoint with a path
 * variable this test has no out-of-scope object for fails the test, so a new endpoint cannot skip its scope.
 */
@JicengIntegrationTest
class DataScopeIntegrationTests {

    static final List<String> ROLES = List.of("county", "hanfeng", "chengjiayuan", "dangyuan", "sysadmin",
            "security", "auditor");
    static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");
    /** Sample values of path variables that name no object of a subtree (code lists, settings). */
    static final Map<String, String> UNSCOPED_SAMPLES = Map.of("year", "2010", "listCode", "ETHNICITY", "code", "01",
            "settingKey", "security.lockout.minutes", "publicCode", "qishan-notice");

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    ScopeGuard guard;

    record Endpoint(HttpMethod method, String pattern) {
        boolean isApi() {
            return pattern.startsWith("/api/");
        }

        Set<String> variables() {
            Set<String> names = new TreeSet<>();
            Matcher m = VARIABLE.matcher(pattern);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    Map<String, Long> outsideObjects() {
        Map<String, Long> ids = new HashMap<>();
        ids.put("orgId", fixtures.outsideBranch);
        ids.put("org", fixtures.outsideBranch);
        ids.put("parent", fixtures.outsideTownship);
        ids.put("personId", fixtures.outsidePerson);
        ids.put("postId", fixtures.outsidePost);
        ids.put("cadreId", fixtures.outsideCadre);
        ids.put("reserveId", fixtures.outsideReserve);
        ids.put("importId", fixtures.outsideImport);
        ids.put("accountId", fixtures.outsideAccount);
        ids.put("auditId", fixtures.outsideAudit);
        ids.put("sessionId", fixtures.outsideSession);
        ids.put("meetingId", fixtures.outsideMeeting);
        ids.put("siteId", fixtures.outsideSite);
        ids.put("accountOrg", fixtures.outsideBranch);
        ids.put("schemeId", fixtures.outsideScheme);
        ids.put("campaignId", fixtures.outsideCampaign);
        ids.put("entryId", fixtures.outsideEntry);
        ids.put("evidenceId", fixtures.outsideEvidence);
        ids.put("objectionId", fixtures.outsideObjection);
        ids.put("targetId", fixtures.outsideTarget);
        ids.put("readingId", fixtures.outsideReading);
        ids.put("callId", fixtures.outsideCall);
        ids.put("nominationId", fixtures.outsideNomination);
        ids.put("flagId", fixtures.outsideFlag);
        ids.put("mobilityId", fixtures.outsideMobility);
        ids.put("talkId", fixtures.outsideTalk);
        ids.put("caseId", fixtures.outsideCase);
        ids.put("supportId", fixtures.outsideSupport);
        ids.put("documentId", fixtures.outsideDocument);
        ids.put("rewardId", fixtures.outsideReward);
        ids.put("ruleId", fixtures.outsideRewardRule);
        ids.put("payAccountId", fixtures.outsidePayAccount);
        ids.put("ledgerEntryId", fixtures.outsideLedgerEntry);
        ids.put("payRunId", fixtures.outsidePayRun);
        ids.put("payLineId", fixtures.outsidePayLine);
        ids.put("taskId", fixtures.outsideTask);
        ids.put("diaryId", fixtures.outsideDiary);
        ids.put("diaryFileId", fixtures.outsideDiaryFile);
        ids.put("designationId", fixtures.outsideDesignation);
        ids.put("supervisionId", fixtures.outsideSupervision);
        ids.put("periodId", fixtures.outsidePeriod);
        ids.put("summaryId", fixtures.outsideSummary);
        ids.put("letterId", fixtures.outsideLetter);
        ids.put("letterItemId", fixtures.outsideLetterItem);
        ids.put("copyId", fixtures.outsideLetterCopy);
        ids.put("tokenId", fixtures.outsideToken);
        return ids;
    }

    List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            if (!ScopeGuard.isJicengHandler(handler)) {
                return;
            }
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    endpoints.add(new Endpoint(HttpMethod.GET, pattern));
                }
                for (RequestMethod m : methods) {
                    endpoints.add(new Endpoint(HttpMethod.valueOf(m.name()), pattern));
                }
            }
        });
        return endpoints;
    }

    @Test
    void everyPathVariableOfEveryEndpointIsScopedOrDeclaredUnscoped() {
        Set<String> known = new TreeSet<>(outsideObjects().keySet());
        known.addAll(UNSCOPED_SAMPLES.keySet());
        List<String> uncovered = endpoints().stream()
                .flatMap(e -> e.variables().stream().filter(v -> !known.contains(v)).map(v -> e + " {" + v + "}"))
                .toList();
        assertThat(uncovered).as("path variables without a data-scope resolver and an out-of-scope fixture").isEmpty();
        assertThat(guard.scopedNames()).as("every name the guard resolves has an out-of-scope fixture here")
                .isSubsetOf(outsideObjects().keySet());
    }

    @TestFactory
    Stream<DynamicTest> objectsOutsideTheSubtreeAreNotFoundForEveryRole() {
        Map<String, Cookie> sessions = new HashMap<>();
        Map<String, Long> outside = outsideObjects();
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            Set<String> variables = endpoint.variables();
            boolean takesObject = variables.stream().anyMatch(outside::containsKey);
            boolean listLike = variables.isEmpty() && endpoint.method() == HttpMethod.GET;
            if (!takesObject && !listLike) {
                continue;
            }
            String uri = expand(endpoint.pattern(), outside) + (listLike
                    ? "?org=" + fixtures.outsideBranch + "&parent=" + fixtures.outsideTownship : "");
            tests.add(DynamicTest.dynamicTest(endpoint.toString(), () -> {
                for (String role : ROLES) {
                    int status = mvc.perform(as(role, endpoint, uri, sessions)).andReturn().getResponse().getStatus();
                    assertThat(status).as("%s as %s → %s", endpoint, role, uri).isEqualTo(404);
                }
            }));
        }
        assertThat(tests).as("endpoints that take an object").hasSizeGreaterThan(10);
        return tests.stream();
    }

    /** The control: the same requests inside the subtree are served, so the 404s above are about scope. */
    @Test
    void objectsInsideTheSubtreeAreServed() throws Exception {
        Map<String, Cookie> sessions = new HashMap<>();
        long township = fixtures.org("汉封乡");
        long person = fixtures.firstMemberOf("程家塬村");
        for (String uri : List.of("/orgs/" + township, "/api/v1/orgs/" + township, "/members/" + person,
                "/api/v1/members/" + person, "/members?org=" + township, "/api/v1/members?org=" + township)) {
            var endpoint = new Endpoint(HttpMethod.GET, uri);
            assertThat(mvc.perform(as("hanfeng", endpoint, uri, sessions)).andReturn().getResponse().getStatus())
                    .as(uri).isEqualTo(200);
        }
    }

    static String expand(String pattern, Map<String, Long> ids) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder uri = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = ids.containsKey(name) ? String.valueOf(ids.get(name)) : UNSCOPED_SAMPLES.get(name);
            m.appendReplacement(uri, Matcher.quoteReplacement(value));
        }
        m.appendTail(uri);
        return uri.toString();
    }

    MockHttpServletRequestBuilder as(String role, Endpoint endpoint, String uri, Map<String, Cookie> sessions)
            throws Exception {
        MockHttpServletRequestBuilder request = request(endpoint.method(), uri);
        if (endpoint.isApi()) {
            return request.with(httpBasic(role, Fixtures.PASSWORD));
        }
        Cookie session = sessions.get(role);
        if (session == null) {
            session = mvc.perform(formLogin("/login").user(role).password(Fixtures.PASSWORD)).andReturn()
                    .getResponse().getCookie("SESSION");
            assertThat(session).as("signed in as " + role).isNotNull();
            sessions.put(role, session);
        }
        return request.cookie(session).with(csrf());
    }
}
