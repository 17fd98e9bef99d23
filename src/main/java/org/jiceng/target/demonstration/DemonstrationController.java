package org.jiceng.target.demonstration;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.jiceng.configuration.CodeLists;
import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgTree;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.FormErrors;
import org.jiceng.shared.RuleViolationException;
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

/** 示范村 pages: the year's demonstration villages under an org, naming one (officers), one with its basis. */
@Controller
@PreAuthorize(DemonstrationController.KEEPERS)
class DemonstrationController {

    static final String KEEPERS = "hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER', 'BRANCH_SECRETARY')";
    static final String OFFICERS = "hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER')";

    private final DemonstrationService service;
    private final CodeLists codes;
    private final OrgTree tree;
    private final DataScope scope;
    private final Clock clock;

    DemonstrationController(DemonstrationService service, CodeLists codes, OrgTree tree, DataScope scope,
                            Clock clock) {
        this.service = service;
        this.codes = codes;
        this.tree = tree;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping("/demonstration-villages")
    String list(@RequestParam(required = false) Long org, @RequestParam(required = false) Integer year, Model model) {
        long orgId = org == null ? scope.requireActor().orgId() : org;
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("form", new DesignationForm(null, y, null, LocalDate.now(clock), null, null));
        return listPage(orgId, y, model);
    }

    @PostMapping("/demonstration-villages")
    @PreAuthorize(OFFICERS)
    String designate(@Valid @ModelAttribute("form") DesignationForm form, BindingResult result, Model model,
                     RedirectAttributes redirect) {
        long orgId = scope.requireActor().orgId();
        if (!result.hasErrors()) {
            try {
                Designation created = service.designate(form);
                redirect.addFlashAttribute("notice", "已确定" + created.label());
                return "redirect:/demonstration-villages?year=" + created.year();
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            }
        }
        return listPage(orgId, form.year() == null ? LocalDate.now(clock).getYear() : form.year(), model);
    }

    @GetMapping("/demonstration-villages/{designationId}")
    String detail(@PathVariable long designationId, Model model) {
        Designation d = service.designation(designationId);
        model.addAttribute("d", d);
        model.addAttribute("path", tree.path(d.villageId()));
        model.addAttribute("basis", service.basisOf(designationId));
        return "target/demonstration-detail";
    }

    private String listPage(long orgId, int year, Model model) {
        OrgSummary org = tree.find(orgId).orElseThrow();
        model.addAttribute("org", org);
        model.addAttribute("path", tree.path(orgId));
        model.addAttribute("year", year);
        model.addAttribute("designations", service.designations(orgId, year));
        model.addAttribute("kinds", codes.items(DemonstrationRepository.KINDS));
        model.addAttribute("villages", tree.children(scope.requireActor().orgId()).stream()
                .filter(o -> o.type().isVillageLevel()).toList());
        String role = scope.requireActor().role().name();
        model.addAttribute("officer", role.equals("COUNTY_OFFICER") || role.equals("TOWNSHIP_OFFICER"));
        return "target/demonstration-list";
    }
}
