package org.jiceng.target.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jiceng.configuration.CodeLists;
import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgTree;
import org.jiceng.organization.OrgType;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.FormErrors;
import org.jiceng.shared.PageQuery;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.StaleEditException;
import org.jiceng.shared.excel.ExcelDownload;
import org.jiceng.target.task.Quantity;
import org.jiceng.target.task.TaskService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * 台账日记 pages, made for a phone: the ledger of an org with filters and sums by unit, the rollup per village or
 * township and per central task, writing and correcting an entry with its evidence (branch secretaries for their
 * village, officers for their township and the villages below).
 */
@Controller
@PreAuthorize(DiaryController.KEEPERS)
class DiaryController {

    static final String KEEPERS = "hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER', 'BRANCH_SECRETARY')";
    private static final int LINES = 3;

    private final DiaryService diary;
    private final LedgerExport export;
    private final TaskService tasks;
    private final CodeLists codes;
    private final OrgTree tree;
    private final DataScope scope;
    private final Clock clock;

    DiaryController(DiaryService diary, LedgerExport export, TaskService tasks, CodeLists codes, OrgTree tree, DataScope scope,
                    Clock clock) {
        this.diary = diary;
        this.export = export;
        this.tasks = tasks;
        this.codes = codes;
        this.tree = tree;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping("/ledger-diary")
    String browse(@RequestParam(required = false) Long org, @RequestParam(required = false) Integer year,
                  @RequestParam(required = false) String category, @RequestParam(required = false) Long taskId,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(required = false) Integer page, Model model) {
        DiaryFilter filter = filter(org, year, category, taskId, from, to);
        model.addAttribute("filter", filter);
        model.addAttribute("org", tree.find(filter.orgId()).orElseThrow());
        model.addAttribute("path", tree.path(filter.orgId()));
        model.addAttribute("page", diary.entries(filter, PageQuery.of(page, 30, null, null)));
        model.addAttribute("rollup", diary.rollup(filter, false));
        model.addAttribute("categories", codes.items(DiaryRepository.CATEGORIES));
        model.addAttribute("tasks", tasks.tasks(filter.orgId(), filter.year()));
        return "target/ledger-list";
    }

    @GetMapping("/ledger-diary/rollup")
    String rollup(@RequestParam(required = false) Long org, @RequestParam(required = false) Integer year,
                  @RequestParam(required = false) String category,
                  @RequestParam(required = false) boolean demonstration, Model model) {
        DiaryFilter filter = filter(org, year, category, null, null, null);
        LedgerRollup rollup = diary.rollup(filter, demonstration);
        model.addAttribute("demonstration", demonstration);
        model.addAttribute("filter", filter);
        model.addAttribute("path", tree.path(filter.orgId()));
        model.addAttribute("rollup", rollup);
        model.addAttribute("categories", codes.items(DiaryRepository.CATEGORIES));
        return "target/ledger-rollup";
    }

    @GetMapping("/ledger-diary/rollup/export")
    void export(@RequestParam(required = false) Long org, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) String category, @RequestParam(required = false) boolean demonstration,
                HttpServletResponse response) throws IOException {
        DiaryFilter filter = filter(org, year, category, null, null, null);
        String name = tree.find(filter.orgId()).orElseThrow().shortName();
        export.write(filter, demonstration, ExcelDownload.start(response,
                name + filter.year() + "年台账汇总", clock));
    }

    @GetMapping("/ledger-diary/new")
    String newEntry(@RequestParam(required = false) Long org, @RequestParam(required = false) Long taskId,
                    @RequestParam(required = false) String tooLarge, Model model) {
        long orgId = org == null ? scope.requireActor().orgId() : org;
        model.addAttribute("form", new DiaryForm(orgId, LocalDate.now(clock), null, null, null, taskId,
                blankLines(List.of()), null));
        if (tooLarge != null) {
            model.addAttribute("problem", "上传的文件超过 10 MB 上限，请拆分后再上传");
        }
        return formPage(model, null);
    }

    @PostMapping("/ledger-diary/new")
    String create(@Valid @ModelAttribute("form") DiaryForm form, BindingResult result,
                  @RequestParam(required = false) List<MultipartFile> files, Model model,
                  RedirectAttributes redirect) throws IOException {
        if (!result.hasErrors()) {
            try {
                DiaryEntry saved = diary.record(form, uploads(files));
                redirect.addFlashAttribute("notice", "已记入台账");
                return "redirect:/ledger-diary/" + saved.id();
            } catch (RuleViolationException e) {
                var others = e.fieldErrors().stream().filter(f -> !f.field().equals("files")).toList();
                e.fieldErrors().stream().filter(f -> f.field().equals("files")).findFirst()
                        .ifPresent(f -> model.addAttribute("filesError", f.message()));
                if (!others.isEmpty() || e.fieldErrors().isEmpty()) {
                    FormErrors.apply(new RuleViolationException(e.getMessage(), others), result);
                }
            }
        }
        return formPage(model, null);
    }

