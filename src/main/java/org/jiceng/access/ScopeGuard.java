package org.jiceng.access;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.ScopedObjectResolver;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Checks, before any controller runs, every path variable and every scoped query parameter of the request against
 * the data scope: an object outside the user's subtree (or one that does not exist) answers 404. A path variable no
 * module has declared is a programming error and fails the request, so a new endpoint cannot skip its scope.
 */
@Component
class ScopeGuard implements HandlerInterceptor {

    /** Path variables that name no object (years, code-list names, setting keys). */
    /** Not objects of a subtree: a year, code-list and setting keys, and the code of a public notice (公示 is public). */
    /** A personal access token ({@code tokenId}) is looked up only among the caller's own or an already checked account's. */
    static final Set<String> UNSCOPED_PATH_VARIABLES = Set.of("year", "listCode", "code", "settingKey", "publicCode",
            "tokenId");

    static final String NOT_FOUND = "所请求的记录不存在，或不在您的管辖范围内";

    private final Map<String, LongFunction<Optional<ObjectOwner>>> owners = new HashMap<>();
    private final DataScope scope;

    ScopeGuard(List<ScopedObjectResolver> resolvers, DataScope scope) {
        this.scope = scope;
        resolvers.forEach(resolver -> resolver.owners().forEach((name, lookup) -> {
            if (owners.putIfAbsent(name, lookup) != null) {
                throw new IllegalStateException("two modules claim the request variable " + name);
            }
        }));
    }

    /** The variable names some module resolves (for the generated data-scope test). */
    Set<String> scopedNames() {
        return Set.copyOf(owners.keySet());
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !isJicengHandler(method)) {
            return true;
        }
        @SuppressWarnings("unchecked")
        var pathVariables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (pathVariables != null) {
            pathVariables.forEach((name, value) -> {
                if (owners.containsKey(name)) {
                    check(name, value);
                } else if (!UNSCOPED_PATH_VARIABLES.contains(name)) {
                    throw new IllegalStateException("path variable {" + name + "} has no data-scope resolver");
                }
            });
        }
        request.getParameterMap().forEach((name, values) -> {
            if (owners.containsKey(name) && (pathVariables == null || !pathVariables.containsKey(name))) {
                for (String value : values) {
                    if (value != null && !value.isBlank()) {
                        check(name, value);
                    }
                }
            }
        });
        return true;
    }

    /** Jiceng's own controllers; library endpoints (OpenAPI documents) name no objects of the register. */
    static boolean isJicengHandler(HandlerMethod method) {
        return method.getBeanType().getPackageName().startsWith("org.jiceng");
    }

    private void check(String name, String value) {
        long id;
        try {
            id = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new NotFoundException(NOT_FOUND);
        }
        Optional<ObjectOwner> owner = owners.get(name).apply(id);
        if (owner.isEmpty() || !scope.covers(owner.get())) {
            throw new NotFoundException(NOT_FOUND);
        }
    }
}
