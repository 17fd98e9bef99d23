package org.jiceng.assessment.campaign;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.assessment.AssessmentRoles;
import org.jiceng.assessment.engine.Indicator;
import org.jiceng.assessment.engine.Scheme;
import org.jiceng.organization.OrgTree;
import org.jiceng.review.ReviewStage;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.StaleEditException;
import org.jiceng.shared.pdf.PdfDownload;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One entry on its pages: a branch fills its self-assessment on a phone (with evidence), its score sheet on screen
 * and as PDF; the township reviews its villages in one grid, a row at a time.
 */
@Controller
@PreAuthorize(AssessmentRoles.KEEPERS)
class CampaignEntryController {

    private final CampaignService campaigns;
    private final CampaignEvidence evidence;
    private final OrgTree tree;
    private final Clock clock;
    private final EntryPeople people;
    private final DataScope scope;

    CampaignEntryController(CampaignService campaigns, CampaignEvidence evidence, OrgTree tree, DataScope scope,
                            Clock clock, EntryPeople people) {
        this.campaigns = campaigns;
        this.evidence = evidence;
        this.tree = tree;
        this.scope = scope;
        this.clock = clock;
        this.people = people;
    }

    @GetMapping("/campaign-entries/{entryId}")
    String entry(@PathVariable long entryId, Model model) {
        CampaignEntry entry = campaigns.entry(entryId);
        return entryPage(entry, campaigns.scores(entryId), null, new BeanPropertyBindingResult(entry, "form"), model);
    }

    @PostMapping("/campaign-entries/{entryId}")
    String saveSelf(@PathVariable long entryId, @ModelAttribute("scores") ScoreForm form,
                    @RequestParam(required = false) String submit, Model model, RedirectAttributes redirect) {
        CampaignEntry entry = campaigns.entry(entryId);
        BindingResult result = new BeanPropertyBindingResult(entry, "form");
        try {
            campaigns.saveSelf(entryId, form, submit != null);
            redirect.addFlashAttribute("notice", submit != null ? "已提交乡镇审核" : "已保存草稿");
            return "redirect:/campaign-entries/" + entryId;
        } catch (RuleViolationException e) {
            e.fieldErrors().forEach(f -> result.reject(f.field(), f.message()));
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("fieldErrors", fieldErrors(e));
        } catch (StaleEditException e) {
            model.addAttribute("problem", e.getMessage());
        }
        return entryPage(entry, campaigns.scores(entryId), form, result, model);
    }

    private static Map<String, String> fieldErrors(RuleViolationException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.fieldErrors().forEach(f -> errors.merge(f.field(), f.message(), (a, b) -> a + "；" + b));
        return errors;
    }

    private String entryPage(CampaignEntry entry, Map<String, EntryScore> scores, ScoreForm typed,
                             BindingResult result, Model model) {
        Campaign campaign = campaigns.campaign(entry.campaignId());
        Scheme scheme = campaigns.scheme(campaign);
        model.addAttribute("campaign", campaign);
        model.addAttribute("entry", campaigns.ranked(entry));
        model.addAttribute("scheme", scheme);
        List<Indicator> leaves = ScoreInputs.leaves(scheme);
        model.addAttribute("leaves", leaves);
        model.addAttribute("leafNames", leaves.stream().collect(java.util.stream.Collectors.toMap(Indicator::code,
                Indicator::name, (a, b) -> a)));
        model.addAttribute("scores", scores);
        model.addAttribute("typed", typed);
        model.addAttribute("sheet", campaigns.sheet(entry));
        var history = campaigns.history(entry);
        var files = evidence.evidence(entry.id());
        model.addAttribute("history", history);
        model.addAttribute("evidence", files);
        model.addAttribute("names", people.of(scores, history, files));
        model.addAttribute("path", tree.path(entry.orgId()));
        model.addAttribute("editable", entry.stage() == ReviewStage.DRAFT
                && scope.requireActor().role().keepsRegister());
        model.addAttribute("bands", scheme.bands());
        model.addAttribute("bound", campaigns.boundMetrics(campaign));
        model.addAttribute("data", entry.stage() == ReviewStage.DRAFT ? campaigns.dataInputs(entry) : Map.of());
        model.addAttribute("canRun", campaigns.canRun(campaign));
        if (!model.containsAttribute("fieldErrors")) {
            model.addAttribute("fieldErrors", Map.of());
        }
        return "assessment/campaign-entry";
    }

