package org.jiceng.incentive.pay.account;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.jiceng.incentive.pay.PayOrgs;
import org.jiceng.incentive.pay.PayRoles;
import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgType;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.FormErrors;
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

/** Dedicated account pages: a township's accounts, opening one, a statement with funds in and reversals. */
@Controller
@PreAuthorize(PayRoles.READERS)
class PayAccountController {

    private final LedgerService ledger;
    private final PayOrgs orgs;
    private final DataScope scope;
    private final Clock clock;

    PayAccountController(LedgerService ledger, PayOrgs orgs, DataScope scope, Clock clock) {
        this.ledger = ledger;
        this.orgs = orgs;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping("/pay/accounts")
    String list(@RequestParam(required = false) Long org, Model model) {
        model.addAttribute("form", new PayAccountForm(null, null, null, null, null, LocalDate.now(clock), null));
        return listPage(org, model);
    }

    @PostMapping("/pay/accounts")
    @PreAuthorize(PayRoles.TOWNSHIP)
    String open(@Valid @ModelAttribute("form") PayAccountForm form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                PayAccount opened = ledger.open(form);
                redirect.addFlashAttribute("notice", "已为" + opened.villageName() + "开设报酬专帐");
                return "redirect:/pay/accounts/" + opened.id();
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            }
        }
        return listPage(null, model);
    }

    @GetMapping("/pay/accounts/{payAccountId}")
    String statement(@PathVariable long payAccountId, @RequestParam(required = false) Integer year, Model model) {
        PayAccount account = ledger.account(payAccountId);
        model.addAttribute("funds", new FundsForm(LocalDate.now(clock), null, "财政转移支付", null, null));
        model.addAttribute("details", new PayAccountForm(account.villageId(), account.accountName(), account.bank(),
                account.accountNo(), account.population(), account.openedOn(), account.version()));
        return statementPage(account, year, model);
    }

    @PostMapping("/pay/accounts/{payAccountId}/funds")
    @PreAuthorize(PayRoles.TOWNSHIP)
    String fundsIn(@PathVariable long payAccountId, @Valid @ModelAttribute("funds") FundsForm form,
                   BindingResult result, Model model, RedirectAttributes redirect) {
        PayAccount account = ledger.account(payAccountId);
        if (!result.hasErrors()) {
            try {
                LedgerEntry entry = ledger.fundsIn(payAccountId, form);
                redirect.addFlashAttribute("notice", "已登记拨入 " + entry.amountText() + " 元");
                return "redirect:/pay/accounts/" + payAccountId + "?year=" + entry.date().getYear();
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            }
        }
        model.addAttribute("details", new PayAccountForm(account.villageId(), account.accountName(), account.bank(),
                account.accountNo(), account.population(), account.openedOn(), account.version()));
        model.addAttribute("openFunds", true);
        return statementPage(account, form.date() == null ? null : form.date().getYear(), model);
    }

    @PostMapping("/pay/accounts/{payAccountId}")
    @PreAuthorize(PayRoles.TOWNSHIP)
    String update(@PathVariable long payAccountId, @Valid @ModelAttribute("details") PayAccountForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        PayAccount account = ledger.account(payAccountId);
        if (!result.hasErrors()) {
            try {
                ledger.update(payAccountId, form);
                redirect.addFlashAttribute("notice", "已保存专帐信息");
                return "redirect:/pay/accounts/" + payAccountId;
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            } catch (StaleEditException e) {
                FormErrors.apply(e, result);
            }
        }
        model.addAttribute("funds", new FundsForm(LocalDate.now(clock), null, "财政转移支付", null, null));
        model.addAttribute("openDetails", true);
        return statementPage(account, null, model);
    }

    @PostMapping("/pay/entries/{ledgerEntryId}/reverse")
    @PreAuthorize(PayRoles.TOWNSHIP)
    String reverse(@PathVariable long ledgerEntryId, @RequestParam(required = false) String reason, Model model,
                   RedirectAttributes redirect) {
        LedgerEntry entry = ledger.entry(ledgerEntryId);
        try {
            LedgerEntry reversal = ledger.reverse(ledgerEntryId, new ReversalForm(reason));
            redirect.addFlashAttribute("notice", "已冲销第" + ledgerEntryId + "号记录（冲销记录第" + reversal.id() + "号）");
            return "redirect:/pay/accounts/" + entry.accountId() + "?year=" + reversal.date().getYear();
        } catch (RuleViolationException e) {
            PayAccount account = ledger.account(entry.accountId());
            model.addAttribute("funds", new FundsForm(LocalDate.now(clock), null, "财政转移支付", null, null));
            model.addAttribute("details", new PayAccountForm(account.villageId(), account.accountName(), account.bank(),
                    account.accountNo(), account.population(), account.openedOn(), account.version()));
            model.addAttribute("reverseId", ledgerEntryId);
            model.addAttribute("reverseReason", reason);
            model.addAttribute("reverseError", e.getMessage());
            return statementPage(account, entry.date().getYear(), model);
        }
    }

    private String listPage(Long org, Model model) {
        long orgId = org == null ? scope.requireActor().orgId() : org;
        OrgSummary selected = orgs.inScope(orgId);
        if (selected.type() != OrgType.TOWNSHIP && !selected.type().isVillageLevel()) {
            model.addAttribute("townships", orgs.townships(selected.id()));
            return "incentive/pay-accounts";
        }
        OrgSummary township = orgs.township(selected.id());
        Map<Long, PayAccount> byVillage = ledger.accounts(township.id()).stream()
                .collect(Collectors.toMap(PayAccount::villageId, Function.identity()));
        model.addAttribute("township", township);
        model.addAttribute("villages", orgs.villagesInScope(township.id()));
        model.addAttribute("accounts", byVillage);
        model.addAttribute("canEdit", scope.requireActor().role() == Role.TOWNSHIP_OFFICER);
        model.addAttribute("today", LocalDate.now(clock));
        return "incentive/pay-accounts";
    }

    private String statementPage(PayAccount account, Integer year, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("account", account);
        model.addAttribute("statement", ledger.statement(account.id(), y));
        model.addAttribute("year", y);
        model.addAttribute("methods", PayMethod.values());
        model.addAttribute("canEdit", scope.requireActor().role() == Role.TOWNSHIP_OFFICER);
        model.addAttribute("today", LocalDate.now(clock));
        return "incentive/pay-account";
    }
}
