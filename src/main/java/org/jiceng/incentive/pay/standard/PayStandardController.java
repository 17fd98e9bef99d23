package org.jiceng.incentive.pay.standard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import org.jiceng.configuration.CodeLists;
import org.jiceng.documents.BasisDocuments;
import org.jiceng.incentive.pay.PayOrgs;
import org.jiceng.incentive.pay.PayRoles;
import org.jiceng.organization.OrgSummary;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The county's pay standard of a year (edited by the county officer, read by townships) and a township's top-ups. */
@Controller
@PreAuthorize(PayRoles.READERS)
class PayStandardController {

    private final PayStandardService standards;
    private final PayOrgs orgs;
    private final CodeLists codes;
    private final DataScope scope;

    private final BasisDocuments documents;

    PayStandardController(PayStandardService standards, PayOrgs orgs, CodeLists codes, DataScope scope, BasisDocuments documents) {
        this.documents = documents;
        this.standards = standards;
        this.orgs = orgs;
        this.codes = codes;
        this.scope = scope;
    }

    @GetMapping("/pay/standards/{year}")
    String page(@PathVariable int year, Model model) {
        Optional<PayStandard> current = standards.ofYear(scope.requireActor().orgId(), year);
        model.addAttribute("form", withRows(current.map(PayStandardForm::of).orElseGet(PayStandardController::suggested)));
        return page(year, current.orElse(null), model);
    }

    @PostMapping("/pay/standards/{year}")
    @PreAuthorize(PayRoles.COUNTY)
    String save(@PathVariable int year, @Valid @ModelAttribute("form") PayStandardForm form, BindingResult result,
                Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                standards.save(year, form);
                redirect.addFlashAttribute("notice", "已保存" + year + "年度村干部报酬标准");
                return "redirect:/pay/standards/" + year;
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            } catch (StaleEditException e) {
                FormErrors.apply(e, result);
            }
        }
        return page(year, standards.ofYear(scope.requireActor().orgId(), year).orElse(null), model);
    }

    @PostMapping("/pay/standards/{year}/copy")
    @PreAuthorize(PayRoles.COUNTY)
    String copy(@PathVariable int year, RedirectAttributes redirect) {
        try {
            standards.copyToNextYear(year);
            redirect.addFlashAttribute("notice", "已将" + year + "年度标准复制为" + (year + 1) + "年度标准，可继续修改");
            return "redirect:/pay/standards/" + (year + 1);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/pay/standards/" + year;
        }
    }

    @GetMapping("/pay/topups/{year}")
    String topups(@PathVariable int year, @RequestParam(required = false) Long org, Model model) {
        OrgSummary township = orgs.township(org == null ? scope.requireActor().orgId() : org);
        TopUps current = standards.topups(township.id(), year);
        model.addAttribute("form", topupForm(current, standards.ofYear(township.id(), year)));
        return topupPage(township, year, model);
    }

    @PostMapping("/pay/topups/{year}")
    @PreAuthorize(PayRoles.TOWNSHIP)
    String saveTopups(@PathVariable int year, @RequestParam(required = false) Long org,
                      @ModelAttribute("form") TopUpForm form, BindingResult result, Model model,
                      RedirectAttributes redirect) {
        OrgSummary township = orgs.township(org == null ? scope.requireActor().orgId() : org);
        if (!result.hasErrors()) {
            try {
                standards.saveTopups(township.id(), year, form);
                redirect.addFlashAttribute("notice", "已保存" + township.shortName() + year + "年度乡镇补贴");
                return "redirect:/pay/topups/" + year + "?org=" + township.id();
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            } catch (StaleEditException e) {
                FormErrors.apply(e, result);
            }
        }
        return topupPage(township, year, model);
    }

    private String page(int year, PayStandard current, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("current", current);
        model.addAttribute("postLabels", standards.postLabels());
        model.addAttribute("canEdit", scope.requireActor().role() == Role.COUNTY_OFFICER);
        model.addAttribute("nextExists", standards.ofYear(scope.requireActor().orgId(), year + 1).isPresent());
        model.addAttribute("years", standards.years());
        return "incentive/pay-standard";
    }

    private String topupPage(OrgSummary township, int year, Model model) {
        Optional<PayStandard> standard = standards.ofYear(township.id(), year);
        model.addAttribute("township", township);
        model.addAttribute("year", year);
        model.addAttribute("basis", documents.citing(PayTopupBasis.KIND, PayTopupBasis.subjectId(township.id(), year)));
        model.addAttribute("standard", standard.orElse(null));
        model.addAttribute("canEdit", scope.requireActor().role() == Role.TOWNSHIP_OFFICER);
        return "incentive/pay-topups";
    }

    /** One row per active post (the standard's amounts where it has them) and room for two more bands and grades. */
    private PayStandardForm withRows(PayStandardForm form) {
        List<PayStandardForm.PostRow> posts = new ArrayList<>();
        for (var item : codes.items(CodeLists.VILLAGE_CADRE_POST)) {
            posts.add(form.posts().stream().filter(r -> r != null && item.code().equals(r.post())).findFirst()
                    .orElse(new PayStandardForm.PostRow(item.code(), null, null)));
        }
        List<PayStandardForm.CapRow> caps = new ArrayList<>(form.caps());
        caps.add(new PayStandardForm.CapRow(null, null));
        caps.add(new PayStandardForm.CapRow(null, null));
        List<PayStandardForm.GradeRow> grades = new ArrayList<>(form.grades());
        grades.add(new PayStandardForm.GradeRow(null, null));
        grades.add(new PayStandardForm.GradeRow(null, null));
        return new PayStandardForm(form.dueDay(), form.countedDay(), form.performanceDueMonth(),
                form.overdraftAllowed(), form.topupLimit(), form.onTimeTarget(), form.note(), posts, caps, grades,
                form.version());
    }

    /**
     * A first standard starts from the sourced examples (research §2.5, §2.13), for the county to change: 3 paid
     * posts below 1,500 people and 5 from 1,500 (镇安县), grades 优秀/称职/基本称职/不称职 at 100/80/50/0%, pay by the
     * 10th of the next month, in post on the 15th.
     */
    private static PayStandardForm suggested() {
        return new PayStandardForm(10, 15, 1, false, BigDecimal.ZERO, new BigDecimal("100"), null, List.of(),
                List.of(new PayStandardForm.CapRow(0, 3), new PayStandardForm.CapRow(1500, 5)),
                List.of(new PayStandardForm.GradeRow("优秀", new BigDecimal("100")),
                        new PayStandardForm.GradeRow("称职", new BigDecimal("80")),
                        new PayStandardForm.GradeRow("基本称职", new BigDecimal("50")),
                        new PayStandardForm.GradeRow("不称职", BigDecimal.ZERO)), null);
    }

    private static TopUpForm topupForm(TopUps current, Optional<PayStandard> standard) {
        List<TopUpForm.Row> rows = new ArrayList<>();
        standard.ifPresent(s -> s.posts().forEach(p -> rows.add(new TopUpForm.Row(p.post(),
                current.monthly().get(p.post())))));
        return new TopUpForm(rows, current.id() == null ? null : current.version());
    }
}
