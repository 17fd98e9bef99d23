package org.jiceng.training.hours;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import org.jiceng.organization.OrgTree;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.FormErrors;
import org.jiceng.shared.PageQuery;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.StaleEditException;
import org.jiceng.training.TrainingRoles;
import org.jiceng.training.TrainingYears;
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

/** Training-hour pages: who is behind (by org and by member), a person's record, and the county's yearly rules. */
@Controller
class HoursController {

    private final HoursService hours;
    private final TrainingYears years;
    private final OrgTree tree;
    private final DataScope scope;

    HoursController(HoursService hours, TrainingYears years, OrgTree tree, DataScope scope) {
        this.hours = hours;
        this.years = years;
        this.tree = tree;
        this.scope = scope;
    }

    @GetMapping("/training/hours")
    @PreAuthorize(TrainingRoles.KEEPERS)
    String report(@RequestParam(required = false) Long org, @RequestParam(required = false) Integer year,
                  @RequestParam(required = false) Boolean behind, @RequestParam(required = false) String q,
                  @RequestParam(required = false) Integer page, @RequestParam(required = false) String sort,
                  @RequestParam(required = false) String dir, Model model) {
        long orgId = org == null ? scope.requireActor().orgId() : org;
        int y = year == null ? years.defaultYear() : year;
        Optional<HourRule> rule = hours.ruleIfSet(orgId, y);
        PageQuery query = PageQuery.of(page, null, sort, dir);
        model.addAttribute("org", tree.find(orgId).orElseThrow());
        model.addAttribute("path", tree.path(orgId));
        model.addAttribute("year", y);
        model.addAttribute("behind", Boolean.TRUE.equals(behind));
        model.addAttribute("q", q);
        model.addAttribute("sort", query.sort() == null ? "org" : query.sort());
        model.addAttribute("dir", query.descending() ? "desc" : "asc");
        model.addAttribute("rule", rule.orElse(null));
        if (rule.isPresent()) {
            List<BranchHours> branches = hours.byBranch(orgId, y);
            model.addAttribute("branches", branches);
            model.addAttribute("totalMembers", branches.stream().mapToInt(BranchHours::members).sum());
            model.addAttribute("totalReached", branches.stream().mapToInt(BranchHours::reached).sum());
            model.addAttribute("page", hours.members(orgId, y, Boolean.TRUE.equals(behind), q, query));
        }
        return "training/hours";
    }

    @GetMapping("/training/me")
    @PreAuthorize("hasAnyRole('MEMBER', 'BRANCH_SECRETARY')")
    String mine(@RequestParam(required = false) Integer year, Model model) {
        Long personId = scope.requireActor().personId();
        if (personId == null) {
            throw new org.jiceng.shared.NotFoundException("您的账户未关联党员名册中的人员");
        }
        return person(personId, year, model);
    }

    @GetMapping("/training/people/{personId}")
    @PreAuthorize(TrainingRoles.KEEPERS)
    String person(@PathVariable long personId, @RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? years.defaultYear() : year;
        model.addAttribute("record", hours.person(personId, y));
        model.addAttribute("year", y);
        return "training/person-hours";
    }

    @GetMapping("/training/rules/{year}")
    @PreAuthorize("hasRole('COUNTY_OFFICER')")
    String rule(@PathVariable int year, Model model) {
        Optional<HourRule> current = hours.ruleIfSet(scope.requireActor().orgId(), year);
        model.addAttribute("form", current.map(HourRuleForm::of).orElse(new HourRuleForm(null, null, null, null)));
        return rulePage(year, current.orElse(null), model);
    }

    @PostMapping("/training/rules/{year}")
    @PreAuthorize("hasRole('COUNTY_OFFICER')")
    String saveRule(@PathVariable int year, @Valid @ModelAttribute("form") HourRuleForm form, BindingResult result,
                    Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                hours.saveRule(year, form);
                redirect.addFlashAttribute("notice", "已保存" + year + "年度学时要求");
                return "redirect:/training/rules/" + year;
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            } catch (StaleEditException e) {
                FormErrors.apply(e, result);
            }
        }
        return rulePage(year, hours.ruleIfSet(scope.requireActor().orgId(), year).orElse(null), model);
    }

    private String rulePage(int year, HourRule current, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("current", current);
        return "training/rules";
    }
}
