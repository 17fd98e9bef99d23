package org.jiceng.assessment.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.assessment.AssessmentRoles;
import org.jiceng.assessment.engine.SubjectKind;
import org.jiceng.organization.OrgTree;
import org.jiceng.review.ReviewProcess;
import org.jiceng.review.ReviewService;
import org.jiceng.review.ReviewStage;
import org.jiceng.review.StageCount;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.FormErrors;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.pdf.PdfDownload;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 考核评定 pages: the county opens a campaign and follows it by township and stage, and prints its 公示. A branch's
 * self-assessment and the township's grid are in {@link CampaignEntryController}, the steps through the review chain
 * in {@link CampaignStepController}, the results in {@link CampaignResultsController}.
 */
@Controller
@PreAuthorize(AssessmentRoles.KEEPERS)
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
    @PreAuthorize(AssessmentRoles.OFFICERS)
    String newCampaign(Model model) {
        model.addAttribute("form", CampaignForm.blank());
        return newPage(model);
    }

    @PostMapping("/campaigns")
    @PreAuthorize(AssessmentRoles.OFFICERS)
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

    @GetMapping("/campaigns/{campaignId}/notice.pdf")
    @PreAuthorize(AssessmentRoles.OFFICERS)
    ResponseEntity<byte[]> noticePdf(@PathVariable long campaignId) {
        Campaign campaign = campaigns.campaign(campaignId);
        return PdfDownload.of(campaign.name() + "公示", CampaignPdfs.notice(
                campaigns.publicNotice(campaigns.process(campaign).publicCode()), clock));
    }
}
