package org.jiceng.training.reading;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiceng.configuration.CodeLists;
import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgTree;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.FormErrors;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.StaleEditException;
import org.jiceng.shared.excel.ExcelColumn;
import org.jiceng.shared.excel.ExcelDownload;
import org.jiceng.shared.excel.ExcelWriter;
import org.jiceng.training.TrainingRoles;
import org.jiceng.training.TrainingYears;
import org.jiceng.training.session.TrainingService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;
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
 * Required-reading pages (规定篇目): the year's list, listing and editing a reading (county officer), recording study
 * for people of the register (secretary, officers), the progress per member with its Excel export, and a member's own
 * list with the form to record their study.
 */
@Controller
@Tag(name = "规定篇目", description = "素质提升：规定篇目、学习记录、学习进度")
class ReadingController {

    static final String OWN = "hasAnyRole('MEMBER', 'BRANCH_SECRETARY')";
    static final int PICK_LIMIT = 300;
    static final List<ExcelColumn> PROGRESS = List.of(ExcelColumn.of("姓名", 10), ExcelColumn.of("所在组织", 16),
            ExcelColumn.of("支部委员", 10), ExcelColumn.of("应学篇数", 10), ExcelColumn.of("已学篇数", 10),
            ExcelColumn.of("未学篇目", 48));

    private final ReadingService readings;
    private final ReadingQueries queries;
    private final TrainingYears years;
    private final OrgTree tree;
    private final CodeLists codes;
    private final Clock clock;
    private final DataScope scope;

    ReadingController(ReadingService readings, ReadingQueries queries, TrainingYears years, OrgTree tree,
                      CodeLists codes, DataScope scope, Clock clock) {
        this.clock = clock;
        this.readings = readings;
        this.queries = queries;
        this.years = years;
        this.tree = tree;
        this.codes = codes;
        this.scope = scope;
    }

    @GetMapping("/training/readings")
    @PreAuthorize(TrainingRoles.KEEPERS)
    String list(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? years.defaultYear() : year;
        List<Reading> list = readings.readings(y);
        long orgId = scope.requireActor().orgId();
        model.addAttribute("year", y);
        model.addAttribute("readings", list);
        model.addAttribute("studied", queries.studiedCounts(orgId, list.stream().map(Reading::id).toList()));
        model.addAttribute("county", tree.find(orgId).map(o -> o.type() == org.jiceng.organization.OrgType.COUNTY)
                .orElse(false));
        return "training/reading-list";
    }

    @GetMapping("/training/readings/new")
    @PreAuthorize(TrainingRoles.COUNTY)
    String newReading(@RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("form", ReadingForm.blank(year == null ? years.defaultYear() : year));
        return formPage(null, model);
    }

