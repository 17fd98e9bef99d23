package org.jiceng.incentive.care;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jiceng.configuration.CodeLists;
import org.jiceng.organization.OrgTree;
import org.jiceng.organization.PersonRecords;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.FormErrors;
import org.jiceng.shared.PageQuery;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.StaleEditException;
import org.jiceng.shared.excel.ExcelDownload;
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
 * 困难帮扶 pages: the year's 帮扶台账 of an org with its figures and Excel export (officers and branch secretaries
 * read); opening a case, recording and reversing support and closing a case (township and county officers).
 */
@Controller
@PreAuthorize(CareController.KEEPERS)
class CareController {

    static final String KEEPERS = "hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER', 'BRANCH_SECRETARY')";
    static final String OFFICERS = "hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER')";

    private final CareService care;
    private final CareExport export;
    private final PersonRecords records;
    private final CodeLists codes;
    private final OrgTree tree;
    private final DataScope scope;
    private final Clock clock;

    CareController(CareService care, CareExport export, PersonRecords records, CodeLists codes, OrgTree tree,
                   DataScope scope, Clock clock) {
        this.care = care;
        this.export = export;
        this.records = records;
        this.codes = codes;
        this.tree = tree;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping("/care")
    String ledger(@RequestParam(required = false) Long org, @RequestParam(required = false) Integer year,
                  @RequestParam(required = false) Long personId, @RequestParam(required = false) Integer page,
                  Model model) {
        long orgId = org == null ? scope.requireActor().orgId() : org;
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("org", tree.find(orgId).orElseThrow());
        model.addAttribute("year", y);
        model.addAttribute("summary", care.summary(orgId, y));
        model.addAttribute("page", care.cases(orgId, y, PageQuery.of(page, 100, null, null)));
        model.addAttribute("personCases", personId == null ? null : care.casesOf(personId));
        model.addAttribute("officer", officer());
        return "incentive/care-ledger";
    }

    @GetMapping("/care/export")
    void exportYear(@RequestParam(required = false) Long org, @RequestParam(required = false) Integer year,
                    HttpServletResponse response) throws IOException {
        long orgId = org == null ? scope.requireActor().orgId() : org;
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        String name = tree.find(orgId).orElseThrow().shortName();
        export.write(orgId, y, ExcelDownload.start(response, name + y + "年困难党员帮扶台账", clock));
    }

    @GetMapping("/care/cases/new")
    @PreAuthorize(OFFICERS)
    String newCase(@RequestParam(required = false) Long personId, Model model) {
        if (personId != null) {
            records.person(personId);
        }
        model.addAttribute("form", new CaseForm(personId, null, "1", LocalDate.now(clock), null));
        return casePage(model);
    }

    @PostMapping("/care/cases")
    @PreAuthorize(OFFICERS)
    String open(@Valid @ModelAttribute("form") CaseForm form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                HardshipCase opened = care.open(form);
                redirect.addFlashAttribute("notice", "已登记帮扶对象，花名册已标记为困难党员");
                return "redirect:/care/cases/" + opened.id();
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            }
        }
        return casePage(model);
    }

    @GetMapping("/care/cases/{caseId}")
    String detail(@PathVariable long caseId, Model model) {
        HardshipCase hardship = care.hardshipCase(caseId);
        model.addAttribute("supportForm", new SupportForm(LocalDate.now(clock), null, BigDecimal.ZERO, null, null,
                null, null));
        model.addAttribute("closeForm", new CloseForm(LocalDate.now(clock), null, hardship.version()));
        return detailPage(hardship, model);
    }

    @PostMapping("/care/cases/{caseId}/support")
    @PreAuthorize(OFFICERS)
    String support(@PathVariable long caseId, @Valid @ModelAttribute("supportForm") SupportForm form,
                   BindingResult result, Model model, RedirectAttributes redirect) {
        HardshipCase hardship = care.hardshipCase(caseId);
        if (!result.hasErrors()) {
            try {
                SupportEntry saved = care.support(caseId, form);
                redirect.addFlashAttribute("notice", "已登记" + saved.kindLabel() + " " + saved.amount() + "元");
                return "redirect:/care/cases/" + caseId;
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            }
        }
        model.addAttribute("closeForm", new CloseForm(LocalDate.now(clock), null, hardship.version()));
        return detailPage(hardship, model);
    }

    @PostMapping("/care/cases/{caseId}/close")
    @PreAuthorize(OFFICERS)
    String close(@PathVariable long caseId, @Valid @ModelAttribute("closeForm") CloseForm form, BindingResult result,
                 Model model, RedirectAttributes redirect) {
        HardshipCase hardship = care.hardshipCase(caseId);
        if (!result.hasErrors()) {
            try {
                care.close(caseId, form);
                redirect.addFlashAttribute("notice", "已结案");
                return "redirect:/care/cases/" + caseId;
            } catch (RuleViolationException | StaleEditException e) {
                applyTo(e, result);
            }
        }
        model.addAttribute("supportForm", new SupportForm(LocalDate.now(clock), null, BigDecimal.ZERO, null, null,
                null, null));
        return detailPage(hardship, model);
    }

    @PostMapping("/care/support/{supportId}/reverse")
    @PreAuthorize(OFFICERS)
    String reverse(@PathVariable long supportId, @RequestParam(required = false) String reason, Model model,
                   RedirectAttributes redirect) {
        SupportEntry entry = care.entry(supportId);
        try {
            care.reverse(supportId, new ReverseForm(reason));
            redirect.addFlashAttribute("notice", "已冲销 " + entry.amount() + "元");
            return "redirect:/care/cases/" + entry.caseId();
        } catch (RuleViolationException | StaleEditException e) {
            HardshipCase hardship = care.hardshipCase(entry.caseId());
            model.addAttribute("reverseId", supportId);
            model.addAttribute("reverseReason", reason);
            model.addAttribute("reverseProblem", e instanceof RuleViolationException r && !r.fieldErrors().isEmpty()
                    ? r.fieldErrors().get(0).message() : e.getMessage());
            model.addAttribute("supportForm", new SupportForm(LocalDate.now(clock), null, BigDecimal.ZERO, null, null,
                    null, null));
            model.addAttribute("closeForm", new CloseForm(LocalDate.now(clock), null, hardship.version()));
            return detailPage(hardship, model);
        }
    }

    private String detailPage(HardshipCase hardship, Model model) {
        model.addAttribute("hardship", hardship);
        model.addAttribute("entries", care.entries(hardship.id()));
        model.addAttribute("path", tree.path(hardship.orgId()));
        model.addAttribute("kinds", codes.items(CareRepository.KINDS));
        model.addAttribute("funds", codes.items(CareRepository.FUNDS));
        model.addAttribute("officer", officer());
        model.addAttribute("today", LocalDate.now(clock));
        return "incentive/care-case";
    }

    private String casePage(Model model) {
        var members = records.membersInScope(3000);
        Long chosen = model.getAttribute("form") instanceof CaseForm f ? f.personId() : null;
        model.addAttribute("members", members);
        model.addAttribute("otherPerson", chosen == null || members.stream().anyMatch(m -> m.id() == chosen) ? null
                : records.person(chosen));
        model.addAttribute("orgNames", new OrgLabels(tree));
        model.addAttribute("causes", codes.items(CareRepository.CAUSES));
        model.addAttribute("severities", codes.items(CareRepository.SEVERITIES));
        model.addAttribute("today", LocalDate.now(clock));
        return "incentive/care-case-form";
    }

    private boolean officer() {
        String role = scope.requireActor().role().name();
        return role.equals("COUNTY_OFFICER") || role.equals("TOWNSHIP_OFFICER");
    }

    private static void applyTo(RuntimeException e, BindingResult result) {
        if (e instanceof RuleViolationException r) {
            FormErrors.apply(r, result);
        } else {
            FormErrors.apply((StaleEditException) e, result);
        }
    }
}
