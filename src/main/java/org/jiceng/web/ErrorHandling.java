package org.jiceng.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.StaleEditException;
import org.jiceng.shared.TooManyRequestsException;
import org.jiceng.shared.excel.SpreadsheetException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * The one place errors become answers: a {@link ProblemDetail} for the API, an error page for pages. Out of scope
 * and unknown are the same 404; a 500 never shows the exception's message.
 */
@ControllerAdvice
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    /** Unique indexes a user can run into, by name, with the field and message to show. */
    private static final Map<String, RuleViolationException.FieldError> UNIQUE_FIELDS = Map.of(
            "ux_people_id_number", new RuleViolationException.FieldError("idNumber", "身份证号已存在，不能重复登记"));

    @ExceptionHandler(NotFoundException.class)
    Object notFound(NotFoundException e, HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, "未找到", e.getMessage(), null);
    }

    @ExceptionHandler(RuleViolationException.class)
    Object ruleViolated(RuleViolationException e, HttpServletRequest request) {
        return answer(request, HttpStatus.UNPROCESSABLE_CONTENT, "数据不符合规则", e.getMessage(), e.fieldErrors());
    }

    @ExceptionHandler(SpreadsheetException.class)
    Object unreadableSpreadsheet(SpreadsheetException e, HttpServletRequest request) {
        return answer(request, HttpStatus.UNPROCESSABLE_CONTENT, "文件无法导入", e.getMessage(), null);
    }

    @ExceptionHandler(StaleEditException.class)
    Object stale(StaleEditException e, HttpServletRequest request) {
        return answer(request, HttpStatus.CONFLICT, "编辑冲突", e.getMessage(), null);
    }

    @ExceptionHandler(TooManyRequestsException.class)
    Object tooMany(TooManyRequestsException e, HttpServletRequest request) {
        return answer(request, HttpStatus.TOO_MANY_REQUESTS, "提交过于频繁", e.getMessage(), null);
    }

    @ExceptionHandler(AccessDeniedException.class)
    Object denied(AccessDeniedException e, HttpServletRequest request) {
        return answer(request, HttpStatus.FORBIDDEN, "无权操作", "您的角色无权进行此操作", null);
    }

    @ExceptionHandler(BindException.class)
    Object invalid(BindException e, HttpServletRequest request) {
        var errors = e.getFieldErrors().stream()
                .map(f -> new RuleViolationException.FieldError(f.getField(), fieldMessage(f)))
                .toList();
        return answer(request, HttpStatus.BAD_REQUEST, "输入有误", "请修改标出的项目", errors);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    Object invalidArguments(HandlerMethodValidationException e, HttpServletRequest request) {
        var errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> new RuleViolationException.FieldError(
                        r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList();
        return answer(request, HttpStatus.BAD_REQUEST, "输入有误", "请修改标出的项目", errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, "请求格式错误",
                "请求内容不是有效的 JSON，或字段类型不符（例如日期应为 yyyy-MM-dd，编号应为数字）", jsonFieldErrors(e));
    }

    /**
     * A unique rule the database kept when two requests raced past the service's own check (two creates of the same
     * ID number): a conflict naming the field, not a 500.
     */
    @ExceptionHandler(DuplicateKeyException.class)
    Object duplicate(DuplicateKeyException e, HttpServletRequest request) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage()).toLowerCase();
        var errors = UNIQUE_FIELDS.entrySet().stream().filter(u -> message.contains(u.getKey()))
                .map(Map.Entry::getValue).toList();
        return answer(request, HttpStatus.CONFLICT, "记录已存在",
                errors.isEmpty() ? "该记录已存在，可能刚由他人提交；请刷新后核对" : errors.get(0).message(), errors);
    }

    /** PostgreSQL refuses text it cannot store (a NUL character, SQL state 22021): the input was at fault. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    Object unstorable(DataIntegrityViolationException e, HttpServletRequest request) {
        if (e.getMostSpecificCause() instanceof java.sql.SQLException sql && "22021".equals(sql.getSQLState())) {
            return answer(request, HttpStatus.BAD_REQUEST, "请求格式错误", "提交的内容" + CleanJsonText.MESSAGE, null);
        }
        return unexpected(e, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, "参数错误", "参数 " + e.getName() + " 的值格式不正确",
                List.of(new RuleViolationException.FieldError(e.getName(), "格式不正确")));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return answer(request, HttpStatus.CONTENT_TOO_LARGE, "文件过大", "上传的文件超过 10 MB 上限，请拆分后再上传", null);
    }

    @ExceptionHandler(MultipartException.class)
    Object badUpload(MultipartException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, "上传失败", "未能读取上传的文件，请重新选择文件上传", null);
    }

    /** Spring's own request errors (unknown URL, wrong method, missing parameter) carry their status; others are 500. */
    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse response) {
            HttpStatusCode status = response.getStatusCode();
            String detail = switch (status.value()) {
                case 404 -> "页面或接口不存在";
                case 405 -> "不支持该请求方法";
                case 406, 415 -> "不支持的内容类型";
                default -> "请求无法处理：缺少或多余的参数";
            };
            return answer(request, status, "请求错误", detail, null);
        }
        if (DatabaseDown.isCause(e)) {
            log.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
            return answer(request, HttpStatus.SERVICE_UNAVAILABLE, DatabaseDown.TITLE, DatabaseDown.MESSAGE, null);
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return answer(request, HttpStatus.INTERNAL_SERVER_ERROR, "系统错误", "系统出现错误，请稍后重试；如仍有问题请联系系统管理员", null);
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/");
    }

    private static Object answer(HttpServletRequest request, HttpStatusCode status, String title, String detail,
                                 List<RuleViolationException.FieldError> errors) {
        if (isApi(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setTitle(title);
            if (errors != null && !errors.isEmpty()) {
                problem.setProperty("errors", errors);
            }
            var problemAnswer = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
            if (status.value() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
                problemAnswer.header("Retry-After", "30");
            }
            return problemAnswer.body(problem);
        }
        // While the database is down the ordinary page (menu, account) cannot be rendered: the plain one can.
        boolean down = status.value() == HttpStatus.SERVICE_UNAVAILABLE.value();
        ModelAndView page = new ModelAndView(down ? "error-plain" : "error", Map.of("status", status.value(), "title", title,
                "detail", detail, "errors", errors == null ? List.of() : errors));
        page.setStatus(status);
        return page;
    }

    /** The JSON field whose value could not be read, with what was wrong with it. */
    private static List<RuleViolationException.FieldError> jsonFieldErrors(HttpMessageNotReadableException e) {
        if (!(e.getCause() instanceof DatabindException bad) || bad.getPath().isEmpty()) {
            return null;
        }
        String field = bad.getPath().stream().map(r -> r.getPropertyName() != null ? r.getPropertyName()
                : String.valueOf(r.getIndex())).collect(java.util.stream.Collectors.joining("."));
        boolean text = bad instanceof InvalidFormatException f && f.getTargetType() == String.class;
        return List.of(new RuleViolationException.FieldError(field, text ? CleanJsonText.MESSAGE : "格式不正确"));
    }

    private static String fieldMessage(org.springframework.validation.FieldError f) {
        return f.isBindingFailure() ? "格式不正确" : f.getDefaultMessage();
    }
}