    @PostMapping("/training/readings")
    @PreAuthorize(TrainingRoles.COUNTY)
    String create(@Valid @ModelAttribute("form") ReadingForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Reading created = readings.create(form);
                redirect.addFlashAttribute("notice", "已列出规定篇目：" + created.title());
                return "redirect:/training/readings?year=" + created.year();
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            }
        }
        return formPage(null, model);
    }

    @GetMapping("/training/readings/{readingId}/edit")
    @PreAuthorize(TrainingRoles.COUNTY)
    String edit(@PathVariable long readingId, Model model) {
        Reading reading = readings.ownReading(readingId);
        model.addAttribute("form", ReadingForm.of(reading));
        return formPage(reading, model);
    }

    @PostMapping("/training/readings/{readingId}")
    @PreAuthorize(TrainingRoles.COUNTY)
    String update(@PathVariable long readingId, @Valid @ModelAttribute("form") ReadingForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        Reading reading = readings.ownReading(readingId);
        if (!result.hasErrors()) {
            try {
                Reading saved = readings.update(readingId, form);
                redirect.addFlashAttribute("notice", "已保存规定篇目：" + saved.title());
                return "redirect:/training/readings?year=" + saved.year();
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            } catch (StaleEditException e) {
                FormErrors.apply(e, result);
            }
        }
        return formPage(reading, model);
    }

    @PostMapping("/training/readings/{readingId}/document")
    @PreAuthorize(TrainingRoles.COUNTY)
    String attach(@PathVariable long readingId, @RequestParam(required = false) MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        try {
            Reading saved = readings.attach(readingId, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes());
            redirect.addFlashAttribute("notice", "已上传原文：" + saved.documentName());
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", e.fieldErrors().isEmpty() ? e.getMessage()
                    : String.join("；", e.fieldErrors().stream().map(f -> f.message()).toList()));
        }
        return "redirect:/training/readings/" + readingId + "/edit";
    }

    @GetMapping({"/training/readings/document", "/api/v1/training-readings/document"})
    @PreAuthorize("hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER', 'BRANCH_SECRETARY', 'MEMBER')")
    @Operation(summary = "下载规定篇目原文", description = "reading 为规定篇目 id；本单位及上级列出的规定篇目可下载。")
    ResponseEntity<byte[]> document(@RequestParam long reading) {
        ReadingService.Document document = readings.document(reading);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(document.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(document.contentType()))
                .body(document.content());
    }

    /** One reading: who in the user's scope (under {@code org}) has not studied it, and the form to record study. */
    @GetMapping("/training/readings/study")
    @PreAuthorize(TrainingRoles.KEEPERS)
    String study(@RequestParam long reading, @RequestParam(required = false) Long org, Model model) {
        return studyPage(readings.reading(reading), org, null, Map.of(), model);
    }

    @PostMapping("/training/readings/study")
    @PreAuthorize(TrainingRoles.KEEPERS)
    String recordStudy(@RequestParam(name = "reading", required = false) Long readingId, @RequestParam(required = false) List<Long> personIds,
                       @RequestParam(required = false) Long orgId,
                       @RequestParam(required = false) java.time.LocalDate studiedOn,
                       @RequestParam(required = false) java.math.BigDecimal hours,
                       @RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
        if (readingId == null) {
            throw NotFoundException.of("规定篇目", "");
        }
        Reading reading = readings.reading(readingId);
        StudyForm form = new StudyForm(readingId, personIds, orgId, studiedOn, hours, note);
        Map<String, String> errors = new LinkedHashMap<>();
        if (studiedOn == null) {
            errors.put("studiedOn", "请填写学习日期");
        } else {
            try {
                int n = readings.recordFor(form);
                redirect.addFlashAttribute("notice", "已登记" + n + "人学习《" + reading.title() + "》");
                return "redirect:/training/readings/study?reading=" + readingId;
            } catch (RuleViolationException e) {
                e.fieldErrors().forEach(f -> errors.putIfAbsent(f.field(), f.message()));
                if (errors.isEmpty()) {
                    errors.put("personIds", e.getMessage());
                }
            }
        }
        return studyPage(reading, null, form, errors, model);
    }

    @GetMapping("/training/readings/progress")
    @PreAuthorize(TrainingRoles.KEEPERS)
    String progress(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long org,
                    @RequestParam(required = false) Boolean behind, Model model) {
        int y = year == null ? years.defaultYear() : year;
        OrgSummary under = orgInScope(org);
        List<Reading> list = queries.bindingOn(under.id(), y);
        List<ReadingQueries.Progress> rows = new ArrayList<>();
        int[] done = {0, 0};
        queries.forEachProgress(under.id(), list, y, p -> {
            done[0]++;
            if (p.done()) {
                done[1]++;
            }
            if (!Boolean.TRUE.equals(behind) || !p.done()) {
                rows.add(p);
            }
        });
        model.addAttribute("year", y);
        model.addAttribute("org", under);
        model.addAttribute("path", tree.path(under.id()));
        model.addAttribute("children", tree.children(under.id()));
        model.addAttribute("readings", list);
        model.addAttribute("rows", rows);
        model.addAttribute("members", done[0]);
        model.addAttribute("finished", done[1]);
        model.addAttribute("behind", Boolean.TRUE.equals(behind));
        return "training/reading-progress";
    }

    @GetMapping({"/training/readings/progress.xlsx", "/api/v1/training-readings/progress.xlsx"})
    @PreAuthorize(TrainingRoles.KEEPERS)
    @Operation(summary = "导出规定篇目学习进度", description = "org（默认本单位）下每名党员应学、已学篇数与未学篇目；behind=true 只导出未学完的。")
    void export(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long org,
                @RequestParam(required = false) Boolean behind, HttpServletResponse response) throws IOException {
        int y = year == null ? years.defaultYear() : year;
        OrgSummary under = orgInScope(org);
        List<Reading> list = queries.bindingOn(under.id(), y);
        try (ExcelWriter excel = new ExcelWriter(); OutputStream out = ExcelDownload.start(response, y + "年规定篇目学习进度", clock)) {
            excel.sheet("学习进度", PROGRESS);
            queries.forEachProgress(under.id(), list, y, p -> {
                if (!Boolean.TRUE.equals(behind) || !p.done()) {
                    excel.row(p.name(), p.orgName(), p.committee() ? "是" : "否", p.required(), p.studied(),
                            String.join("；", p.missing()));
                }
            });
            excel.writeTo(out);
        }
    }

    private String studyPage(Reading reading, Long org, StudyForm failed, Map<String, String> errors, Model model) {
        OrgSummary under = orgInScope(org);
        List<ReadingQueries.Reader> readers = queries.readers(under.id(), reading, null).stream()
                .filter(r -> r.committee() || !reading.cadresOnly()).toList();
        List<ReadingQueries.Reader> pending = readers.stream().filter(r -> !r.studied()).toList();
        model.addAttribute("reading", reading);
        model.addAttribute("org", under);
        model.addAttribute("path", tree.path(under.id()));
        List<OrgSummary> orgs = new ArrayList<>();
        orgs.add(under);
        orgs.addAll(tree.children(under.id()));
        model.addAttribute("branches", orgs);
        model.addAttribute("required", readers.size());
        model.addAttribute("studiedCount", readers.size() - pending.size());
        model.addAttribute("pending", pending.stream().limit(PICK_LIMIT).toList());
        model.addAttribute("pendingTotal", pending.size());
        model.addAttribute("failed", failed);
        model.addAttribute("errors", errors);
        model.addAttribute("today", java.time.LocalDate.now(clock));
        return "training/reading-study";
    }

    private OrgSummary orgInScope(Long org) {
        long id = org == null ? scope.requireActor().orgId() : org;
        return tree.find(id).filter(o -> scope.covers(new ObjectOwner(ScopeKind.REGISTER, o.id(), null)))
                .orElseThrow(() -> NotFoundException.of("党组织", id));
    }

    private String formPage(Reading reading, Model model) {
        model.addAttribute("reading", reading);
        model.addAttribute("categories", codes.items(TrainingService.CATEGORY_LIST));
        return "training/reading-form";
    }
}
