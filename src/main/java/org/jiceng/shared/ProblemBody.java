package org.jiceng.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way a filter or an interceptor that answers before a controller (and so before the web module's error
 * handler) writes an RFC 9457 problem to the API: the same fields as the handler's {@code ProblemDetail}, written by
 * Jackson so that any text is escaped.
 */
public final class ProblemBody {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemBody() {
    }

    public static void write(HttpServletResponse response, int status, String title, String detail, String instance)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (instance != null) {
            body.put("instance", instance);
        }
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}
