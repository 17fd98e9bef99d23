package org.jiceng.access;

import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.StaleEditException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The confirming person's page: accounts the security administrator proposed, and the one-time password once. */
@Controller
@PreAuthorize(AccountConfirmationController.CONFIRMERS)
class AccountConfirmationController {

    static final String CONFIRMERS = "hasAnyRole('COUNTY_OFFICER', 'SYSTEM_ADMIN')";

    private final AccountConfirmations confirmations;

    AccountConfirmationController(AccountConfirmations confirmations) {
        this.confirmations = confirmations;
    }

    @GetMapping("/account-confirmations")
    String list(Model model) {
        model.addAttribute("waiting", confirmations.waiting());
        return "access/account-confirmations";
    }

    /** The one-time password is rendered in this response only: never stored, never in a redirect or the session. */
    @PostMapping("/account-confirmations")
    String confirm(@RequestParam long account, @RequestParam(required = false) Long version, Model model,
                   RedirectAttributes redirect) {
        try {
            var confirmed = confirmations.confirm(account, version);
            model.addAttribute("confirmed", confirmed);
            return list(model);
        } catch (RuleViolationException | StaleEditException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/account-confirmations";
        }
    }
}
