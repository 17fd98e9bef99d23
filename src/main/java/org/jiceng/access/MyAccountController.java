package org.jiceng.access;

import jakarta.validation.Valid;

import org.jiceng.organization.OrgTree;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.FormErrors;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.StaleEditException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 我的账户: every signed-in user sees their account and changes their own password. */
@Controller
class MyAccountController {

    private final PasswordService passwords;
    private final DataScope scope;
    private final OrgTree tree;

    MyAccountController(PasswordService passwords, DataScope scope, OrgTree tree) {
        this.passwords = passwords;
        this.scope = scope;
        this.tree = tree;
    }

    @GetMapping("/account")
    String account(Model model) {
        model.addAttribute("form", PasswordForm.blank());
        return page(model);
    }

    @PostMapping("/account/password")
    String change(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                passwords.changeOwn(form);
                redirect.addFlashAttribute("notice", "密码已修改，下次登录请使用新密码");
                return "redirect:/account";
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            } catch (StaleEditException e) {
                FormErrors.apply(e, result);
            }
        }
        // The page shows the errors but never sends the passwords back to the browser (no value attributes).
        return page(model);
    }

    private String page(Model model) {
        var actor = scope.requireActor();
        model.addAttribute("orgName", tree.find(actor.orgId()).map(o -> o.name()).orElse(""));
        model.addAttribute("mustChange", passwords.mustChange(actor.accountId()));
        model.addAttribute("minLength", passwords.policy().minLength());
        return "access/account";
    }
}
