package org.jiceng.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What one request has read, kept for the rest of it, so that the parts of a page asking for the same thing (the scope
 * guard, the service and the page asking for one org; the workbench's sources asking for one review desk) read it once.
 * Outside a request nothing is kept. Each user says when its reads may be kept and forgets them after its writes.
 */
public final class RequestMemo {

    private RequestMemo() {
    }

    /**
     * A figure read once per read-only request (GET or HEAD). Anything else (a write, no request) computes every time,
     * so nothing read before a write is served after it.
     */
    @SuppressWarnings("unchecked")
    public static <T> T once(String key, Supplier<T> compute) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)
                || !("GET".equals(request.getRequest().getMethod()) || "HEAD".equals(request.getRequest().getMethod()))) {
            return compute.get();
        }
        Map<String, Object> known = table(RequestMemo.class.getName(), true);
        Object value = known.get(key);
        if (value == null) { // not computeIfAbsent: the computation may ask for another figure
            value = compute.get();
            known.put(key, value);
        }
        return (T) value;
    }

    /**
     * The request's table called {@code name}, or a throw-away one when there is no request or {@code keep} is false
     * (what is put in it is then forgotten at once).
     */
    @SuppressWarnings("unchecked")
    public static <K, V> Map<K, V> table(String name, boolean keep) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null || !keep) {
            return new HashMap<>();
        }
        Object known = request.getAttribute(name, RequestAttributes.SCOPE_REQUEST);
        if (known == null) {
            known = new HashMap<K, V>();
            request.setAttribute(name, known, RequestAttributes.SCOPE_REQUEST);
        }
        return (Map<K, V>) known;
    }

    /** After a write: the request's table called {@code name} is read again. */
    public static void forget(String name) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(name, RequestAttributes.SCOPE_REQUEST);
        }
    }
}
