package org.jiceng.access;

import java.util.List;

import jakarta.validation.Valid;

import org.jiceng.organization.OrgDirectory;
import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgTree;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.FormErrors;
import org.jiceng.shared.PageQuery;
import org.jiceng.shared.Role;
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

/** 账户管理 pages of the security administrator: list, create, edit, disable/enable, unlock, reset password. */
@Controller
@PreAuthorize(AccountAdminController.SECURITY_ADMIN)
class AccountAdminController {

    static final String SECURITY_ADMIN = "hasRole('SECURITY_ADMIN')";
    static final int ORG_OPTIONS = 200;

    private final AccountAdminService service;
    private final AccountQueries queries;
    private final OrgDirectory directory;
    private final OrgTree tree;
    private final DataScope scope;

    AccountAdminController(AccountAdminService service, AccountQueries queries, OrgDirectory directory, OrgTree tree,
                           DataScope scope) {
        this.service = service;
        this.queries = queries;
        this.directory = directory;
        this.tree = tree;
        this.scope = scope;
    }

    @GetMapping("/admin/accounts")
    String list(@ModelAttribute("filter") AccountFilter filter, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Model model) {
        PageQuery query = PageQuery.of(page, null, sort, dir);
        model.addAttribute("page", queries.list(filter, query));
        model.addAttribute("sort", query.sort() == null ? "username" : query.sort());
        model.addAttribute("dir", query.descending() ? "desc" : "asc");
        model.addAttribute("roles", Role.values());
        model.addAttribute("orgs", orgOptions(null, filter.accountOrg()));
        return "admin/accounts";
    }

    @GetMapping("/admin/org-options")
    String orgOptions(@RequestParam(required = false) String q, @RequestParam(required = false) Long selected,
                      Model model) {
        model.addAttribute("orgs", orgOptions(q, null));
        model.addAttribute("selected", selected);
        return "admin/org-options :: options";
    }

    @GetMapping("/admin/accounts/new")
    String create(Model model) {
        model.addAttribute("form", AccountForm.blank());
        return formPage(null, null, model);
    }

    @PostMapping("/admin/accounts")
    String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                var created = service.create(form);
                redirect.addFlashAttribute("notice", "账户已创建，待" + AccountRules.confirmer(created.role()).label()
                        + "确认后方可登录；一次性密码由确认人交给本人");
                return "redirect:/admin/accounts/" + created.id();
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            }
        }
        return formPage(null, form.accountOrg(), model);
    }

    @GetMapping("/admin/accounts/{accountId}")
    String edit(@PathVariable long accountId, Model model) {
        Account account = service.get(accountId);
        model.addAttribute("form", AccountForm.of(account));
        return formPage(account, account.orgId(), model);
    }

    @PostMapping("/admin/accounts/{accountId}")
    String update(@PathVariable long accountId, @Valid @ModelAttribute("form") AccountForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        Account account = service.get(accountId);
        if (!result.hasErrors()) {
            try {
                Account saved = service.update(accountId, form);
                redirect.addFlashAttribute("notice", "已保存账户 " + saved.username());
                return "redirect:/admin/accounts/" + accountId;
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            } catch (StaleEditException e) {
                FormErrors.apply(e, result);
            }
        }
        return formPage(account, form.accountOrg(), model);
    }

    @PostMapping("/admin/accounts/{accountId}/enable")
    String enable(@PathVariable long accountId, @RequestParam(required = false) Long version,
                  RedirectAttributes redirect) {
        return act(accountId, redirect, () -> "已启用账户 " + service.setEnabled(accountId, true, version).username());
    }

    @PostMapping("/admin/accounts/{accountId}/disable")
    String disable(@PathVariable long accountId, @RequestParam(required = false) Long version,
                   RedirectAttributes redirect) {
        return act(accountId, redirect, () -> "已停用账户 " + service.setEnabled(accountId, false, version).username());
    }

    @PostMapping("/admin/accounts/{accountId}/unlock")
    String unlock(@PathVariable long accountId, @RequestParam(required = false) Long version,
                  RedirectAttributes redirect) {
        return act(accountId, redirect, () -> "已解除锁定：" + service.unlock(accountId, version).username());
    }

    private String act(long accountId, RedirectAttributes redirect, java.util.function.Supplier<String> action) {
        try {
            redirect.addFlashAttribute("notice", action.get());
        } catch (RuleViolationException | StaleEditException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/admin/accounts/" + accountId;
    }

    @PostMapping("/admin/accounts/{accountId}/reset-password")
    String reset(@PathVariable long accountId, @RequestParam(required = false) Long version,
                 RedirectAttributes redirect) {
        return act(accountId, redirect, () -> {
            Account reset = service.resetPassword(accountId, version);
            return "密码已重置：原密码失效，待" + AccountRules.confirmer(reset.role()).label()
                    + "确认后，新的一次性密码由确认人交给本人";
        });
    }

    private String formPage(Account account, Long selectedOrg, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("pending", account == null ? null : service.pending(account.id()).orElse(null));
        model.addAttribute("tokens", account == null ? List.of() : service.tokens(account.id()));
        model.addAttribute("today", java.time.LocalDate.now());
        model.addAttribute("roles", Role.values());
        model.addAttribute("orgs", orgOptions(null, selectedOrg));
        model.addAttribute("self", account != null && account.id() == scope.requireActor().accountId());
        model.addAttribute("orgName", account == null ? null : tree.find(account.orgId()).map(OrgSummary::name).orElse(""));
        return "admin/account-form";
    }

    /** Org names under the administrator's org (never people), with the selected org kept in the list. */
    private List<OrgSummary> orgOptions(String q, Long selected) {
        long root = scope.requireActor().orgId();
        List<OrgSummary> orgs = new java.util.ArrayList<>(directory.under(root, q, ORG_OPTIONS));
        if (selected != null && orgs.stream().noneMatch(o -> o.id() == selected) && tree.contains(root, selected)) {
            tree.find(selected).ifPresent(o -> orgs.add(0, o));
        }
        return orgs;
    }
}
