package org.jiceng.training.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiceng.configuration.CodeLists;
import org.jiceng.documents.BasisDocuments;
import org.jiceng.organization.OrgTree;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.StaleEditException;
import org.jiceng.training.TrainingRoles;
import org.jiceng.training.TrainingYears;
import org.jiceng.training.session.TrainingService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The training plan of an org (page and API) and the 素质提升 dashboard that sets it against what was done. */
@Controller
@PreAuthorize(TrainingRoles.KEEPERS)
@Tag(name = "培训计划", description = "乡镇、县委的年度培训计划（按类别、季度的场次和人次）及完成情况")
class PlanController {

    static final String PLANNERS = "hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER')";

    private final PlanService plans;
    private final TrainingYears years;
    private final OrgTree tree;
    private final CodeLists codes;
    private final DataScope scope;
    private final BasisDocuments basis;

    PlanController(PlanService plans, TrainingYears years, OrgTree tree, CodeLists codes, DataScope scope,
                   BasisDocuments basis) {
        this.basis = basis;
        this.plans = plans;
        this.years = years;
        this.tree = tree;
        this.codes = codes;
        this.scope = scope;
    }

    @GetMapping("/training")
    String dashboard(@RequestParam(required = false) Long org, @RequestParam(required = false) Integer year, Model model) {
        long orgId = org == null ? scope.requireActor().orgId() : org;
        int y = year == null ? years.defaultYear() : year;
        model.addAttribute("dashboard", plans.dashboard(orgId, y));
        model.addAttribute("org", tree.find(orgId).orElseThrow());
        model.addAttribute("path", tree.path(orgId));
        model.addAttribute("children", tree.children(orgId));
        return "training/dashboard";
    }

    @GetMapping("/orgs/{orgId}/training-plans/{year}")
    @PreAuthorize(PLANNERS)
    String plan(@PathVariable long orgId, @PathVariable int year, Model model) {
        return planPage(orgId, year, null, model);
    }

    @PostMapping("/orgs/{orgId}/training-plans/{year}")
    @PreAuthorize(PLANNERS)
    String save(@PathVariable long orgId, @PathVariable int year, @RequestParam(required = false) List<String> category,
                @RequestParam(required = false) List<Integer> quarter, @RequestParam(required = false) List<Integer> sessions,
                @RequestParam(required = false) List<Integer> headcount, @RequestParam(required = false) String token,
                Model model, RedirectAttributes redirect) {
        List<PlanItem> items = new ArrayList<>();
        int rows = category == null ? 0 : category.size();
        for (int i = 0; i < rows; i++) {
            if (category.get(i) == null || category.get(i).isBlank()) {
                continue;
            }
            Integer q = at(quarter, i);
            Integer s = at(sessions, i);
            Integer h = at(headcount, i);
            if (q == null || q < 1 || q > 4 || s == null || s < 0 || h == null || h < 0) {
                return planPage(orgId, year, "第" + (i + 1) + "行：请选择季度，场次和人次须为不小于0的整数", model);
            }
            items.add(new PlanItem(category.get(i), null, q, s, h));
        }
        try {
            plans.save(orgId, year, new PlanForm(items, token));
            redirect.addFlashAttribute("notice", "已保存" + year + "年培训计划");
            return "redirect:/training?org=" + orgId + "&year=" + year;
        } catch (RuleViolationException | StaleEditException e) {
            return planPage(orgId, year, e.getMessage(), model);
        }
    }

    @GetMapping("/api/v1/orgs/{orgId}/training-plans/{year}")
    @ResponseBody
    @Operation(summary = "年度培训计划", description = "items 为各类别、季度的计划场次和人次；token 用于修改时检测他人的修改。")
    Map<String, Object> planApi(@PathVariable long orgId, @PathVariable int year) {
        List<PlanItem> items = plans.plan(orgId, year);
        return Map.of("items", items, "token", PlanService.token(items));
    }

    @PutMapping("/api/v1/orgs/{orgId}/training-plans/{year}")
    @ResponseBody
    @PreAuthorize(PLANNERS)
    @Operation(summary = "保存年度培训计划", description = "整体替换；带上读取时的 token，他人已修改时返回 409。")
    List<PlanItem> saveApi(@PathVariable long orgId, @PathVariable int year, @Valid @RequestBody PlanForm form) {
        return plans.save(orgId, year, form);
    }

    @GetMapping("/api/v1/training-dashboard")
    @ResponseBody
    @Operation(summary = "素质提升情况", description = "org（默认本人所在组织）在 year 年度：培训计划与实际（按季度的场次、人次）、"
            + "党员学时达标人数、三会一课应开与已落实的周期数。")
    TrainingDashboard dashboardApi(@RequestParam(required = false) Long org, @RequestParam int year) {
        return plans.dashboard(org == null ? scope.requireActor().orgId() : org, year);
    }

    private String planPage(long orgId, int year, String problem, Model model) {
        List<PlanItem> items = plans.plan(orgId, year);
        model.addAttribute("org", tree.find(orgId).orElseThrow());
        model.addAttribute("year", year);
        model.addAttribute("items", items);
        model.addAttribute("blankRows", java.util.stream.IntStream.range(0, 4).boxed().toList());
        model.addAttribute("token", PlanService.token(items));
        model.addAttribute("categories", codes.items(TrainingService.CATEGORY_LIST));
        model.addAttribute("problem", problem);
        model.addAttribute("basis", basis.citing(TrainingPlanBasis.KIND, TrainingPlanBasis.subjectId(orgId, year)));
        return "training/plan";
    }

    private static Integer at(List<Integer> values, int i) {
        return values == null || i >= values.size() ? null : values.get(i);
    }
}
