package org.jiceng.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/** Errors raised before any controller (unknown URLs, filters): a ProblemDetail for the API, a page otherwise. */
@Controller
class ErrorPages implements ErrorController {

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        String detail = switch (status.value()) {
            case 404 -> "页面或接口不存在";
            case 403 -> request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException
                    ? "页面已过期或表单无效，请返回、刷新页面后重新提交" : "您的角色无权进行此操作";
            case 401 -> "请先登录";
            case 413 -> "上传的文件超过 10 MB 上限，请拆分后再上传";
            default -> status.is4xxClientError() ? "请求无法处理" : "系统出现错误，请稍后重试";
        };
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null && uri.toString().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView page = new ModelAndView("error", Map.of("status", status.value(), "title", "出错了",
                "detail", detail, "errors", java.util.List.of()));
        page.setStatus(status);
        return page;
    }
}
