package org.jiceng.target.summary;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.jiceng.organization.OrgTree;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.FormErrors;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.StaleEditException;
import org.jiceng.shared.UploadTypes;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 工作总结 pages: the periods of a year (and setting one), a period's roster of who has and has not submitted,
 * writing a summary (text and/or document), and a summary with its review steps.
 */
@Controller
@PreAuthorize(SummaryController.READERS)
class SummaryController {

    static final String READERS = "hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER', 'BRANCH_SECRETARY')";
    static final String OFFICERS = "hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER')";
    static final String TOO_LARGE = "上传的文件超过" + UploadTypes.MAX_BYTES / 1024 / 1024 + "MB上限，请压缩或拆分后再上传";

    private final SummaryService service;
    private final OrgTree tree;
    private final DataScope scope;
    private final Clock clock;

    SummaryController(SummaryService service, OrgTree tree, DataScope scope, Clock clock) {
        this.service = service;
        this.tree = tree;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping("/summaries")
    String periods(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("form", new PeriodForm(y, SummaryKind.QUARTER, null, null, null, BigDecimal.TEN,
                Submitters.VILLAGES));
        return periodsPage(y, model);
    }

    @PostMapping("/summaries/periods")
    @PreAuthorize(OFFICERS)
    String createPeriod(@Valid @ModelAttribute("form") PeriodForm form, BindingResult result, Model model,
                        RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                SummaryPeriod saved = service.createPeriod(form);
                redirect.addFlashAttribute("notice", "已设定：" + saved.label() + "，" + saved.submitDue() + "前报送");
                return "redirect:/summaries?year=" + saved.year();
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            }
        }
        return periodsPage(form.year() == null ? LocalDate.now(clock).getYear() : form.year(), model);
    }

    @GetMapping("/summary-periods/{periodId}")
    String roster(@PathVariable long periodId, Model model) {
        SummaryPeriod period = service.period(periodId);
        List<SummaryService.RosterRow> rows = service.roster(periodId);
        model.addAttribute("period", period);
        model.addAttribute("rows", rows);
        model.addAttribute("submitted", rows.stream().filter(SummaryService.RosterRow::submitted).count());
        model.addAttribute("own", scope.requireActor().orgId());
        return "target/summary/summary-roster";
    }

    @GetMapping({"/summary-periods/{periodId}/write", "/summary-periods/{periodId}/summaries"})
    String write(@PathVariable long periodId, @RequestParam(required = false) Long org,
                 @RequestParam(required = false) String tooLarge, Model model) {
        SummaryPeriod period = service.period(periodId);
        long orgId = org == null ? scope.requireActor().orgId() : org;
        model.addAttribute("form", new SummaryForm(orgId, null, null));
        model.addAttribute("fileError", tooLarge != null ? TOO_LARGE : null);
        return writePage(period, orgId, model);
    }

    @PostMapping("/summary-periods/{periodId}/summaries")
    String save(@PathVariable long periodId, @Valid @ModelAttribute("form") SummaryForm form, BindingResult result,
                @RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        SummaryPeriod period = service.period(periodId);
        if (!result.hasErrors()) {
            try {
                PeriodicSummary saved = service.save(periodId, form, name(file), bytes(file));
                redirect.addFlashAttribute("notice", "总结已保存，确认无误后请提交");
                return "redirect:/summaries/" + saved.id();
            } catch (RuleViolationException e) {
                e.fieldErrors().stream().filter(f -> f.field().equals("file")).findFirst()
                        .ifPresent(f -> model.addAttribute("fileError", f.message()));
                e.fieldErrors().stream().filter(f -> f.field().equals("periodId")).findFirst()
                        .ifPresent(f -> model.addAttribute("periodError", f.message()));
                FormErrors.apply(e, result);
            } catch (StaleEditException e) {
                FormErrors.apply(e, result);
            }
        }
        return writePage(period, form.orgId() == null ? scope.requireActor().orgId() : form.orgId(), model);
    }

    @GetMapping({"/summaries/{summaryId}", "/summaries/{summaryId}/act"})
    String detail(@PathVariable long summaryId, Model model) {
        PeriodicSummary summary = service.summary(summaryId);
        model.addAttribute("actionForm", new SummaryActionForm(null, null, null, summary.itemVersion()));
        return detailPage(summary, model);
    }

    @PostMapping("/summaries/{summaryId}/act")
    String act(@PathVariable long summaryId, @Valid @ModelAttribute("actionForm") SummaryActionForm form,
               BindingResult result, Model model, RedirectAttributes redirect) {
        PeriodicSummary summary = service.summary(summaryId);
        if (!result.hasErrors()) {
            try {
                service.act(summaryId, form);
                redirect.addFlashAttribute("notice", "已" + form.action().label());
                return "redirect:/summaries/" + summaryId;
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            } catch (StaleEditException e) {
                FormErrors.apply(e, result);
            }
        }
        model.addAttribute("failedAction", form.action());
        return detailPage(summary, model);
    }

    private String detailPage(PeriodicSummary summary, Model model) {
        SummaryPeriod period = service.period(summary.periodId());
        model.addAttribute("summary", summary);
        model.addAttribute("period", period);
        model.addAttribute("history", service.history(summary.id()));
        model.addAttribute("form", new SummaryForm(summary.orgId(), summary.text(), summary.version()));
        model.addAttribute("role", scope.requireActor().role().name());
        model.addAttribute("path", tree.path(summary.orgId()));
        return "target/summary/summary-detail";
    }

    private String writePage(SummaryPeriod period, long orgId, Model model) {
        model.addAttribute("period", period);
        model.addAttribute("org", tree.find(orgId).orElseThrow());
        return "target/summary/summary-write";
    }

    private String periodsPage(int year, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("periods", service.periods(year));
        model.addAttribute("kinds", SummaryKind.values());
        model.addAttribute("submittersList", Submitters.values());
        String role = scope.requireActor().role().name();
        model.addAttribute("officer", role.equals("COUNTY_OFFICER") || role.equals("TOWNSHIP_OFFICER"));
        model.addAttribute("own", scope.requireActor().orgId());
        return "target/summary/summary-periods";
    }

    static String name(MultipartFile file) {
        return file == null || file.isEmpty() ? null : file.getOriginalFilename();
    }

    static byte[] bytes(MultipartFile file) throws IOException {
        return file == null || file.isEmpty() ? null : file.getBytes();
    }
}
