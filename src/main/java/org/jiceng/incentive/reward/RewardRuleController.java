package org.jiceng.incentive.reward;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.jiceng.documents.BasisDocuments;
import org.jiceng.documents.DocumentRef;
import org.jiceng.organization.PersonFlagKind;
import org.jiceng.shared.DataScope;
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

/** 奖惩规则 pages: a year's rules that apply at (or were set below) an org, the form to add one and to change one. */
@Controller
@PreAuthorize(RewardController.KEEPERS)
class RewardRuleController {

    private final RewardRuleService rules;
    private final DataScope scope;
    private final Clock clock;

    private final BasisDocuments documents;

    RewardRuleController(RewardRuleService rules, DataScope scope, Clock clock, BasisDocuments documents) {
        this.documents = documents;
        this.rules = rules;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping("/reward-rules")
    String list(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        return page(y, RewardRuleForm.blank(y), null, model);
    }

    @PostMapping("/reward-rules")
    @PreAuthorize(RewardController.OFFICERS)
    String create(@Valid @ModelAttribute("form") RewardRuleForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        int year = form.year() == null ? LocalDate.now(clock).getYear() : form.year();
        if (!result.hasErrors()) {
            try {
                RewardRule created = rules.create(form);
                redirect.addFlashAttribute("notice", "已添加规则：" + created.name());
                return "redirect:/reward-rules?year=" + created.year();
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            }
        }
        return page(year, form, null, model);
    }

    @GetMapping("/reward-rules/{ruleId}")
    String edit(@PathVariable long ruleId, Model model) {
        RewardRule rule = rules.rule(ruleId);
        return page(rule.year(), RewardRuleForm.of(rule), rule, model);
    }

    @PostMapping("/reward-rules/{ruleId}")
    @PreAuthorize(RewardController.OFFICERS)
    String update(@PathVariable long ruleId, @Valid @ModelAttribute("form") RewardRuleForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        RewardRule rule = rules.rule(ruleId);
        if (!result.hasErrors()) {
            try {
                RewardRule after = rules.update(ruleId, form);
                redirect.addFlashAttribute("notice", "已保存规则：" + after.name());
                return "redirect:/reward-rules?year=" + after.year();
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            } catch (StaleEditException e) {
                FormErrors.apply(e, result);
            }
        }
        return page(rule.year(), form, rule, model);
    }

    private String page(int year, RewardRuleForm form, RewardRule editing, Model model) {
        long org = scope.requireActor().orgId();
        model.addAttribute("year", year);
        List<RewardRule> all = rules.rules(org, year);
        model.addAttribute("rules", all);
        Map<Long, List<DocumentRef>> basis = new HashMap<>();
        all.forEach(r -> basis.put(r.id(), documents.citing(RewardRuleBasis.KIND, String.valueOf(r.id()))));
        model.addAttribute("basis", basis);
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("kinds", rules.kinds());
        model.addAttribute("families", rules.families(org));
        model.addAttribute("natures", Nature.values());
        model.addAttribute("subjects", Subject.values());
        model.addAttribute("flagKinds", new PersonFlagKind[] {PersonFlagKind.CIRCULATED_CRITICISM,
                PersonFlagKind.COMMENDATION_BARRED});
        return "incentive/reward-rules";
    }
}
