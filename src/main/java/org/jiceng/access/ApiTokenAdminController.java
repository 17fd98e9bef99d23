package org.jiceng.access;

import org.jiceng.shared.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The security administrator revokes an account's personal access token from the account's page (账户管理). */
@Controller
@PreAuthorize(AccountAdminController.SECURITY_ADMIN)
class ApiTokenAdminController {

    private final AccountAdminService service;

    ApiTokenAdminController(AccountAdminService service) {
        this.service = service;
    }

    @PostMapping("/admin/accounts/{accountId}/tokens/{tokenId}/revoke")
    String revoke(@PathVariable long accountId, @PathVariable long tokenId, RedirectAttributes redirect) {
        try {
            service.revokeToken(accountId, tokenId);
            redirect.addFlashAttribute("notice", "令牌已撤销");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/admin/accounts/" + accountId;
    }
}
