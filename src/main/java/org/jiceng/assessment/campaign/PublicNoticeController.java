package org.jiceng.assessment.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.jiceng.assessment.commendation.CommendationService;
import org.jiceng.review.Objection;
import org.jiceng.review.ReviewService;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.TooManyRequestsException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public 公示 page of a campaign, without sign-in: names and grades only, and a form to lodge an objection (实名)
 * during the 公示 period, behind a human check and the per-source and per-notice limits. Reached by the code on the printed notice.
 */
@Controller
class PublicNoticeController {

    private final CampaignService campaigns;
    private final ReviewService review;
    private final CommendationService commendations;
    private final Clock clock;

    PublicNoticeController(CampaignService campaigns, ReviewService review, CommendationService commendations, Clock clock) {
        this.clock = clock;
        this.campaigns = campaigns;
        this.review = review;
        this.commendations = commendations;
    }

    /** The notice of a campaign or of a commendation call (MODEL_MEMBER), by its code. */
    private PublicNotice noticeOf(String code) {
        return commendations.publicNotice(code).orElseGet(() -> campaigns.publicNotice(code));
    }

    @GetMapping("/public/notices/{publicCode}")
    String notice(@PathVariable String publicCode, CsrfToken csrf, HttpSession session, Model model) {
        // The objection form's token lives in the session: make both now, as a long notice (a county's cadres)
        // commits the response before the form at its end is written, and a session can no longer be made then.
        csrf.getToken();
        return page(noticeOf(publicCode), Map.of(), Map.of(), session, model);
    }

    @PostMapping("/public/notices/{publicCode}/objections")
    String lodge(@PathVariable String publicCode, @RequestParam(required = false) Long itemId,
                 @RequestParam(required = false) String lodgedBy, @RequestParam(required = false) String contact,
                 @RequestParam(required = false) String content, @RequestParam(required = false) String check,
                 CsrfToken csrf, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        csrf.getToken();
        PublicNotice notice = noticeOf(publicCode);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("lodgedBy", lodgedBy);
        form.put("contact", contact);
        form.put("content", content);
        try {
            if (!ObjectionCheck.passes(request.getSession(), check)) {
                throw RuleViolationException.onField("check", ObjectionCheck.WRONG);
            }
            Objection o = review.lodgeObjection(publicCode, itemId == null ? -1 : itemId, lodgedBy, contact, content,
                    request.getRemoteAddr());
            redirect.addFlashAttribute("notice", "已收到您对" + o.itemLabel() + "的异议，县委组织部将核实处理");
            return "redirect:/public/notices/" + publicCode;
        } catch (RuleViolationException e) {
            Map<String, String> errors = new HashMap<>();
            e.fieldErrors().forEach(f -> errors.put(f.field(), f.message()));
            model.addAttribute("problem", errors.isEmpty() ? e.getMessage()
                    : "异议未提交：" + String.join("；", errors.values()));
            return page(notice, errors, form, request.getSession(), model);
        } catch (TooManyRequestsException e) {
            model.addAttribute("problem", e.getMessage());
            return page(notice, Map.of(), form, request.getSession(), model);
        }
    }

    private String page(PublicNotice notice, Map<String, String> errors, Map<String, String> form, HttpSession session,
                        Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("question", ObjectionCheck.ask(session));
        model.addAttribute("process", notice.process());
        model.addAttribute("modelMembers", CommendationService.KIND.equals(notice.process().kind()));
        model.addAttribute("owner", notice.owner());
        model.addAttribute("subject", notice.subject());
        model.addAttribute("rows", notice.rows());
        model.addAttribute("open", notice.openRows(today));
        model.addAttribute("today", today);
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        return "assessment/public-notice";
    }
}
