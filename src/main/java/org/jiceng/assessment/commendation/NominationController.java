package org.jiceng.assessment.commendation;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.assessment.AssessmentRoles;
import org.jiceng.organization.OrgTree;
import org.jiceng.organization.PersonRecords;
import org.jiceng.review.ReviewAction;
import org.jiceng.review.ReviewItem;
import org.jiceng.review.ReviewService;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 评选表彰 nomination pages: the nomination form of a call; a nomination with its 事迹, evidence, history and the
 * chain's actions; withdrawal and evidence upload.
 */
@Controller
@PreAuthorize(AssessmentRoles.KEEPERS)
class NominationController {

    private final CommendationService commendations;
    private final NominationService nominations;
    private final ReviewService review;
    private final PersonRecords records;
    private final OrgTree tree;
    private final DataScope scope;

    NominationController(CommendationService commendations, NominationService nominations, ReviewService review,
                         PersonRecords records, OrgTree tree, DataScope scope) {
        this.commendations = commendations;
        this.nominations = nominations;
        this.review = review;
        this.records = records;
        this.tree = tree;
        this.scope = scope;
    }

    @GetMapping("/commendations/{callId}/nominate")
    @PreAuthorize(CommendationApiController.NOMINATORS)
    String nominateForm(@PathVariable long callId, Model model) {
        return nominationForm(callId, model, Map.of(), null, "");
    }

    @PostMapping("/commendations/{callId}/nominations")
    @PreAuthorize(CommendationApiController.NOMINATORS)
    String nominate(@PathVariable long callId, @RequestParam(required = false) Long personId,
                    @RequestParam(required = false) String deeds,
                    @RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        if (personId == null) {
            // Nobody chosen: say so next to the field and keep what was typed, rather than look up nobody (a 404).
            model.addAttribute("problem", "请选择推荐的党员");
            return nominationForm(callId, model, Map.of("personId", "请选择推荐的党员"), null, deeds);
        }
        try {
            Nomination created = nominations.nominate(callId, personId, deeds);
            if (file != null && !file.isEmpty()) {
                nominations.addEvidence(created.id(), file.getOriginalFilename(), file.getBytes());
            }
            return "redirect:/nominations/" + created.id() + "?created";
        } catch (RuleViolationException e) {
            Map<String, String> errors = new HashMap<>();
            e.fieldErrors().forEach(f -> errors.put(f.field(), f.message()));
            model.addAttribute("problem", e.getMessage());
            return nominationForm(callId, model, errors, personId, deeds);
        }
    }

    private String nominationForm(long callId, Model model, Map<String, String> errors, Long personId, String deeds) {
        CommendationCall call = commendations.call(callId);
        model.addAttribute("call", call);
        model.addAttribute("members", records.membersInScope(2000));
        model.addAttribute("orgNames", new OrgNames(tree));
        model.addAttribute("errors", errors);
        model.addAttribute("personId", personId);
        model.addAttribute("deeds", deeds);
        return "assessment/nomination-form";
    }

    @GetMapping("/nominations/{nominationId}")
    String nomination(@PathVariable long nominationId, Model model) {
        Nomination n = nominations.nomination(nominationId);
        model.addAttribute("n", n);
        model.addAttribute("call", commendations.call(n.callId()));
        model.addAttribute("evidence", nominations.evidence(nominationId));
        model.addAttribute("history", review.history(n.itemId()));
        ReviewItem item = review.item(n.itemId());
        model.addAttribute("item", item);
        model.addAttribute("actions", List.of(ReviewAction.SUBMIT, ReviewAction.REVIEW, ReviewAction.APPROVE,
                ReviewAction.PUBLICIZE, ReviewAction.FINALIZE));
        model.addAttribute("role", scope.requireActor().role().name());
        return "assessment/nomination-detail";
    }

    @PostMapping("/nominations/{nominationId}/act")
    String act(@PathVariable long nominationId, @RequestParam ReviewAction action,
               @RequestParam(required = false) Long version, @RequestParam(required = false) String reason,
               RedirectAttributes redirect) {
        try {
            nominations.act(nominationId, action, version, reason);
            redirect.addFlashAttribute("notice", "已" + action.label());
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", CommendationController.message(e));
        }
        return "redirect:/nominations/" + nominationId;
    }

    @PostMapping("/nominations/{nominationId}/withdraw")
    @PreAuthorize(CommendationApiController.NOMINATORS)
    String withdraw(@PathVariable long nominationId, RedirectAttributes redirect) {
        long callId = nominations.nomination(nominationId).callId();
        try {
            nominations.withdraw(nominationId);
            redirect.addFlashAttribute("notice", "推荐已撤回");
            return "redirect:/commendations/" + callId;
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", CommendationController.message(e));
            return "redirect:/nominations/" + nominationId;
        }
    }

    @PostMapping("/nominations/{nominationId}/evidence")
    @PreAuthorize(CommendationApiController.NOMINATORS)
    String upload(@PathVariable long nominationId, @RequestParam(required = false) MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        try {
            nominations.addEvidence(nominationId, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes());
            redirect.addFlashAttribute("notice", "已上传佐证材料");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", CommendationController.message(e));
        }
        return "redirect:/nominations/" + nominationId;
    }

    /** Short names of orgs for the member picker, looked up once each. */
    static final class OrgNames {
        private final OrgTree tree;
        private final Map<Long, String> names = new HashMap<>();

        OrgNames(OrgTree tree) {
            this.tree = tree;
        }

        public String of(long orgId) {
            return names.computeIfAbsent(orgId, tree::label);
        }
    }
}
