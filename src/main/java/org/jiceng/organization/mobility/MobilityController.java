package org.jiceng.organization.mobility;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.jiceng.organization.OrgTree;
import org.jiceng.organization.PeopleService;
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

/** Pages of 流动党员: a member's registrations (loaded into the member's page), registering, the return, the list. */
@Controller
class MobilityController {

    static final String KEEPERS = "hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER', 'BRANCH_SECRETARY')";
    static final String READERS = "hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER', 'BRANCH_SECRETARY', 'MEMBER')";

    private final MobilityService mobility;
    private final PeopleService people;
    private final OrgTree tree;
    private final DataScope scope;
    private final Clock clock;

    MobilityController(MobilityService mobility, PeopleService people, OrgTree tree, DataScope scope, Clock clock) {
        this.mobility = mobility;
        this.people = people;
        this.tree = tree;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping("/members/{personId}/mobility")
    @PreAuthorize(READERS)
    String history(@PathVariable long personId, Model model) {
        model.addAttribute("personId", personId);
        model.addAttribute("registrations", mobility.history(personId));
        model.addAttribute("canEdit", scope.requireActor().role().keepsRegister());
        return "organization/mobility-history :: history";
    }

    @GetMapping("/members/{personId}/mobility/new")
    @PreAuthorize(KEEPERS)
    String newRegistration(@PathVariable long personId, Model model) {
        model.addAttribute("form", MobilityForm.blank(LocalDate.now(clock)));
        return formPage(personId, model);
    }

    @PostMapping("/members/{personId}/mobility")
    @PreAuthorize(KEEPERS)
    String register(@PathVariable long personId, @Valid @ModelAttribute("form") MobilityForm form,
                    BindingResult result, Model model) {
        if (!result.hasErrors()) {
            try {
                mobility.register(personId, form);
                return "redirect:/members/" + personId + "?mobility";
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            }
        }
        return formPage(personId, model);
    }

    @GetMapping("/mobility/{mobilityId}/return")
    @PreAuthorize(KEEPERS)
    String returnForm(@PathVariable long mobilityId, Model model) {
        Mobility m = mobility.get(mobilityId);
        model.addAttribute("form", new ReturnForm(LocalDate.now(clock), null, m.version()));
        return returnPage(m, model);
    }

    @PostMapping("/mobility/{mobilityId}/return")
    @PreAuthorize(KEEPERS)
    String returned(@PathVariable long mobilityId, @Valid @ModelAttribute("form") ReturnForm form,
                    BindingResult result, Model model) {
        Mobility m = mobility.get(mobilityId);
        if (!result.hasErrors()) {
            try {
                mobility.returned(mobilityId, form);
                return "redirect:/members/" + m.personId() + "?mobility";
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            } catch (StaleEditException e) {
                FormErrors.apply(e, result);
            }
        }
        return returnPage(m, model);
    }

    @GetMapping("/mobility")
    @PreAuthorize(KEEPERS)
    String list(@RequestParam(required = false) Long org, @RequestParam(required = false) boolean all, Model model) {
        long orgId = org != null ? org : scope.requireActor().orgId();
        model.addAttribute("org", tree.find(orgId).orElseThrow());
        model.addAttribute("all", all);
        model.addAttribute("registrations", mobility.under(orgId, all));
        return "organization/mobility-list";
    }

    private String formPage(long personId, Model model) {
        model.addAttribute("person", people.get(personId));
        return "organization/mobility-form";
    }

    private String returnPage(Mobility m, Model model) {
        model.addAttribute("registration", m);
        return "organization/mobility-return";
    }
}
