package org.jiceng.incentive.reward;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.jiceng.organization.OrgDirectory;
import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgTree;
import org.jiceng.organization.OrgType;
import org.jiceng.organization.PersonRecords;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Making records: the single-entry form (单项工作奖, 通报表扬/批评, 取消评先资格), and 按结果生成 — choose a township and
 * a result-driven rule, see which branches earn it, then generate their records in one action.
 */
@Controller
@PreAuthorize(RewardController.OFFICERS)
class RewardEntryController {

    private final RewardService rewards;
    private final RewardRuleService rules;
    private final GenerationService generation;
    private final PersonRecords records;
    private final OrgDirectory directory;
    private final OrgTree tree;
    private final DataScope scope;
    private final Clock clock;

    RewardEntryController(RewardService rewards, RewardRuleService rules, GenerationService generation,
                          PersonRecords records, OrgDirectory directory, OrgTree tree, DataScope scope, Clock clock) {
        this.rewards = rewards;
        this.rules = rules;
        this.generation = generation;
        this.records = records;
        this.directory = directory;
        this.tree = tree;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping("/rewards/new")
    String newReward(@RequestParam(required = false) Integer year, Model model) {
        return form(year(year), new RewardForm(null, null, null, null, null, null, LocalDate.now(clock)), model);
    }

    @PostMapping("/rewards")
    String create(@RequestParam(required = false) Integer year, @Valid @ModelAttribute("form") RewardForm form,
                  BindingResult result, Model model) {
        if (!result.hasErrors()) {
            try {
                Reward created = rewards.create(form);
                return "redirect:/rewards/" + created.id() + "?created";
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            }
        }
        return form(year(year), form, model);
    }

    private String form(int year, RewardForm form, Model model) {
        long org = scope.requireActor().orgId();
        model.addAttribute("form", form);
        model.addAttribute("year", year);
        model.addAttribute("rules", rules.rules(org, year).stream().filter(r -> r.active() && !r.resultDriven())
                .toList());
        model.addAttribute("branches", directory.under(org, "", 1000).stream()
                .filter(o -> o.type() == OrgType.BRANCH || o.type() == OrgType.GENERAL_BRANCH).toList());
        model.addAttribute("people", records.membersInScope(3000));
        model.addAttribute("orgNames", new OrgNames(tree));
        return "incentive/reward-form";
    }

    @GetMapping("/rewards/generate")
    String preview(@RequestParam(required = false) Long org, @RequestParam(required = false) Integer year,
                   @RequestParam(required = false) Long ruleId, Model model) {
        return generatePage(org, year(year), ruleId, null, null, model);
    }

    @PostMapping("/rewards/generate")
    String generate(@RequestParam(required = false) Long org, @RequestParam(required = false) Integer year,
                    @RequestParam(required = false) Long ruleId, @RequestParam(required = false) String basis,
                    @RequestParam(required = false) LocalDate recordDate, Model model, RedirectAttributes redirect) {
        try {
            if (org == null || ruleId == null) {
                throw RuleViolationException.onField("ruleId", "请选择乡镇和规则");
            }
            List<Reward> made = generation.generate(org, ruleId, basis, recordDate);
            redirect.addFlashAttribute("notice", "已按结果生成" + made.size() + "条，请提交乡镇审核");
            return "redirect:/rewards?org=" + org + "&year=" + made.get(0).year();
        } catch (RuleViolationException | StaleEditException e) {
            model.addAttribute("problem", e.getMessage());
            return generatePage(org, year(year), ruleId, basis, recordDate, model);
        }
    }

    private String generatePage(Long org, int year, Long ruleId, String basis, LocalDate recordDate, Model model) {
        List<OrgSummary> townships = townships();
        long township = org != null ? org : townships.isEmpty() ? scope.requireActor().orgId() : townships.get(0).id();
        model.addAttribute("townships", townships);
        model.addAttribute("township", township);
        model.addAttribute("year", year);
        model.addAttribute("ruleId", ruleId);
        model.addAttribute("basis", basis);
        model.addAttribute("recordDate", recordDate == null ? LocalDate.now(clock) : recordDate);
        try {
            model.addAttribute("rules", generation.rules(township, year));
            if (ruleId != null) {
                model.addAttribute("preview", generation.preview(township, ruleId));
            }
        } catch (RuleViolationException e) {
            model.addAttribute("rules", model.containsAttribute("rules") ? model.getAttribute("rules") : List.of());
            model.addAttribute("problem", e.getMessage());
        }
        return "incentive/reward-generate";
    }

    private List<OrgSummary> townships() {
        long org = scope.requireActor().orgId();
        return tree.find(org).filter(o -> o.type() == OrgType.TOWNSHIP).map(List::of)
                .orElseGet(() -> tree.children(org).stream().filter(o -> o.type() == OrgType.TOWNSHIP).toList());
    }

    private int year(Integer year) {
        return year == null ? LocalDate.now(clock).getYear() : year;
    }

    /** Short names of orgs for the person picker, looked up once each. */
    static final class OrgNames {
        private final OrgTree tree;
        private final java.util.Map<Long, String> names = new java.util.HashMap<>();

        OrgNames(OrgTree tree) {
            this.tree = tree;
        }

        public String of(long orgId) {
            return names.computeIfAbsent(orgId, tree::label);
        }
    }
}
