package org.jiceng.assessment.commendation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.assessment.AssessmentRoles;
import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgTree;
import org.jiceng.organization.OrgType;
import org.jiceng.organization.PersonFlagKind;
import org.jiceng.review.ReviewAction;
import org.jiceng.review.ReviewService;
import org.jiceng.review.ReviewStage;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 评选表彰 pages: the list and the county's form to open a call; the call page with progress per township, the
 * nominations in scope with batch actions and the objections. A nomination's own pages are {@link NominationController}'s.
 */
@Controller
@PreAuthorize(AssessmentRoles.KEEPERS)
class CommendationController {

    private final CommendationService commendations;
    private final NominationService nominations;
    private final ReviewService review;
    private final OrgTree tree;
    private final DataScope scope;
    private final Clock clock;

    CommendationController(CommendationService commendations, NominationService nominations, ReviewService review,
                           OrgTree tree, DataScope scope, Clock clock) {
        this.clock = clock;
        this.commendations = commendations;
        this.nominations = nominations;
        this.review = review;
        this.tree = tree;
        this.scope = scope;
    }

    @GetMapping("/commendations")
    String list(Model model) {
        model.addAttribute("calls", commendations.calls());
        return "assessment/commendation-list";
    }

    @GetMapping("/commendations/new")
    @PreAuthorize(AssessmentRoles.COUNTY)
    String newCall(Model model) {
        return form(model, Map.of(), new HashMap<>(Map.of("year", String.valueOf(LocalDate.now(clock).getYear()),
                "publicityDays", "7")), Map.of(), List.of(PersonFlagKind.values()));
    }

    @PostMapping("/commendations")
    @PreAuthorize(AssessmentRoles.COUNTY)
    String create(@RequestParam Map<String, String> params,
                  @RequestParam(required = false) List<PersonFlagKind> ineligibleFlags, Model model) {
        Map<Long, Integer> quotas = new LinkedHashMap<>();
        Map<String, String> errors = new HashMap<>();
        for (OrgSummary t : townships()) {
            String q = params.get("quota" + t.id());
            if (q != null && !q.isBlank()) {
                try {
                    quotas.put(t.id(), Integer.parseInt(q.strip()));
                } catch (NumberFormatException e) {
                    errors.put("quota" + t.id(), t.shortName() + "的名额须为整数");
                }
            }
        }
        List<PersonFlagKind> flags = ineligibleFlags == null ? List.of() : ineligibleFlags;
        try {
            if (!errors.isEmpty()) {
                throw new RuleViolationException("请更正名额");
            }
            CommendationCall call = commendations.open(new CommendationForm(params.get("title"),
                    integer(params.get("year")), date(params.get("submitDue")), date(params.get("reviewDue")),
                    date(params.get("approveDue")), integer(params.get("publicityDays")), quotas, flags));
            return "redirect:/commendations/" + call.id() + "?created";
        } catch (RuleViolationException e) {
            e.fieldErrors().forEach(f -> errors.put(f.field(), f.message()));
            model.addAttribute("problem", e.getMessage());
            return form(model, errors, params, quotas, flags);
        }
    }

    private String form(Model model, Map<String, String> errors, Map<String, String> values, Map<Long, Integer> quotas,
                        List<PersonFlagKind> flags) {
        model.addAttribute("townships", townships());
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        model.addAttribute("flagKinds", PersonFlagKind.values());
        model.addAttribute("chosenFlags", flags);
        return "assessment/commendation-new";
    }

    @GetMapping("/commendations/{callId}")
    String show(@PathVariable long callId, Model model) {
        CommendationCall call = commendations.call(callId);
        model.addAttribute("call", call);
        model.addAttribute("process", commendations.process(call));
        model.addAttribute("progress", commendations.progress(callId));
        model.addAttribute("nominations", nominations.nominations(callId));
        model.addAttribute("stages", ReviewStage.values());
        model.addAttribute("role", scope.requireActor().role().name());
        model.addAttribute("objections", review.objections(call.processId()).stream()
                .filter(o -> scope.covers(new org.jiceng.shared.ObjectOwner(org.jiceng.shared.ScopeKind.REGISTER,
                        o.orgId(), null))).toList());
        return "assessment/commendation-detail";
    }

    @PostMapping("/commendations/{callId}/act-all")
    @PreAuthorize(CommendationApiController.REVIEWERS)
    String actOnAll(@PathVariable long callId, @RequestParam ReviewAction action,
                    @RequestParam(required = false) Long org, @RequestParam(required = false) String reason,
                    RedirectAttributes redirect) {
        try {
            int moved = nominations.actOnAll(callId, org, action, reason).size();
            redirect.addFlashAttribute("notice", action.label() + "：" + moved + "人");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", message(e));
        }
        return "redirect:/commendations/" + callId;
    }

    @PostMapping("/commendations/{callId}/objections/{objectionId}/resolve")
    @PreAuthorize(AssessmentRoles.COUNTY)
    String resolve(@PathVariable long callId, @PathVariable long objectionId,
                   @RequestParam(required = false) String decision, @RequestParam(required = false) String reason,
                   @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            org.jiceng.review.Objection after = review.resolveObjection(objectionId, "uphold".equals(decision),
                    reason, version);
            redirect.addFlashAttribute("notice", "异议已处理：" + after.status().label());
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", message(e));
        } catch (org.jiceng.shared.StaleEditException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/commendations/" + callId + "#objections";
    }

    private List<OrgSummary> townships() {
        long county = scope.requireActor().orgId();
        List<OrgSummary> out = new ArrayList<>();
        for (OrgSummary o : tree.children(county)) {
            if (o.type() == OrgType.TOWNSHIP) {
                out.add(o);
            }
        }
        return out;
    }

    static String message(RuleViolationException e) {
        return e.fieldErrors().isEmpty() ? e.getMessage()
                : String.join("；", e.fieldErrors().stream().map(RuleViolationException.FieldError::message).toList());
    }

    private static Integer integer(String s) {
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String s) {
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
