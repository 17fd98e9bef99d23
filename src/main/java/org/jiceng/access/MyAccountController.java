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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 我的账户: every signed-in user sees their account, changes their own password and manages their API tokens. */
@Controller
class MyAccountController {

    private final PasswordService passwords;
    private final DataScope scope;
    private final OrgTree tree;
    private final ApiTokens tokens;

    MyAccountController(PasswordService passwords, DataScope scope, OrgTree tree, ApiTokens tokens) {
        this.passwords = passwords;
        this.scope = scope;
        this.tree = tree;
        this.tokens = tokens;
    }

    @GetMapping("/account")
    String account(Model model) {
        return page(model);
    }

    /** The new token is shown on this one response, never redirected through the session nor shown again. */
    @PostMapping("/account/tokens")
    String createToken(@Valid @ModelAttribute("tokenForm") ApiTokenForm form, BindingResult result, Model model) {
        if (!result.hasErrors()) {
            try {
                model.addAttribute("newToken", tokens.createOwn(form));
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            }
        }
        return page(model);
    }

    @PostMapping("/account/tokens/{tokenId}/revoke")
    String revokeToken(@PathVariable long tokenId, RedirectAttributes redirect) {
        try {
            tokens.revokeOwn(tokenId);
            redirect.addFlashAttribute("notice", "令牌已撤销，使用它的程序将无法再访问");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("notice", e.getMessage());
        }
        return "redirect:/account";
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
        model.addAttribute("tokens", tokens.own());
        model.addAttribute("today", java.time.LocalDate.now());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", PasswordForm.blank());
        }
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", ApiTokenForm.blank());
        }
        model.addAttribute("orgName", tree.find(actor.orgId()).map(o -> o.name()).orElse(""));
        model.addAttribute("mustChange", passwords.mustChange(actor.accountId()));
        model.addAttribute("minLength", passwords.policy().minLength());
        return "access/account";
    }
}
