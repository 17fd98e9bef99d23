package org.jiceng.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** A member of the public before an objection: asks for the human check (page or API) and works out the answer. */
public final class PublicObjections {

    private static final Pattern SUM = Pattern.compile("(\\d+) 加 (\\d+) 等于几");

    /** The visitor's session and the answer to the question asked in it. */
    public record Checked(Cookie session, String answer) {
    }

    private PublicObjections() {
    }

    public static Checked onPage(MockMvc mvc, String code) throws Exception {
        return checked(mvc.perform(get("/public/notices/" + code)).andReturn());
    }

    public static Checked onApi(MockMvc mvc, String code) throws Exception {
        return checked(mvc.perform(get("/api/v1/public/notices/" + code + "/objection-check")).andReturn());
    }

    static String answer(String question) {
        Matcher m = SUM.matcher(question);
        assertThat(m.find()).as("a sum in " + question).isTrue();
        return String.valueOf(Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2)));
    }

    private static Checked checked(MvcResult result) throws Exception {
        Cookie session = result.getResponse().getCookie("SESSION");
        assertThat(session).as("a session for the check").isNotNull();
        return new Checked(session, answer(result.getResponse().getContentAsString()));
    }
}
