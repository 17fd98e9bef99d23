package org.jiceng.assessment.campaign;

import java.util.function.Supplier;

import org.jiceng.assessment.AssessmentRoles;
import org.jiceng.review.Objection;
import org.jiceng.review.ReviewService;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.StaleEditException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A campaign's steps through the review chain on its pages: the township passes its villages, the county approves,
 * publishes the 公示, resolves objections and fixes the results, recomputes, returns an entry or records a 破格.
 */
@Controller
@PreAuthorize(AssessmentRoles.OFFICERS)
class CampaignStepController {

    private final CampaignService campaigns;
    private final ReviewService review;

    CampaignStepController(CampaignService campaigns, ReviewService review) {
        this.campaigns = campaigns;
        this.review = review;
    }

    @PostMapping("/campaigns/{campaignId}/pass")
    String pass(@PathVariable long campaignId, @RequestParam long org, RedirectAttributes redirect) {
        return step(campaignId, redirect, () -> "已审核通过并上报" + campaigns.passTownship(campaignId, org) + "个村",
                "/campaigns/" + campaignId + "/grid?org=" + org);
    }

    @PostMapping("/campaigns/{campaignId}/approve")
    String approve(@PathVariable long campaignId, @RequestParam(required = false) Long org, RedirectAttributes redirect) {
        return step(campaignId, redirect, () -> "已审定" + campaigns.approve(campaignId, org) + "个", null);
    }

    @PostMapping("/campaigns/{campaignId}/publicize")
    String publicize(@PathVariable long campaignId, RedirectAttributes redirect) {
        return step(campaignId, redirect, () -> "已公示" + campaigns.publicize(campaignId) + "个评定结果", null);
    }

    @PostMapping("/campaigns/{campaignId}/finalize")
    String finalizeResults(@PathVariable long campaignId, RedirectAttributes redirect) {
        return step(campaignId, redirect, () -> "已确定" + campaigns.finalizeResults(campaignId) + "个评定结果", null);
    }

    @PostMapping("/campaigns/{campaignId}/recompute")
    String recompute(@PathVariable long campaignId, RedirectAttributes redirect) {
        return step(campaignId, redirect, () -> {
            long start = System.nanoTime();
            int n = campaigns.recompute(campaignId);
            return "已重新计算" + n + "个评定对象（" + (System.nanoTime() - start) / 1_000_000 + " 毫秒）";
        }, null);
    }

    private String step(long campaignId, RedirectAttributes redirect, Supplier<String> action, String back) {
        try {
            redirect.addFlashAttribute("notice", action.get());
        } catch (RuleViolationException | StaleEditException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            if (e instanceof RuleViolationException r && !r.fieldErrors().isEmpty()) {
                redirect.addFlashAttribute("problems", r.fieldErrors().stream().map(f -> f.message()).toList());
            }
        }
        return "redirect:" + (back != null ? back : "/campaigns/" + campaignId);
    }

    @PostMapping("/campaign-entries/{entryId}/return")
    String returnEntry(@PathVariable long entryId, @RequestParam(required = false) Long version,
                       @RequestParam(required = false) String reason, @RequestParam(required = false) String back,
                       RedirectAttributes redirect) {
        CampaignEntry entry = campaigns.entry(entryId);
        try {
            campaigns.returnEntry(entryId, version, reason);
            redirect.addFlashAttribute("notice", "已退回" + entry.label() + "：" + reason);
        } catch (RuleViolationException | StaleEditException e) {
            redirect.addFlashAttribute("problem", entry.label() + "：" + e.getMessage());
        }
        return "redirect:" + ("grid".equals(back) ? "/campaigns/" + entry.campaignId() + "/grid?org=" + entry.townshipId()
                : "/campaign-entries/" + entryId);
    }

    @PostMapping("/campaign-entries/{entryId}/exception")
    String exception(@PathVariable long entryId, @RequestParam(required = false) String grade,
                     @RequestParam(required = false) String reason, @RequestParam(required = false) Long version,
                     RedirectAttributes redirect) {
        try {
            CampaignEntry after = campaigns.setException(entryId, grade, reason, version);
            redirect.addFlashAttribute("notice", after.exceptionGrade() == null ? "已取消破格"
                    : "已破格评定为" + after.exceptionGrade());
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", e.fieldErrors().isEmpty() ? e.getMessage()
                    : e.fieldErrors().get(0).message());
        } catch (StaleEditException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/campaign-entries/" + entryId;
    }

    // ---- objections

    @PostMapping("/objections/{objectionId}/resolve")
    String resolve(@PathVariable long objectionId, @RequestParam(required = false) String decision,
                   @RequestParam(required = false) String reason, @RequestParam(required = false) Long version,
                   @RequestParam long campaign, RedirectAttributes redirect) {
        try {
            Objection after = review.resolveObjection(objectionId, "uphold".equals(decision), reason, version);
            redirect.addFlashAttribute("notice", "异议已处理：" + after.status().label());
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", e.fieldErrors().isEmpty() ? e.getMessage()
                    : e.fieldErrors().get(0).message());
        } catch (StaleEditException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/campaigns/" + campaign + "#objections";
    }
}
