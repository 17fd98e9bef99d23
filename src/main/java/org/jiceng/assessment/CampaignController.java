package org.jiceng.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jiceng.organization.OrgTree;
import org.jiceng.review.Objection;
import org.jiceng.review.ReviewProcess;
import org.jiceng.review.ReviewService;
import org.jiceng.review.ReviewStage;
import org.jiceng.review.StageCount;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.FormErrors;
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
 * 考核评定 pages: the county opens a campaign and follows it by township and stage; a branch fills its self-assessment
 * on a phone with evidence; the township reviews its villages in one grid; the county approves, publishes the 公示,
 * resolves objections and fixes the results; the results with ranks and year-over-year movement, as a chart and Excel.
 */
@Controller
@PreAuthorize(CampaignController.KEEPERS)
class CampaignController {

    static final String KEEPERS = "hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER', 'BRANCH_SECRETARY')";
    static final String OFFICERS = "hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER')";
    static final String COUNTY = "hasRole('COUNTY_OFFICER')";

    private final CampaignService campaigns;
    private final ReviewService review;
    private final OrgTree tree;
    private final Clock clock;
    private final EntryPeople people;
    private final DataScope scope;

    CampaignController(CampaignService campaigns, ReviewService review, OrgTree tree, DataScope scope, Clock clock,
                       EntryPeople people) {
        this.people = people;
        this.clock = clock;
        this.campaigns = campaigns;
        this.review = review;
        this.tree = tree;
        this.scope = scope;
    }

    /** The campaigns in scope; with {@code subject}, only those judging it (the menu's 村干部考核). */
    @GetMapping("/campaigns")
    String list(@RequestParam(required = false) SubjectKind subject, Model model) {
        model.addAttribute("campaigns", campaigns.campaigns().stream()
                .filter(c -> subject == null || c.subject() == subject).toList());
        model.addAttribute("subject", subject);
        return "assessment/campaign-list";
    }

    @GetMapping("/campaigns/new")
    @PreAuthorize(OFFICERS)
    String newCampaign(Model model) {
        model.addAttribute("form", CampaignForm.blank());
        return newPage(model);
    }

