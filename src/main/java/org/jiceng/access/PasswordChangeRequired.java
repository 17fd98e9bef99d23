package org.jiceng.access;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jiceng.shared.DataScope;
import org.jiceng.shared.ProblemBody;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A user signed in with a one-time password (new account, reset by the security administrator) must first choose
 * their own: pages lead to 我的账户, the API answers 403 — except the account endpoints themselves.
 */
@Component
class PasswordChangeRequired implements HandlerInterceptor {

    private final DataScope scope;
    private final PasswordChangeFlags accounts;

    PasswordChangeRequired(DataScope scope, PasswordChangeFlags accounts) {
        this.scope = scope;
        this.accounts = accounts;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (!(handler instanceof HandlerMethod method) || !ScopeGuard.isJicengHandler(method)) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/account") || path.startsWith("/account/") || path.equals("/api/v1/account") || path.startsWith("/api/v1/account/")
                || path.equals("/error") || path.equals("/login")) {
            return true;
        }
        var actor = scope.actor();
        if (actor.isEmpty() || !accounts.mustChange(actor.get().accountId())) {
            return true;
        }
        if (path.startsWith("/api/")) {
            ProblemBody.write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                    "请先修改一次性密码（POST /api/v1/account/password）", null);
        } else {
            response.sendRedirect(request.getContextPath() + "/account");
        }
        return false;
    }
}
