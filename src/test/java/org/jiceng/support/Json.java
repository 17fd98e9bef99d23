package org.jiceng.support;

import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Small JSON helpers for API tests. */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    public static String of(Map<String, ?> values) {
        return MAPPER.writeValueAsString(values);
    }

    public static JsonNode parse(String body) {
        return MAPPER.readTree(body);
    }
}