    @PostMapping("/campaigns")
    @PreAuthorize(OFFICERS)
    String create(@ModelAttribute("form") CampaignForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Campaign created = campaigns.create(form);
                redirect.addFlashAttribute("notice", "已开展评定：" + created.name());
                return "redirect:/campaigns/" + created.id();
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            }
        }
        return newPage(model);
    }

    private String newPage(Model model) {
        model.addAttribute("schemes", campaigns.runnableSchemes());
        model.addAttribute("townships", tree.children(scope.requireActor().orgId()));
        return "assessment/campaign-new";
    }

    @GetMapping("/campaigns/{campaignId}")
    String detail(@PathVariable long campaignId, @RequestParam(required = false) Long org, Model model) {
        Campaign campaign = campaigns.campaign(campaignId);
        ReviewProcess process = campaigns.process(campaign);
        LocalDate today = LocalDate.now(clock);
        List<CampaignEntry> entries = campaigns.entries(campaign, org);
        model.addAttribute("campaign", campaign);
        model.addAttribute("process", process);
        model.addAttribute("canRun", campaigns.canRun(campaign));
        model.addAttribute("entries", entries);
        model.addAttribute("org", org);
        model.addAttribute("townships", townships(review.progress(process.id(), today)));
        model.addAttribute("stages", ReviewStage.values());
        model.addAttribute("overdue", review.overdue(process.id(), today));
        model.addAttribute("objections", review.objections(process.id()));
        model.addAttribute("today", today);
        return "assessment/campaign-detail";
    }

    /** Progress rows: one per township, counts per stage. */
    private List<TownshipProgress> townships(List<StageCount> counts) {
        Map<Long, TownshipProgress> rows = new LinkedHashMap<>();
        for (StageCount c : counts) {
            TownshipProgress row = rows.computeIfAbsent(c.reviewerOrgId(),
                    id -> new TownshipProgress(id, tree.label(id), new int[ReviewStage.values().length], new int[1]));
            row.counts()[c.stage().ordinal()] += c.count();
            row.overdue()[0] += c.overdue();
        }
        return new ArrayList<>(rows.values());
    }

    record TownshipProgress(long orgId, String name, int[] counts, int[] overdue) {
        public int total() {
            int n = 0;
            for (int c : counts) {
                n += c;
            }
            return n;
        }
    }

    @PostMapping("/campaigns/{campaignId}/pass")
    @PreAuthorize(OFFICERS)
    String pass(@PathVariable long campaignId, @RequestParam long org, RedirectAttributes redirect) {
        return step(campaignId, redirect, () -> "已审核通过并上报" + campaigns.passTownship(campaignId, org) + "个村",
                "/campaigns/" + campaignId + "/grid?org=" + org);
    }

    @PostMapping("/campaigns/{campaignId}/approve")
    @PreAuthorize(OFFICERS)
    String approve(@PathVariable long campaignId, @RequestParam(required = false) Long org, RedirectAttributes redirect) {
        return step(campaignId, redirect, () -> "已审定" + campaigns.approve(campaignId, org) + "个", null);
    }

    @PostMapping("/campaigns/{campaignId}/publicize")
    @PreAuthorize(OFFICERS)
    String publicize(@PathVariable long campaignId, RedirectAttributes redirect) {
        return step(campaignId, redirect, () -> "已公示" + campaigns.publicize(campaignId) + "个评定结果", null);
    }

    @PostMapping("/campaigns/{campaignId}/finalize")
    @PreAuthorize(OFFICERS)
    String finalizeResults(@PathVariable long campaignId, RedirectAttributes redirect) {
        return step(campaignId, redirect, () -> "已确定" + campaigns.finalizeResults(campaignId) + "个评定结果", null);
    }

    @PostMapping("/campaigns/{campaignId}/recompute")
    @PreAuthorize(OFFICERS)
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

    // ---- one entry: self-assessment, score sheet, history, evidence

    @GetMapping("/campaign-entries/{entryId}")
    String entry(@PathVariable long entryId, Model model) {
        CampaignEntry entry = campaigns.entry(entryId);
        return entryPage(entry, campaigns.scores(entryId), null, new BeanPropertyBindingResult(entry, "form"), model);
    }

    @PostMapping("/campaign-entries/{entryId}")
    String saveSelf(@PathVariable long entryId, @RequestParam Map<String, String> params, Model model,
                    RedirectAttributes redirect) {
        CampaignEntry entry = campaigns.entry(entryId);
        boolean submit = params.containsKey("submit");
        ScoreForm form = ScoreForm.fromParams(params);
        BindingResult result = new BeanPropertyBindingResult(entry, "form");
        try {
            campaigns.saveSelf(entryId, form, submit);
            redirect.addFlashAttribute("notice", submit ? "已提交乡镇审核" : "已保存草稿");
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
        List<Indicator> leaves = CampaignService.leaves(scheme);
        model.addAttribute("leaves", leaves);
        model.addAttribute("leafNames", leaves.stream().collect(java.util.stream.Collectors.toMap(Indicator::code,
                Indicator::name, (a, b) -> a)));
        model.addAttribute("scores", scores);
        model.addAttribute("typed", typed);
        model.addAttribute("sheet", campaigns.sheet(entry));
        var history = campaigns.history(entry);
        var evidence = campaigns.evidence(entry.id());
        model.addAttribute("history", history);
        model.addAttribute("evidence", evidence);
        model.addAttribute("names", people.of(scores, history, evidence));
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

    @GetMapping("/campaigns/{campaignId}/notice.pdf")
    @PreAuthorize(OFFICERS)
    ResponseEntity<byte[]> noticePdf(@PathVariable long campaignId) {
        Campaign campaign = campaigns.campaign(campaignId);
        return PdfDownload.of(campaign.name() + "公示", CampaignPdfs.notice(
                campaigns.publicNotice(campaigns.process(campaign).publicCode()), clock));
    }

    // ---- the township's grid

    @GetMapping("/campaigns/{campaignId}/grid")
    @PreAuthorize(OFFICERS)
    String grid(@PathVariable long campaignId, @RequestParam(required = false) Long org, Model model) {
        Campaign campaign = campaigns.campaign(campaignId);
        long township = org == null ? scope.requireActor().orgId() : org;
        Scheme scheme = campaigns.scheme(campaign);
        List<CampaignEntry> entries = campaigns.entries(campaign, township);
        Map<Long, Map<String, EntryScore>> scores = campaigns.scoresOf(entries);
        List<Indicator> leaves = CampaignService.leaves(scheme);
        model.addAttribute("campaign", campaign);
        model.addAttribute("township", tree.find(township).orElseThrow());
        model.addAttribute("leaves", leaves);
        model.addAttribute("rows", entries.stream()
                .map(e -> GridRow.of(e, leaves, scores.getOrDefault(e.id(), Map.of()), null, Map.of())).toList());
        return "assessment/campaign-grid";
    }

    @PostMapping("/campaign-entries/{entryId}/review")
    @PreAuthorize(OFFICERS)
    String saveReview(@PathVariable long entryId, @RequestParam Map<String, String> params,
                      @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                      RedirectAttributes redirect) {
        CampaignEntry entry = campaigns.entry(entryId);
        ScoreForm form = ScoreForm.fromParams(params);
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
                CampaignService.leaves(campaigns.scheme(campaign)), campaigns.scores(entryId),
                problem == null ? null : form, errors));
        model.addAttribute("reason", problem == null ? "" : form.reason());
        model.addAttribute("rowProblem", problem);
        model.addAttribute("saved", problem == null);
        return "assessment/campaign-grid :: row";
    }

    @PostMapping("/campaign-entries/{entryId}/return")
    @PreAuthorize(OFFICERS)
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
    @PreAuthorize(OFFICERS)
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
    @PreAuthorize(OFFICERS)
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
