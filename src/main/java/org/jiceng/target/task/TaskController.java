package org.jiceng.target.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import org.jiceng.configuration.CodeLists;
import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgTree;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.FormErrors;
import org.jiceng.shared.RuleViolationException;
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
 * 中心工作 pages: the year's tasks under an org (officers and branch secretaries read), writing a township's task and
 * assigning villages their shares (county and township officers).
 */
@Controller
@PreAuthorize(TaskController.KEEPERS)
class TaskController {

    static final String KEEPERS = "hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER', 'BRANCH_SECRETARY')";
    static final String OFFICERS = "hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER')";
    private static final int LINES = 4;

    private final TaskService tasks;
    private final CodeLists codes;
    private final OrgTree tree;
    private final DataScope scope;
    private final Clock clock;

    TaskController(TaskService tasks, CodeLists codes, OrgTree tree, DataScope scope, Clock clock) {
        this.tasks = tasks;
        this.codes = codes;
        this.tree = tree;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping("/central-tasks")
    String list(@RequestParam(required = false) Long org, @RequestParam(required = false) Integer year, Model model) {
        long orgId = org == null ? scope.requireActor().orgId() : org;
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("org", tree.find(orgId).orElseThrow());
        model.addAttribute("path", tree.path(orgId));
        model.addAttribute("year", y);
        model.addAttribute("tasks", tasks.tasks(orgId, y));
        model.addAttribute("officer", officer());
        return "target/task-list";
    }

    @GetMapping("/central-tasks/new")
    @PreAuthorize(OFFICERS)
    String newTask(@RequestParam(required = false) Long org, Model model) {
        long orgId = org == null ? scope.requireActor().orgId() : org;
        model.addAttribute("form", new TaskForm(orgId, LocalDate.now(clock).getYear(), null, null, null, null, null,
                null, blankLines()));
        return formPage(model);
    }

    @PostMapping("/central-tasks/new")
    @PreAuthorize(OFFICERS)
    String create(@Valid @ModelAttribute("form") TaskForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                CentralTask created = tasks.create(form);
                redirect.addFlashAttribute("notice", "已保存中心工作，可分解到村");
                return "redirect:/central-tasks/" + created.id();
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            }
        }
        return formPage(model);
    }

    @GetMapping("/central-tasks/{taskId}")
    String detail(@PathVariable long taskId, Model model) {
        CentralTask task = tasks.task(taskId);
        model.addAttribute("shareForm", new ShareForm(null, null, task.leadUnit(), blankLines()));
        return detailPage(task, model);
    }

    @PostMapping("/central-tasks/{taskId}/shares")
    @PreAuthorize(OFFICERS)
    String share(@PathVariable long taskId, @Valid @ModelAttribute("shareForm") ShareForm form, BindingResult result,
                 Model model, RedirectAttributes redirect) {
        CentralTask task = tasks.task(taskId);
        if (!result.hasErrors()) {
            try {
                CentralTask share = tasks.share(taskId, form);
                redirect.addFlashAttribute("notice", "已分解到" + share.orgName());
                return "redirect:/central-tasks/" + taskId;
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            }
        }
        return detailPage(task, model);
    }

    private String detailPage(CentralTask task, Model model) {
        model.addAttribute("task", task);
        model.addAttribute("path", tree.path(task.orgId()));
        model.addAttribute("shares", tasks.shares(task.id()));
        model.addAttribute("villages", task.share() ? List.<OrgSummary>of() : tree.children(task.orgId()));
        model.addAttribute("units", codes.items(TaskRepository.UNITS));
        model.addAttribute("officer", officer());
        return "target/task-detail";
    }

    private String formPage(Model model) {
        model.addAttribute("categories", codes.items(TaskRepository.CATEGORIES));
        model.addAttribute("units", codes.items(TaskRepository.UNITS));
        return "target/task-form";
    }

    private static List<Quantity> blankLines() {
        List<Quantity> lines = new ArrayList<>();
        for (int i = 0; i < LINES; i++) {
            lines.add(new Quantity(null, null));
        }
        return lines;
    }

    private boolean officer() {
        String role = scope.requireActor().role().name();
        return role.equals("COUNTY_OFFICER") || role.equals("TOWNSHIP_OFFICER");
    }
}