    @GetMapping("/ledger-diary/{diaryId}")
    String detail(@PathVariable long diaryId, @RequestParam(required = false) String tooLarge, Model model) {
        DiaryEntry entry = diary.entry(diaryId);
        model.addAttribute("entry", entry);
        model.addAttribute("path", tree.path(entry.orgId()));
        if (tooLarge != null) {
            model.addAttribute("problem", "上传的文件超过 10 MB 上限，请拆分后再上传");
        }
        return "target/ledger-detail";
    }

    @GetMapping("/ledger-diary/{diaryId}/edit")
    String edit(@PathVariable long diaryId, Model model) {
        DiaryEntry e = diary.entry(diaryId);
        List<Quantity> lines = e.quantities().stream().map(l -> new Quantity(l.quantity(), l.unit())).toList();
        model.addAttribute("form", new DiaryForm(e.orgId(), e.date(), e.category(), e.content(), e.witness(),
                e.taskId(), blankLines(lines), e.version()));
        return formPage(model, e);
    }

    @PostMapping("/ledger-diary/{diaryId}/edit")
    String update(@PathVariable long diaryId, @Valid @ModelAttribute("form") DiaryForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        DiaryEntry entry = diary.entry(diaryId);
        if (!result.hasErrors()) {
            try {
                diary.update(diaryId, form);
                redirect.addFlashAttribute("notice", "已修改台账日记");
                return "redirect:/ledger-diary/" + diaryId;
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            } catch (StaleEditException e) {
                FormErrors.apply(e, result);
            }
        }
        return formPage(model, entry);
    }

    @PostMapping("/ledger-diary/{diaryId}")
    String upload(@PathVariable long diaryId, @RequestParam(required = false) MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        try {
            DiaryFile saved = diary.addFile(diaryId, new Upload(file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes()));
            redirect.addFlashAttribute("notice", "已上传佐证材料：" + saved.fileName());
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", e.fieldErrors().isEmpty() ? e.getMessage()
                    : e.fieldErrors().get(0).message());
        }
        return "redirect:/ledger-diary/" + diaryId;
    }

    @GetMapping("/ledger-diary/files/{diaryFileId}")
    ResponseEntity<byte[]> file(@PathVariable long diaryFileId) {
        DiaryFile file = diary.file(diaryFileId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(diary.fileContent(diaryFileId));
    }

    private String formPage(Model model, DiaryEntry editing) {
        OrgSummary mine = tree.find(scope.requireActor().orgId()).orElseThrow();
        List<OrgSummary> orgs = new ArrayList<>();
        addWritable(mine, orgs, 0);
        model.addAttribute("editing", editing);
        model.addAttribute("orgs", orgs);
        model.addAttribute("categories", codes.items(DiaryRepository.CATEGORIES));
        model.addAttribute("units", codes.items(DiaryRepository.UNITS));
        model.addAttribute("tasks", tasks.tasks(mine.id(), LocalDate.now(clock).getYear()));
        model.addAttribute("today", LocalDate.now(clock));
        return "target/ledger-form";
    }

    /** The orgs a user records for: their own and those below, down to villages (not party groups). */
    private void addWritable(OrgSummary org, List<OrgSummary> orgs, int depth) {
        if (org.type() == OrgType.TOWNSHIP || org.type().isVillageLevel()) {
            orgs.add(org);
        }
        if (depth < 2 && !org.type().isVillageLevel()) {
            tree.children(org.id()).forEach(child -> addWritable(child, orgs, depth + 1));
        }
    }

    private DiaryFilter filter(Long org, Integer year, String category, Long taskId, LocalDate from, LocalDate to) {
        long orgId = org == null ? scope.requireActor().orgId() : org;
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        return new DiaryFilter(orgId, y, category == null || category.isBlank() ? null : category, taskId, from, to);
    }

    private static List<Quantity> blankLines(List<Quantity> filled) {
        List<Quantity> lines = new ArrayList<>(filled);
        while (lines.size() < Math.max(LINES, filled.size() + 1)) {
            lines.add(new Quantity(null, null));
        }
        return lines;
    }

    static List<Upload> uploads(List<MultipartFile> files) throws IOException {
        List<Upload> uploads = new ArrayList<>();
        if (files != null) {
            for (MultipartFile f : files) {
                if (f != null && !f.isEmpty()) {
                    uploads.add(new Upload(f.getOriginalFilename(), f.getBytes()));
                }
            }
        }
        return uploads;
    }
}