    @GetMapping("/campaign-entries/{entryId}/sheet")
    String sheet(@PathVariable long entryId, Model model) {
        CampaignEntry entry = campaigns.entry(entryId);
        model.addAttribute("campaign", campaigns.campaign(entry.campaignId()));
        model.addAttribute("entry", entry);
        Map<String, EntryScore> scores = campaigns.scores(entryId);
        model.addAttribute("scores", scores);
        model.addAttribute("names", people.of(scores, List.of(), List.of()));
        model.addAttribute("sheet", campaigns.sheet(entry));
        return "assessment/campaign-sheet";
    }

    @GetMapping("/campaign-entries/{entryId}/sheet.pdf")
    ResponseEntity<byte[]> sheetPdf(@PathVariable long entryId) {
        CampaignEntry entry = campaigns.ranked(campaigns.entry(entryId));
        Campaign campaign = campaigns.campaign(entry.campaignId());
        return PdfDownload.of(entry.label() + "评分表", CampaignPdfs.sheet(campaign, entry, campaigns.sheet(entry),
                campaigns.scores(entryId), campaigns.history(entry), people, clock));
    }

    @GetMapping("/campaigns/{campaignId}/grid")
    @PreAuthorize(AssessmentRoles.OFFICERS)
    String grid(@PathVariable long campaignId, @RequestParam(required = false) Long org, Model model) {
        Campaign campaign = campaigns.campaign(campaignId);
        long township = org == null ? scope.requireActor().orgId() : org;
        Scheme scheme = campaigns.scheme(campaign);
        List<CampaignEntry> entries = campaigns.entries(campaign, township);
        Map<Long, Map<String, EntryScore>> scores = campaigns.scoresOf(entries);
        List<Indicator> leaves = ScoreInputs.leaves(scheme);
        model.addAttribute("campaign", campaign);
        model.addAttribute("township", tree.find(township).orElseThrow());
        model.addAttribute("leaves", leaves);
        model.addAttribute("rows", entries.stream()
                .map(e -> GridRow.of(e, leaves, scores.getOrDefault(e.id(), Map.of()), null, Map.of())).toList());
        return "assessment/campaign-grid";
    }

    @PostMapping("/campaign-entries/{entryId}/review")
    @PreAuthorize(AssessmentRoles.OFFICERS)
    String saveReview(@PathVariable long entryId, @ModelAttribute("scores") ScoreForm form,
                      @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                      RedirectAttributes redirect) {
        CampaignEntry entry = campaigns.entry(entryId);
        String problem = null;
        Map<String, String> errors = Map.of();
        try {
            entry = campaigns.saveReview(entryId, form);
        } catch (RuleViolationException e) {
            problem = e.getMessage();
            errors = fieldErrors(e);
        } catch (StaleEditException e) {
            problem = e.getMessage();
        }
        if (htmx == null) {
            redirect.addFlashAttribute(problem == null ? "notice" : "problem",
                    problem == null ? "已保存" + entry.label() + "的审核评分" : entry.label() + "：" + problem
                            + (errors.isEmpty() ? "" : "（" + String.join("；", errors.values()) + "）"));
            return "redirect:/campaigns/" + entry.campaignId() + "/grid?org=" + entry.townshipId();
        }
        Campaign campaign = campaigns.campaign(entry.campaignId());
        model.addAttribute("r", GridRow.of(problem == null ? entry : campaigns.entry(entryId),
                ScoreInputs.leaves(campaigns.scheme(campaign)), campaigns.scores(entryId),
                problem == null ? null : form, errors));
        model.addAttribute("reason", problem == null ? "" : form.reason());
        model.addAttribute("rowProblem", problem);
        model.addAttribute("saved", problem == null);
        return "assessment/campaign-grid :: row";
    }
}
