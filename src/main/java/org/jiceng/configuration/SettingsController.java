package org.jiceng.configuration;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 系统设置 pages of the system administrator: the list, and one setting's edit form. */
@Controller
@PreAuthorize(SettingsController.SYSTEM_ADMIN)
class SettingsController {

    static final String SYSTEM_ADMIN = "hasRole('SYSTEM_ADMIN')";

    private final SettingsAdminService settings;

    SettingsController(SettingsAdminService settings) {
        this.settings = settings;
    }

    @GetMapping("/admin/settings")
    String list(Model model) {
        model.addAttribute("settings", settings.list());
        return "admin/settings";
    }

    @GetMapping("/admin/settings/{settingKey}")
    String edit(@PathVariable String settingKey, Model model) {
        SettingRow setting = settings.get(settingKey);
        model.addAttribute("form", new SettingForm(setting.value(), setting.version()));
        return page(setting, model);
    }

    @PostMapping("/admin/settings/{settingKey}")
    String update(@PathVariable String settingKey, @Valid @ModelAttribute("form") SettingForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        SettingRow setting = settings.get(settingKey);
        if (!result.hasErrors()) {
            try {
                SettingRow saved = settings.update(settingKey, form);
                redirect.addFlashAttribute("notice", "已保存“" + saved.label() + "”：" + saved.display());
                return "redirect:/admin/settings";
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            } catch (StaleEditException e) {
                FormErrors.apply(e, result);
            }
        }
        return page(setting, model);
    }

    private String page(SettingRow setting, Model model) {
        model.addAttribute("setting", setting);
        model.addAttribute("roles", SettingDefinition.selectableRoles());
        return "admin/setting-edit";
    }
}
