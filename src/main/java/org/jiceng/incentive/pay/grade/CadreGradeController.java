package org.jiceng.incentive.pay.grade;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jiceng.incentive.pay.PayOrgs;
import org.jiceng.incentive.pay.PayRoles;
import org.jiceng.incentive.pay.standard.PayStandard;
import org.jiceng.incentive.pay.standard.PayStandardService;
import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgType;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.FormErrors;
import org.jiceng.shared.Role;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.StaleEditException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The grade sheet of a township's paid cadres for a year: the township officer records, the county reads. */
@Controller
@PreAuthorize(PayRoles.READERS)
class CadreGradeController {

    private final CadreGradeService grades;
    private final PayStandardService standards;
    private final PayOrgs orgs;
    private final DataScope scope;
    private final Clock clock;

    CadreGradeController(CadreGradeService grades, PayStandardService standards, PayOrgs orgs, DataScope scope, Clock clock) {
        this.grades = grades;
        this.standards = standards;
        this.orgs = orgs;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping("/pay/grades")
    String page(@RequestParam(required = false) Long org, @RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() - 1 : year;
        OrgSummary selected = orgs.inScope(org == null ? scope.requireActor().orgId() : org);
        if (selected.type() != OrgType.TOWNSHIP && !selected.type().isVillageLevel()) {
            model.addAttribute("townships", orgs.townships(selected.id()));
            model.addAttribute("year", y);
            return "incentive/pay-grades";
        }
        OrgSummary township = orgs.township(selected.id());
        List<GradeRow> rows = grades.sheet(township.id(), y);
        model.addAttribute("form", new GradeForm(rows.stream()
                .map(r -> new GradeForm.Row(r.personId(), r.grade(), r.version())).toList()));
        return page(township, y, rows, model);
    }

    @PostMapping("/pay/grades")
    @PreAuthorize(PayRoles.TOWNSHIP)
    String save(@RequestParam(required = false) Long org, @RequestParam int year,
                @ModelAttribute("form") GradeForm form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        OrgSummary township = orgs.township(org == null ? scope.requireActor().orgId() : org);
        try {
            grades.save(township.id(), year, form);
            redirect.addFlashAttribute("notice", "已保存" + township.shortName() + year + "年度村干部考核等次");
            return "redirect:/pay/grades?org=" + township.id() + "&year=" + year;
        } catch (RuleViolationException e) {
            FormErrors.apply(e, result);
        } catch (StaleEditException e) {
            FormErrors.apply(e, result);
        }
        return page(township, year, grades.sheet(township.id(), year), model);
    }

    private String page(OrgSummary township, int year, List<GradeRow> rows, Model model) {
        model.addAttribute("township", township);
        model.addAttribute("year", year);
        model.addAttribute("rows", rows);
        model.addAttribute("gradeNames", standards.ofYear(township.id(), year).map(PayStandard::gradeNames)
                .orElse(List.of()));
        model.addAttribute("canEdit", scope.requireActor().role() == Role.TOWNSHIP_OFFICER);
        return "incentive/pay-grades";
    }
}
