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
 * Answers uploads over the size limit before anything reads the body (the CSRF check would otherwise fail on the
 * unreadable multipart request): the API gets a 413 ProblemDetail, a page is sent back to its form with
 * {@code ?tooLarge}, where the form says the file is too large. Uploads without a declared length that turn out too
 * large are caught the same way.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UploadLimitFilter extends OncePerRequestFilter {

    static final String MESSAGE = "上传的文件超过 10 MB 上限，请拆分后再上传";

    private final long maxRequestBytes;

    UploadLimitFilter(@Value("${spring.servlet.multipart.max-request-size:11MB}") DataSize maxRequestSize) {
        this.maxRequestBytes = maxRequestSize.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase().startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxRequestBytes) {
            tooLarge(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            if (!isSizeLimit(e) || response.isCommitted()) {
                throw e;
            }
            response.reset();
            tooLarge(request, response);
        }
    }

    private static void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (ErrorHandling.isApi(request)) {
            ProblemBody.write(response, 413, "文件过大", MESSAGE, path);
        } else {
            // Back to the form on this site: a path such as //evil.example/x must not become a redirect elsewhere.
            response.setStatus(303);
            response.setHeader("Location", request.getContextPath() + "/" + path.replaceFirst("^[/\\\\]+", "")
                    + "?tooLarge");
        }
    }

    private static boolean isSizeLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.equals("FileSizeLimitExceededException") || name.equals("SizeLimitExceededException")
                    || t instanceof org.springframework.web.multipart.MaxUploadSizeExceededException) {
                return true;
            }
        }
        return false;
    }
}
