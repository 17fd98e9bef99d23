package org.jiceng.web;

import org.jiceng.shared.ProblemBody;
import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A page form larger than the container reads (2 MB) is answered 413 with a Chinese page before anything asks for its
 * fields: otherwise the CSRF check finds no fields and the container's refusal surfaces as a 500.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 11)
class FormSizeFilter extends OncePerRequestFilter {

    static final String MESSAGE = "提交的内容过大（超过 %d MB），请删减后重新提交";

    private final long maxFormBytes;
    private final PlainErrorPage page;

    FormSizeFilter(@Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize maxFormSize, PlainErrorPage page) {
        this.maxFormBytes = maxFormSize.toBytes();
        this.page = page;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || type == null
                || !type.toLowerCase().startsWith("application/x-www-form-urlencoded");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > maxFormBytes) {
            refuse(request, response, 413, "内容过大", MESSAGE.formatted(Math.max(1, maxFormBytes >> 20)));
            return;
        }
        try {
            request.getParameterMap(); // the body is read here: one without a declared length may turn out too large
        } catch (IllegalStateException unreadable) {
            if (length < 0) {
                refuse(request, response, 413, "内容过大", MESSAGE.formatted(Math.max(1, maxFormBytes >> 20)));
            } else {
                refuse(request, response, 400, "请求格式错误", "无法读取提交的内容，请返回后重新填写提交");
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String title,
                        String detail) throws IOException {
        if (ErrorHandling.isApi(request)) {
            ProblemBody.write(response, status, title, detail, null);
        } else {
            page.write(request, response, status, title, detail);
        }
    }
}
