package org.jiceng.access;

import jakarta.servlet.http.HttpSession;

import org.jiceng.configuration.Settings;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page, with the reason of a failed attempt in plain Chinese and the lockout rules as set. */
@Controller
class LoginController {

    private final Settings settings;

    LoginController(Settings settings) {
        this.settings = settings;
    }

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        model.addAttribute("lockAfter", settings.intValue(Settings.LOCKOUT_MAX_FAILURES));
        model.addAttribute("lockMinutes", settings.intValue(Settings.LOCKOUT_MINUTES));
        Object error = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (error instanceof AuthenticationException e) {
            model.addAttribute("loginError", SecurityConfig.signInMessage(e));
        } else {
            model.addAttribute("loginError", SecurityConfig.signInMessage(null));
        }
        return "login";
    }
}
