package org.jiceng.incentive.pay.run;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jiceng.incentive.pay.PayOrgs;
import org.jiceng.incentive.pay.PayRoles;
import org.jiceng.incentive.pay.account.LedgerEntry;
import org.jiceng.incentive.pay.account.LedgerService;
import org.jiceng.incentive.pay.account.PayAccount;
import org.jiceng.incentive.pay.account.PayMethod;
import org.jiceng.incentive.pay.standard.PayStandardService;
import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgType;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.Role;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.StaleEditException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pay pages: the dashboard (a county's townships, or a township's months and villages, with the 按时足额率), computing
 * a run, and a run's lines with the payments recorded against them, late and short ones flagged.
 */
@Controller
@PreAuthorize(PayRoles.READERS)
class PayRunController {

    private final PayRunService runs;
    private final PayRates rates;
    private final LedgerService ledger;
    private final PayStandardService standards;
    private final PayOrgs orgs;
    private final DataScope scope;
    private final Clock clock;

    PayRunController(PayRunService runs, PayRates rates, LedgerService ledger, PayStandardService standards, PayOrgs orgs,
                  DataScope scope, Clock clock) {
        this.runs = runs;
        this.rates = rates;
        this.ledger = ledger;
        this.standards = standards;
        this.orgs = orgs;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping("/pay")
    String dashboard(@RequestParam(required = false) Long org, @RequestParam(required = false) Integer year,
                     Model model) {
        return dashboard(org, year, null, null, model);
    }

    @PostMapping("/pay/runs")
    @PreAuthorize(PayRoles.TOWNSHIP)
    String compute(@RequestParam(required = false) Long org, @RequestParam int year,
                   @RequestParam(required = false) String kind, @RequestParam(required = false) Integer month,
                   Model model, RedirectAttributes redirect) {
        long township = org == null ? scope.requireActor().orgId() : org;
        RunKind k = "PERFORMANCE".equals(kind) ? RunKind.PERFORMANCE : RunKind.MONTHLY;
        try {
            PayRun run = runs.compute(township, k, year, month == null ? 0 : month);
            redirect.addFlashAttribute("notice", "已计算" + run.townshipName() + run.label() + "，请登记实发");
            return "redirect:/pay/runs/" + run.id();
        } catch (RuleViolationException e) {
            return dashboard(township, year, e.getMessage(), month, model);
        }
    }

    @GetMapping("/pay/runs/{payRunId}")
    String run(@PathVariable long payRunId, Model model) {
        return runPage(runs.run(payRunId), model);
    }

    @PostMapping("/pay/runs/{payRunId}/recompute")
    @PreAuthorize(PayRoles.TOWNSHIP)
    String recompute(@PathVariable long payRunId, @RequestParam(required = false) Long version,
                     RedirectAttributes redirect) {
        try {
            PayRun run = runs.recompute(payRunId, version);
            redirect.addFlashAttribute("notice", "已按当前村干部名册和标准重新计算" + run.label());
        } catch (RuleViolationException | StaleEditException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/pay/runs/" + payRunId;
    }

    @PostMapping("/pay/lines/{payLineId}/payments")
    @PreAuthorize(PayRoles.TOWNSHIP)
    String pay(@PathVariable long payLineId, @RequestParam(required = false) String amount,
               @RequestParam(required = false) LocalDate date, @RequestParam(required = false) PayMethod method,
               @RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
        PayLine line = runs.line(payLineId);
        PaymentInput input = new PaymentInput(amount, date, method, note);
        try {
            LedgerEntry entry = runs.pay(payLineId, input.form());
            redirect.addFlashAttribute("notice", "已登记" + line.personName() + "实发 " + entry.debit() + " 元");
            return "redirect:/pay/runs/" + line.runId() + "#village-" + line.villageId();
        } catch (RuleViolationException e) {
            model.addAttribute("errorLineId", payLineId);
            model.addAttribute("input", input);
            model.addAttribute("errors", e.fieldErrors().stream().collect(Collectors.toMap(
                    RuleViolationException.FieldError::field, RuleViolationException.FieldError::message, (a, b) -> a)));
            model.addAttribute("problem", e.getMessage());
            return runPage(runs.run(line.runId()), model);
        }
    }

    @PostMapping("/pay/runs/{payRunId}/villages")
    @PreAuthorize(PayRoles.TOWNSHIP)
    String payVillage(@PathVariable long payRunId, @RequestParam long villageId,
                      @RequestParam(required = false) LocalDate date, @RequestParam(required = false) PayMethod method,
                      Model model, RedirectAttributes redirect) {
        try {
            if (date == null || method == null) {
                throw RuleViolationException.onField("date", "请填写发放日期并选择发放方式");
            }
            List<LedgerEntry> paid = runs.payVillage(payRunId, villageId, date, method);
            redirect.addFlashAttribute("notice", "已按名单发放" + orgs.name(villageId) + paid.size() + "人");
            return "redirect:/pay/runs/" + payRunId + "#village-" + villageId;
        } catch (RuleViolationException e) {
            model.addAttribute("errorVillageId", villageId);
            model.addAttribute("villageError", e.getMessage());
            model.addAttribute("problem", e.getMessage());
            return runPage(runs.run(payRunId), model);
        }
    }

    /** What the officer typed into a payment form, kept as typed so the page can show it again. */
    record PaymentInput(String amount, LocalDate date, PayMethod method, String note) {

        PaymentForm form() {
            java.math.BigDecimal value = null;
            if (amount != null && !amount.isBlank()) {
                try {
                    value = new java.math.BigDecimal(amount.strip());
                } catch (NumberFormatException e) {
                    throw RuleViolationException.onField("amount", "实发金额须为数字，如 380.00");
                }
            }
            return new PaymentForm(value, date, method, note);
        }
    }

    private String dashboard(Long org, Integer year, String computeError, Integer month, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        OrgSummary selected = orgs.inScope(org == null ? scope.requireActor().orgId() : org);
        if (selected.type().isVillageLevel()) {
            selected = orgs.township(selected.id());
        }
        model.addAttribute("year", y);
        model.addAttribute("selected", selected);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("standard", standards.ofYear(selected.id(), y).orElse(null));
        if (selected.type() != OrgType.TOWNSHIP) {
            List<PayRates.TownshipRates> all = rates.of(orgs.townships(selected.id()), y);
            model.addAttribute("townshipRates", all);
            model.addAttribute("countyRate", OnTimeRate.of(rates.lines(all.stream().map(r -> r.township().id())
                    .toList(), y).stream().map(PayRunRepository.RunLine::line).toList()));
            return "incentive/pay-dashboard";
        }
        PayRates.TownshipRates township = rates.of(List.of(selected), y).get(0);
        Map<Integer, PayRun> byMonth = new LinkedHashMap<>();
        runs.runs(selected.id(), y).forEach(r -> byMonth.put(r.month(), r));
        Map<Long, PayAccount> accounts = new HashMap<>();
        ledger.accounts(selected.id()).forEach(a -> accounts.put(a.villageId(), a));
        model.addAttribute("township", township);
        model.addAttribute("runsByMonth", byMonth);
        model.addAttribute("villages", orgs.villagesInScope(selected.id()));
        model.addAttribute("accounts", accounts);
        model.addAttribute("canEdit", scope.requireActor().role() == Role.TOWNSHIP_OFFICER);
        model.addAttribute("computeError", computeError);
        model.addAttribute("computeMonth", month);
        return "incentive/pay-dashboard";
    }

    private String runPage(PayRun run, Model model) {
        List<PayLine> lines = runs.lines(run.id());
        Map<Long, List<PayLine>> byVillage = lines.stream()
                .collect(Collectors.groupingBy(PayLine::villageId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, OnTimeRate> villageRates = new LinkedHashMap<>();
        byVillage.forEach((v, ls) -> villageRates.put(v, OnTimeRate.of(ls)));
        Map<Long, Boolean> hasAccount = new HashMap<>();
        byVillage.keySet().forEach(v -> hasAccount.put(v, ledger.accountOfVillage(v).isPresent()));
        model.addAttribute("run", run);
        model.addAttribute("byVillage", byVillage);
        model.addAttribute("villageRates", villageRates);
        model.addAttribute("hasAccount", hasAccount);
        model.addAttribute("rate", OnTimeRate.of(lines));
        model.addAttribute("methods", PayMethod.values());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("canEdit", scope.requireActor().role() == Role.TOWNSHIP_OFFICER);
        return "incentive/pay-run";
    }
}
