package org.jiceng.assessment.target;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jiceng.assessment.AssessmentRoles;
import org.jiceng.organization.OrgTree;
import org.jiceng.organization.OrgType;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.FormErrors;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.StaleEditException;
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

/** 争创目标 pages: each township's targets for a year with live progress; officers add and remove them. */
@Controller
@PreAuthorize(AssessmentRoles.KEEPERS)
class TargetController {

    private final TargetService targets;
    private final OrgTree tree;
    private final DataScope scope;
    private final Clock clock;

    TargetController(TargetService targets, OrgTree tree, DataScope scope, Clock clock) {
        this.clock = clock;
        this.targets = targets;
        this.tree = tree;
        this.scope = scope;
    }

    @GetMapping("/targets")
    String list(@RequestParam(required = false) Long org, @RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        long orgId = org == null ? scope.requireActor().orgId() : org;
        TargetForm form = new TargetForm(null, y, Target.Kind.SHARE, null, null, null, null, List.of(), null);
        return page(orgId, y, form, model);
    }

    private String page(long orgId, int year, TargetForm form, Model model) {
        model.addAttribute("org", tree.find(orgId).orElseThrow());
        model.addAttribute("year", year);
        model.addAttribute("progress", targets.progress(orgId, year));
        model.addAttribute("form", form);
        model.addAttribute("kinds", Target.Kind.values());
        model.addAttribute("families", targets.families(orgId));
        List<org.jiceng.organization.OrgSummary> townships = tree.find(orgId).filter(o -> o.type() == OrgType.TOWNSHIP)
                .map(List::of).orElseGet(() -> tree.children(orgId).stream().filter(o -> o.type() == OrgType.TOWNSHIP).toList());
        model.addAttribute("townships", townships);
        model.addAttribute("villages", townships.size() == 1 ? targets.villages(townships.get(0).id()) : java.util.Map.of());
        return "assessment/targets";
    }

    @PostMapping("/targets")
    @PreAuthorize(AssessmentRoles.OFFICERS)
    String create(@ModelAttribute("form") TargetForm form, BindingResult result, @RequestParam(required = false) Long org,
                  Model model, RedirectAttributes redirect) {
        long orgId = org == null ? scope.requireActor().orgId() : org;
        int year = form.year() == null ? LocalDate.now(clock).getYear() : form.year();
        if (!result.hasErrors()) {
            try {
                Target created = targets.create(form);
                redirect.addFlashAttribute("notice", "已添加目标：" + created.orgName() + " " + created.label());
                return "redirect:/targets?org=" + orgId + "&year=" + year;
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            }
        }
        return page(orgId, year, form, model);
    }

    @PostMapping("/targets/{targetId}/delete")
    @PreAuthorize(AssessmentRoles.OFFICERS)
    String delete(@PathVariable long targetId, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        Target target = targets.target(targetId);
        try {
            targets.delete(targetId, version);
            redirect.addFlashAttribute("notice", "已删除目标：" + target.label());
        } catch (StaleEditException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/targets?org=" + target.orgId() + "&year=" + target.year();
    }
}
