package org.jiceng.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Builds pagination links that keep the list's filters and sort ({@code @pageLinks} in templates). */
@Component("pageLinks")
public class PageLinks {

    /** The list's path with the current request's filters and page {@code page}. */
    public String href(String path, int page) {
        String contextPath = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? a.getRequest().getContextPath() : "";
        return contextPath + path + toPage(page);
    }

    /** "?filters...&page=N" for the current request. */
    public String toPage(int page) {
        StringBuilder query = new StringBuilder("?");
        for (Map.Entry<String, String> p : otherParams()) {
            query.append(encode(p.getKey())).append('=').append(encode(p.getValue())).append('&');
        }
        return query.append("page=").append(Math.max(1, page)).toString();
    }

    /** The current request's parameters except the page number. */
    public List<Map.Entry<String, String>> otherParams() {
        List<Map.Entry<String, String>> params = new ArrayList<>();
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            request.getParameterMap().forEach((name, values) -> {
                if (!"page".equals(name) && !name.startsWith("_")) {
                    for (String value : values) {
                        if (value != null && !value.isEmpty()) {
                            params.add(new SimpleEntry<>(name, value));
                        }
                    }
                }
            });
        }
        return params;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
