package org.jiceng.target.letter;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jiceng.configuration.CodeLists;
import org.jiceng.organization.OrgTree;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.FormErrors;
import org.jiceng.shared.Role;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.StaleEditException;
import org.jiceng.shared.excel.ExcelDownload;
import org.jiceng.shared.pdf.PdfDownload;
import org.jiceng.target.task.TaskService;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 目标责任书 pages: a year's letters, a letter (items, issuing, every village's standing), a village's copy (its
 * targets, standing, signing, amendments) and its PDF. Officers of the issuing township change; others read.
 */
@Controller
@PreAuthorize(LetterController.READERS)
class LetterController {

    static final String READERS = "hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER', 'BRANCH_SECRETARY')";
    static final String OFFICERS = "hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER')";

    private final LetterService service;
    private final LetterQueries queries;
    private final LetterPdf pdf;
    private final BoardExport export;
    private final TaskService tasks;
    private final CodeLists codes;
    private final OrgTree tree;
    private final DataScope scope;
    private final Clock clock;

    LetterController(LetterService service, LetterQueries queries, LetterPdf pdf, BoardExport export, TaskService tasks,
                     CodeLists codes, OrgTree tree, DataScope scope, Clock clock) {
        this.service = service;
        this.queries = queries;
        this.pdf = pdf;
        this.export = export;
        this.tasks = tasks;
        this.codes = codes;
        this.tree = tree;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping("/target-letters")
    String list(@RequestParam(required = false) Long org, @RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("form", new LetterForm(y, "争优创先目标责任书", null));
        return listPage(org, y, model);
    }

    @PostMapping("/target-letters")
    @PreAuthorize(OFFICERS)
    String create(@Valid @ModelAttribute("form") LetterForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                TargetLetter created = service.create(form);
                redirect.addFlashAttribute("notice", "已建立" + created.label() + "，请逐项填写目标任务");
                return "redirect:/target-letters/" + created.id();
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            }
        }
        return listPage(null, form.year() == null ? LocalDate.now(clock).getYear() : form.year(), model);
    }

    @GetMapping("/target-letters/{letterId}")
    String detail(@PathVariable long letterId, Model model) {
        var board = queries.board(letterId);
        model.addAttribute("itemForm", blankItem(board.letter()));
        model.addAttribute("issueForm", new IssueForm(LocalDate.now(clock), board.letter().version()));
        return detailPage(board, model);
    }

    @GetMapping("/target-letters/{letterId}/board.xlsx")
    void exportBoard(@PathVariable long letterId, HttpServletResponse response) throws IOException {
        var board = queries.board(letterId);
        export.write(board, ExcelDownload.start(response, board.letter().label() + "考核看板", clock));
    }

    @PostMapping("/target-letters/{letterId}/items")
    @PreAuthorize(OFFICERS)
    String addItem(@PathVariable long letterId, @Valid @ModelAttribute("itemForm") ItemForm form,
                   BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                service.addItem(letterId, form);
                redirect.addFlashAttribute("notice", "已增加项目：" + form.content().strip());
                return "redirect:/target-letters/" + letterId + "#items";
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            } catch (StaleEditException e) {
                FormErrors.apply(e, result);
            }
        }
        var board = queries.board(letterId);
        model.addAttribute("issueForm", new IssueForm(LocalDate.now(clock), board.letter().version()));
        return detailPage(board, model);
    }

    @PostMapping("/target-letters/{letterId}/items/{letterItemId}/delete")
    @PreAuthorize(OFFICERS)
    String removeItem(@PathVariable long letterId, @PathVariable long letterItemId, @RequestParam long version,
                      RedirectAttributes redirect) {
        try {
            service.removeItem(letterId, letterItemId, version);
            redirect.addFlashAttribute("notice", "已删除项目");
        } catch (RuleViolationException | StaleEditException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/target-letters/" + letterId + "#items";
    }

    @PostMapping("/target-letters/{letterId}/issue")
    @PreAuthorize(OFFICERS)
    String issue(@PathVariable long letterId, @Valid @ModelAttribute("issueForm") IssueForm form,
                 BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                TargetLetter issued = service.issue(letterId, form);
                redirect.addFlashAttribute("notice", "已下达各村，请在各村签订后登记签订日期");
                return "redirect:/target-letters/" + issued.id();
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            } catch (StaleEditException e) {
                FormErrors.apply(e, result);
            }
        }
        var board = queries.board(letterId);
        model.addAttribute("itemForm", blankItem(board.letter()));
        return detailPage(board, model);
    }

    @GetMapping("/target-letters/copies/{copyId}")
    String copy(@PathVariable long copyId, Model model) {
        return copyPage(queries.copy(copyId), model);
    }

    @PostMapping("/target-letters/copies/{copyId}/sign")
    @PreAuthorize(OFFICERS)
    String sign(@PathVariable long copyId, @Valid @ModelAttribute("signForm") SignForm form, BindingResult result,
                Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                LetterCopy signed = service.sign(copyId, form);
                redirect.addFlashAttribute("notice", signed.villageName() + "已于" + signed.signedOn() + "签订");
                return "redirect:/target-letters/copies/" + copyId;
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            } catch (StaleEditException e) {
                FormErrors.apply(e, result);
            }
        }
        return copyPage(queries.copy(copyId), model);
    }

    @PostMapping("/target-letters/copies/{copyId}/quantities")
    @PreAuthorize(OFFICERS)
    String changeQuantity(@PathVariable long copyId, @Valid @ModelAttribute("quantityForm") QuantityForm form,
                          BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                LetterCopy saved = service.changeQuantity(copyId, form);
                redirect.addFlashAttribute("notice", saved.status() == CopyStatus.SIGNED ? "已登记变更" : "已修改目标数量");
                return "redirect:/target-letters/copies/" + copyId;
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            } catch (StaleEditException e) {
                FormErrors.apply(e, result);
            }
        }
        return copyPage(queries.copy(copyId), model);
    }

    @PostMapping("/target-letters/copies/{copyId}/months")
    @PreAuthorize(OFFICERS)
    String checkMonth(@PathVariable long copyId, @Valid @ModelAttribute("monthForm") MonthCheckForm form,
                      BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                service.checkMonth(copyId, form);
                redirect.addFlashAttribute("notice", "已登记" + form.month() + "月考核得分");
                return "redirect:/target-letters/copies/" + copyId + "#months";
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            } catch (StaleEditException e) {
                FormErrors.apply(e, result);
            }
        }
        return copyPage(queries.copy(copyId), model);
    }

    @GetMapping("/target-letters/copies/{copyId}/letter.pdf")
    ResponseEntity<byte[]> print(@PathVariable long copyId) {
        var view = queries.copy(copyId);
        return PdfDownload.of(pdf.title(view.letter(), view.standing().copy()), pdf.print(view));
    }

    private String listPage(Long org, int year, Model model) {
        long orgId = org == null ? scope.requireActor().orgId() : org;
        model.addAttribute("org", tree.find(orgId).orElseThrow());
        model.addAttribute("path", tree.path(orgId));
        model.addAttribute("year", year);
        model.addAttribute("letters", queries.letters(orgId, year));
        model.addAttribute("issuer", officer() && tree.children(scope.requireActor().orgId()).stream()
                .anyMatch(o -> o.type().isVillageLevel()));
        return "target/letter-list";
    }

    private String detailPage(LetterQueries.Board board, Model model) {
        TargetLetter letter = board.letter();
        model.addAttribute("board", board);
        model.addAttribute("chart", java.util.Map.of(
                "villages", board.villages().stream().map(v -> v.copy().villageName()).toList(),
                "estimated", board.villages().stream().map(Standing::estimated).toList(),
                "full", board.villages().stream().map(Standing::measurable).toList()));
        model.addAttribute("letter", letter);
        model.addAttribute("path", tree.path(letter.orgId()));
        model.addAttribute("own", officer() && scope.requireActor().orgId() == letter.orgId());
        model.addAttribute("areas", codes.items(LetterRepository.AREAS));
        model.addAttribute("units", codes.items(LetterRepository.UNITS));
        model.addAttribute("kinds", MeasureKind.values());
        model.addAttribute("tasks", tasks.tasks(letter.orgId(), letter.year()).stream()
                .filter(t -> t.orgId() == letter.orgId() && !t.share()).toList());
        return "target/letter-detail";
    }

    private String copyPage(LetterQueries.CopyView view, Model model) {
        LetterCopy copy = view.standing().copy();
        if (!model.containsAttribute("signForm")) {
            model.addAttribute("signForm", new SignForm(LocalDate.now(clock), null, null, copy.version()));
        }
        if (!model.containsAttribute("quantityForm")) {
            model.addAttribute("quantityForm", new QuantityForm(null, null, null, copy.version()));
        }
        if (!model.containsAttribute("monthForm")) {
            model.addAttribute("monthForm", new MonthCheckForm(null, null, null, view.monthStamp()));
        }
        model.addAttribute("monthNumbers", java.util.stream.IntStream.rangeClosed(1, 12).boxed().toList());
        model.addAttribute("view", view);
        model.addAttribute("letter", view.letter());
        model.addAttribute("copy", view.standing().copy());
        model.addAttribute("path", tree.path(view.standing().copy().villageId()));
        model.addAttribute("own", officer() && scope.requireActor().orgId() == view.letter().orgId());
        return "target/letter-copy";
    }

    private ItemForm blankItem(TargetLetter letter) {
        return new ItemForm(null, null, MeasureKind.DONE, null, null, null, null, null, null, null, null, null, null,
                null, letter.version());
    }

    private boolean officer() {
        Role role = scope.requireActor().role();
        return role == Role.COUNTY_OFFICER || role == Role.TOWNSHIP_OFFICER;
    }
}
