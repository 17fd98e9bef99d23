package org.jiceng.assessment.campaign;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiceng.review.Objection;
import org.jiceng.review.ReviewService;
import org.jiceng.shared.RuleViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The public 公示 as JSON, without sign-in: names and grades; objections lodged by name and phone. */
@RestController
@Tag(name = "公示（公开）", description = "无需登录：公示名单（名称、等次）与实名异议")
class PublicNoticeApiController {

    private final CampaignService campaigns;
    private final ReviewService review;

    PublicNoticeApiController(CampaignService campaigns, ReviewService review) {
        this.campaigns = campaigns;
        this.review = review;
    }

    /** What the public sees. */
    record Notice(String title, String owner, java.util.List<PublicNotice.Row> rows) {
    }

    @GetMapping("/api/v1/public/notices/{publicCode}")
    @Operation(summary = "公示名单", description = "publicCode 见公示页面地址；仅名称与等次。")
    Notice notice(@PathVariable String publicCode) {
        PublicNotice notice = campaigns.publicNotice(publicCode);
        return new Notice(notice.process().title(), notice.owner(), notice.rows());
    }

    /**
     * An objection: which entry (itemId of a row), the lodger's name and phone, the facts and reasons, and the answer
     * to the human check asked in the same session.
     */
    record ObjectionRequest(Long itemId, String lodgedBy, String contact, String content, String check) {
    }

    /** The human check to answer before lodging: a question whose answer the session keeps. */
    record Check(String question) {
    }

    @GetMapping("/api/v1/public/notices/{publicCode}/objection-check")
    @Operation(summary = "异议验证题", description = "提出异议前获取验证题（答案保存在会话中，须携带返回的 SESSION Cookie 提交异议）。")
    Check check(@PathVariable String publicCode, HttpServletRequest request) {
        return new Check(ObjectionCheck.ask(request.getSession()));
    }

    /** What the lodger gets back: no other objection, no personal data. */
    record Lodged(long id, String itemLabel, String status) {
    }

    @PostMapping("/api/v1/public/notices/{publicCode}/objections")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "提出异议", description = "仅在公示期内；须填写姓名、联系电话、理由和验证题答案（check）。"
            + "同一来源和同一公示的异议数有上限，超出时返回 429。")
    Lodged lodge(@PathVariable String publicCode, @RequestBody ObjectionRequest body, HttpServletRequest request) {
        if (!ObjectionCheck.passes(request.getSession(), body.check())) {
            throw RuleViolationException.onField("check", ObjectionCheck.WRONG);
        }
        Objection o = review.lodgeObjection(publicCode, body.itemId() == null ? -1 : body.itemId(), body.lodgedBy(),
                body.contact(), body.content(), request.getRemoteAddr());
        return new Lodged(o.id(), o.itemLabel(), o.status().label());
    }
}
