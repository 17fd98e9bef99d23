package org.jiceng.shared;

import java.util.function.Supplier;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A figure read once per read-only request (GET or HEAD), when several parts of one page ask for the same thing — the
 * workbench's sources reading the same review desk, for one. Anything else (a write, no request) computes every time,
 * so nothing read before a write is served after it.
 */
public final class RequestMemo {

    private RequestMemo() {
    }

    @SuppressWarnings("unchecked")
    public static <T> T once(String key, Supplier<T> compute) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)
                || !("GET".equals(request.getRequest().getMethod()) || "HEAD".equals(request.getRequest().getMethod()))) {
            return compute.get();
        }
        String name = RequestMemo.class.getName() + "." + key;
        Object known = request.getAttribute(name, RequestAttributes.SCOPE_REQUEST);
        if (known == null) {
            known = compute.get();
            request.setAttribute(name, known, RequestAttributes.SCOPE_REQUEST);
        }
        return (T) known;
    }
}
