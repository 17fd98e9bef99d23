package org.jiceng.target.supervision;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.jiceng.organization.OrgDirectory;
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
 * 督查督办 pages: the list of a year with filters (state, overdue), registering an item, an item with its history,
 * reports and the steps the user may take, and the board per township.
 */
@Controller
@PreAuthorize(SupervisionController.READERS)
class SupervisionController {

    static final String READERS = "hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER', 'BRANCH_SECRETARY')";
    static final String OFFICERS = "hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER')";
    static final String TOO_LARGE = "上传的文件超过" + UploadTypes.MAX_BYTES / 1024 / 1024 + "MB上限，请压缩或拆分后再上传";

    private final SupervisionService service;
    private final OrgTree tree;
    private final OrgDirectory directory;
    private final DataScope scope;
    private final Clock clock;

    SupervisionController(SupervisionService service, OrgTree tree, OrgDirectory directory, DataScope scope,
                          Clock clock) {
        this.service = service;
        this.tree = tree;
        this.directory = directory;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping("/supervision")
    String list(@RequestParam(required = false) Long org, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) SupervisionStatus status,
                @RequestParam(required = false) Boolean overdue, Model model) {
        long orgId = org == null ? scope.requireActor().orgId() : org;
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        LocalDate today = LocalDate.now(clock);
        List<SupervisionItem> items = service.items(orgId, y).stream()
                .filter(i -> status == null || i.status() == status)
                .filter(i -> !Boolean.TRUE.equals(overdue) || i.overdueOn(today)).toList();
        model.addAttribute("items", items);
        model.addAttribute("org", tree.find(orgId).orElseThrow());
        model.addAttribute("year", y);
        model.addAttribute("status", status);
        model.addAttribute("overdue", Boolean.TRUE.equals(overdue));
        model.addAttribute("statuses", SupervisionStatus.values());
        model.addAttribute("today", today);
        model.addAttribute("officer", officer());
        return "target/supervision/supervision-list";
    }

    @GetMapping("/supervision/board")
    String board(@RequestParam(required = false) Long org, @RequestParam(required = false) Integer year,
                 Model model) {
        long orgId = org == null ? scope.requireActor().orgId() : org;
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("board", service.board(orgId, y));
        model.addAttribute("org", tree.find(orgId).orElseThrow());
        model.addAttribute("statuses", SupervisionStatus.values());
        return "target/supervision/supervision-board";
    }

    @GetMapping("/supervision/new")
    @PreAuthorize(OFFICERS)
    String newItem(Model model) {
        model.addAttribute("form", SupervisionForm.blank(LocalDate.now(clock)));
        return formPage(model);
    }

    @PostMapping("/supervision")
    @PreAuthorize(OFFICERS)
    String register(@Valid @ModelAttribute("form") SupervisionForm form, BindingResult result, Model model,
                    RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                SupervisionItem saved = service.register(form);
                redirect.addFlashAttribute("notice", "已立项：" + saved.number());
                return "redirect:/supervision/" + saved.id();
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            }
        }
        return formPage(model);
    }

    @GetMapping({"/supervision/{supervisionId}", "/supervision/{supervisionId}/report",
            "/supervision/{supervisionId}/act"})
    String detail(@PathVariable long supervisionId, @RequestParam(required = false) String tooLarge, Model model) {
        SupervisionItem item = service.item(supervisionId);
        model.addAttribute("actionForm", new SupervisionActionForm(null, null, null, item.version()));
        model.addAttribute("reportForm", new ReportForm(null, item.version()));
        model.addAttribute("fileError", tooLarge != null ? TOO_LARGE : null);
        return detailPage(item, model);
    }

    @PostMapping("/supervision/{supervisionId}/act")
    String act(@PathVariable long supervisionId, @Valid @ModelAttribute("actionForm") SupervisionActionForm form,
               BindingResult result, Model model, RedirectAttributes redirect) {
        SupervisionItem item = service.item(supervisionId);
        if (form.action() == null) {
            result.rejectValue("note", "action", "请选择要办理的事项");
        }
        if (!result.hasErrors()) {
            try {
                service.act(supervisionId, form.action(), form);
                redirect.addFlashAttribute("notice", "已" + form.action().label());
                return "redirect:/supervision/" + supervisionId;
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            } catch (StaleEditException e) {
                FormErrors.apply(e, result);
            }
        }
        model.addAttribute("reportForm", new ReportForm(null, item.version()));
        model.addAttribute("failedAction", form.action());
        return detailPage(item, model);
    }

    @PostMapping("/supervision/{supervisionId}/report")
    String report(@PathVariable long supervisionId, @Valid @ModelAttribute("reportForm") ReportForm form,
                  BindingResult result, @RequestParam(required = false) MultipartFile file, Model model,
                  RedirectAttributes redirect) throws IOException {
        SupervisionItem item = service.item(supervisionId);
        if (!result.hasErrors()) {
            try {
                service.report(supervisionId, form, name(file), bytes(file));
                redirect.addFlashAttribute("notice", "已反馈办理情况，待" + item.orgName() + "审结");
                return "redirect:/supervision/" + supervisionId;
            } catch (RuleViolationException e) {
                e.fieldErrors().stream().filter(f -> f.field().equals("file")).findFirst()
                        .ifPresent(f -> model.addAttribute("fileError", f.message()));
                FormErrors.apply(e, result);
            } catch (StaleEditException e) {
                FormErrors.apply(e, result);
            }
        }
        model.addAttribute("actionForm", new SupervisionActionForm(null, null, null, item.version()));
        return detailPage(item, model);
    }

    private String detailPage(SupervisionItem item, Model model) {
        model.addAttribute("item", item);
        model.addAttribute("party", service.partyOf(item).name());
        model.addAttribute("history", service.history(item.id()));
        model.addAttribute("reports", service.reports(item.id()));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("path", tree.path(item.leadOrgId()));
        return "target/supervision/supervision-detail";
    }

    private String formPage(Model model) {
        long own = scope.requireActor().orgId();
        model.addAttribute("units", directory.under(own, null, 1000).stream().filter(o -> o.id() != own).toList());
        model.addAttribute("registrar", tree.find(own).orElseThrow());
        return "target/supervision/supervision-form";
    }

    private boolean officer() {
        String role = scope.requireActor().role().name();
        return role.equals("COUNTY_OFFICER") || role.equals("TOWNSHIP_OFFICER");
    }

    static String name(MultipartFile file) {
        return file == null || file.isEmpty() ? null : file.getOriginalFilename();
    }

    static byte[] bytes(MultipartFile file) throws IOException {
        return file == null || file.isEmpty() ? null : file.getBytes();
    }
}
