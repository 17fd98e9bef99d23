package org.jiceng.configuration;

import java.util.List;

import jakarta.validation.Valid;

import org.jiceng.shared.FormErrors;
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

/** 代码表 pages of the system administrator: the lists, one list's items with an add form, edit, (de)activate. */
@Controller
@PreAuthorize(SettingsController.SYSTEM_ADMIN)
class CodeListController {

    private final CodeListAdminService codes;

    CodeListController(CodeListAdminService codes) {
        this.codes = codes;
    }

    @GetMapping("/admin/code-lists")
    String lists(Model model) {
        model.addAttribute("lists", codes.lists());
        return "admin/code-lists";
    }

    @GetMapping("/admin/code-lists/{listCode}")
    String list(@PathVariable String listCode, Model model) {
        List<CodeItemRow> items = codes.items(listCode);
        model.addAttribute("form", CodeItemForm.blank(items.stream().mapToInt(CodeItemRow::sortOrder).max().orElse(0) + 1));
        return listPage(listCode, model);
    }

    @PostMapping("/admin/code-lists/{listCode}/items")
    String add(@PathVariable String listCode, @Valid @ModelAttribute("form") CodeItemForm form, BindingResult result,
               Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                CodeItemRow added = codes.add(listCode, form);
                redirect.addFlashAttribute("notice", "已添加 " + added.code() + " " + added.label());
                return "redirect:/admin/code-lists/" + listCode;
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            }
        }
        return listPage(listCode, model);
    }

    @GetMapping("/admin/code-lists/{listCode}/items/{code}")
    String edit(@PathVariable String listCode, @PathVariable String code, Model model) {
        CodeItemRow item = codes.item(listCode, code);
        model.addAttribute("form", CodeItemForm.of(item));
        return editPage(item, model);
    }

    @PostMapping("/admin/code-lists/{listCode}/items/{code}")
    String update(@PathVariable String listCode, @PathVariable String code,
                  @Valid @ModelAttribute("form") CodeItemForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        CodeItemRow item = codes.item(listCode, code);
        if (!result.hasErrors()) {
            try {
                CodeItemRow saved = codes.update(listCode, code, form);
                redirect.addFlashAttribute("notice", "已保存 " + saved.code() + " " + saved.label());
                return "redirect:/admin/code-lists/" + listCode;
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            } catch (StaleEditException e) {
                FormErrors.apply(e, result);
            }
        }
        return editPage(item, model);
    }

    @PostMapping("/admin/code-lists/{listCode}/items/{code}/deactivate")
    String deactivate(@PathVariable String listCode, @PathVariable String code,
                      @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return setActive(listCode, code, false, version, redirect);
    }

    @PostMapping("/admin/code-lists/{listCode}/items/{code}/activate")
    String activate(@PathVariable String listCode, @PathVariable String code,
                    @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return setActive(listCode, code, true, version, redirect);
    }

    private String setActive(String listCode, String code, boolean active, Long version, RedirectAttributes redirect) {
        try {
            CodeItemRow done = codes.setActive(listCode, code, active, version);
            redirect.addFlashAttribute("notice", (active ? "已启用 " : "已停用 ") + done.code() + " " + done.label()
                    + (active ? "" : "（已使用此代码的记录不受影响，新记录不能再选）"));
        } catch (RuleViolationException | StaleEditException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/admin/code-lists/" + listCode;
    }

    private String listPage(String listCode, Model model) {
        model.addAttribute("list", codes.list(listCode));
        List<CodeItemRow> items = codes.items(listCode);
        model.addAttribute("items", items);
        model.addAttribute("hasNational", items.stream().anyMatch(CodeItemRow::national));
        model.addAttribute("migrations", codes.migrations(listCode));
        return "admin/code-list";
    }

    private String editPage(CodeItemRow item, Model model) {
        model.addAttribute("list", codes.list(item.listCode()));
        model.addAttribute("item", item);
        return "admin/code-item-edit";
    }
}
