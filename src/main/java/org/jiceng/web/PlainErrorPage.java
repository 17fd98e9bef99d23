package org.jiceng.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The error page for answers given where the ordinary one cannot be rendered — before Spring MVC (a request too large
 * to read) or while the database is down (the menu, settings and account cannot be read): a Chinese page with no menu,
 * rendered without touching the database.
 */
@Component
public class PlainErrorPage {

    private final ITemplateEngine templates;

    PlainErrorPage(ITemplateEngine templates) {
        this.templates = templates;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, int status, String title,
                      String detail) throws IOException {
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response);
        var context = new WebContext(exchange, Locale.SIMPLIFIED_CHINESE,
                Map.of("status", status, "title", title, "detail", detail));
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        templates.process("error-plain", context, response.getWriter());
    }
}
