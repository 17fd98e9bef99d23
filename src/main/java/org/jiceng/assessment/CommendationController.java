package org.jiceng.assessment;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgTree;
import org.jiceng.organization.OrgType;
import org.jiceng.organization.PersonFlagKind;
import org.jiceng.organization.PersonRecords;
import org.jiceng.review.ReviewAction;
import org.jiceng.review.ReviewItem;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 评选表彰 pages: the list and the county's form to open a call; the call page with progress per township and the
 * nominations in scope with batch actions; the nomination form; a nomination with its 事迹, evidence, history and
 * the chain's actions.
 */
@Controller
@PreAuthorize(CampaignController.KEEPERS)
class CommendationController {

    private final CommendationService commendations;
    private final ReviewService review;
    private final PersonRecords records;
    private final OrgTree tree;
    private final DataScope scope;
    private final Clock clock;

    CommendationController(CommendationService commendations, ReviewService review, PersonRecords records,
                           OrgTree tree, DataScope scope, Clock clock) {
        this.clock = clock;
        this.commendations = commendations;
        this.review = review;
        this.records = records;
        this.tree = tree;
        this.scope = scope;
    }

    @GetMapping("/commendations")
    String list(Model model) {
        model.addAttribute("calls", commendations.calls());
        return "assessment/commendation-list";
    }

    @GetMapping("/commendations/new")
    @PreAuthorize(CampaignController.COUNTY)
    String newCall(Model model) {
        return form(model, Map.of(), new HashMap<>(Map.of("year", String.valueOf(LocalDate.now(clock).getYear()),
                "publicityDays", "7")), Map.of(), List.of(PersonFlagKind.values()));
    }

    @PostMapping("/commendations")
    @PreAuthorize(CampaignController.COUNTY)
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
        model.addAttribute("nominations", commendations.nominations(callId));
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
            int moved = commendations.actOnAll(callId, org, action, reason).size();
            redirect.addFlashAttribute("notice", action.label() + "：" + moved + "人");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", message(e));
        }
        return "redirect:/commendations/" + callId;
    }

    @PostMapping("/commendations/{callId}/objections/{objectionId}/resolve")
    @PreAuthorize(CampaignController.COUNTY)
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
            Nomination created = commendations.nominate(callId, personId, deeds);
            if (file != null && !file.isEmpty()) {
                commendations.addEvidence(created.id(), file.getOriginalFilename(), file.getBytes());
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
        Nomination n = commendations.nomination(nominationId);
        model.addAttribute("n", n);
        model.addAttribute("call", commendations.call(n.callId()));
        model.addAttribute("evidence", commendations.evidence(nominationId));
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
            commendations.act(nominationId, action, version, reason);
            redirect.addFlashAttribute("notice", "已" + action.label());
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", message(e));
        }
        return "redirect:/nominations/" + nominationId;
    }

    @PostMapping("/nominations/{nominationId}/withdraw")
    @PreAuthorize(CommendationApiController.NOMINATORS)
    String withdraw(@PathVariable long nominationId, RedirectAttributes redirect) {
        long callId = commendations.nomination(nominationId).callId();
        try {
            commendations.withdraw(nominationId);
            redirect.addFlashAttribute("notice", "推荐已撤回");
            return "redirect:/commendations/" + callId;
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", message(e));
            return "redirect:/nominations/" + nominationId;
        }
    }

    @PostMapping("/nominations/{nominationId}/evidence")
    @PreAuthorize(CommendationApiController.NOMINATORS)
    String upload(@PathVariable long nominationId, @RequestParam(required = false) MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        try {
            commendations.addEvidence(nominationId, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes());
            redirect.addFlashAttribute("notice", "已上传佐证材料");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", message(e));
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

    private static String message(RuleViolationException e) {
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
