package org.jiceng.incentive.reward;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;

import org.jiceng.review.ReviewAction;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.StaleEditException;
import org.jiceng.shared.excel.ExcelColumn;
import org.jiceng.shared.excel.ExcelDownload;
import org.jiceng.shared.excel.ExcelWriter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 奖惩 pages: a year's records under an org with totals per township and the township's batch steps of the chain;
 * one record with its history, the chain's actions and reversal; the Excel export (also under the API).
 */
@Controller
@PreAuthorize(RewardController.KEEPERS)
class RewardController {

    static final String KEEPERS = "hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER', 'BRANCH_SECRETARY')";
    static final String OFFICERS = "hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER')";

    private static final List<ExcelColumn> COLUMNS = List.of(ExcelColumn.of("乡镇", 10), ExcelColumn.of("对象", 16),
            ExcelColumn.of("奖惩规则", 22), ExcelColumn.of("类别", 12), ExcelColumn.of("奖/惩", 6),
            ExcelColumn.of("金额（元）", 12), ExcelColumn.of("效力", 20), ExcelColumn.of("依据", 26),
            ExcelColumn.of("事由", 30), ExcelColumn.of("决定日期", 12), ExcelColumn.of("影响评先至", 12),
            ExcelColumn.of("环节", 10), ExcelColumn.of("撤销原因", 20));

    private final RewardService rewards;
    private final DataScope scope;
    private final Clock clock;

    RewardController(RewardService rewards, DataScope scope, Clock clock) {
        this.rewards = rewards;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping("/rewards")
    String list(@RequestParam(required = false) Long org, @RequestParam(required = false) Integer year, Model model) {
        RewardList list = rewards.list(org == null ? scope.requireActor().orgId() : org, year(year));
        model.addAttribute("list", list);
        model.addAttribute("role", scope.requireActor().role().name());
        model.addAttribute("batch", List.of(ReviewAction.SUBMIT, ReviewAction.REVIEW, ReviewAction.APPROVE,
                ReviewAction.PUBLICIZE, ReviewAction.FINALIZE));
        return "incentive/reward-list";
    }

    @PostMapping("/rewards/act-all")
    @PreAuthorize(OFFICERS)
    String actOnAll(@RequestParam Long org, @RequestParam int year, @RequestParam ReviewAction action,
                    RedirectAttributes redirect) {
        try {
            int moved = rewards.actOnAll(org, year, action, null).size();
            redirect.addFlashAttribute("notice", action.label() + "：" + moved + "条");
        } catch (RuleViolationException | StaleEditException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/rewards?org=" + org + "&year=" + year;
    }

    @GetMapping("/rewards/{rewardId}")
    String show(@PathVariable long rewardId, Model model) {
        Reward reward = rewards.reward(rewardId);
        model.addAttribute("r", reward);
        model.addAttribute("history", rewards.history(reward));
        model.addAttribute("role", scope.requireActor().role().name());
        model.addAttribute("actions", List.of(ReviewAction.SUBMIT, ReviewAction.REVIEW, ReviewAction.APPROVE,
                ReviewAction.PUBLICIZE, ReviewAction.FINALIZE));
        return "incentive/reward-detail";
    }

    @PostMapping("/rewards/{rewardId}/act")
    String act(@PathVariable long rewardId, @RequestParam ReviewAction action,
               @RequestParam(required = false) Long version, @RequestParam(required = false) String reason,
               RedirectAttributes redirect) {
        try {
            rewards.act(rewardId, action, version, reason);
            redirect.addFlashAttribute("notice", "已" + action.label());
        } catch (RuleViolationException | StaleEditException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/rewards/" + rewardId;
    }

    @PostMapping("/rewards/{rewardId}/reverse")
    @PreAuthorize(OFFICERS)
    String reverse(@PathVariable long rewardId, @RequestParam(required = false) String reason,
                   @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            rewards.reverse(rewardId, reason, version);
            redirect.addFlashAttribute("notice", "已撤销");
        } catch (RuleViolationException | StaleEditException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/rewards/" + rewardId;
    }

    @GetMapping({"/rewards/export.xlsx", "/api/v1/rewards/export.xlsx"})
    @Operation(summary = "导出奖惩", description = "参数与奖惩列表相同（org、year）；已撤销的记录注明撤销原因，不计入合计。")
    void export(@RequestParam(required = false) Long org, @RequestParam(required = false) Integer year,
                HttpServletResponse response) throws IOException {
        RewardList list = rewards.list(org == null ? scope.requireActor().orgId() : org, year(year));
        try (ExcelWriter excel = new ExcelWriter();
             OutputStream out = ExcelDownload.start(response, list.year() + "年奖惩", clock)) {
            excel.sheet("奖惩", COLUMNS);
            for (Reward r : list.rewards()) {
                excel.row(r.townshipName(), r.subjectName(), r.ruleName(), r.kindLabel(), r.nature().label(),
                        r.amount(), r.effect(), r.basis(), r.reason(), r.recordDate(), r.barsUntil(), r.stageLabel(),
                        r.reversalReason());
            }
            RewardTotals all = list.totals().get(list.totals().size() - 1);
            excel.row("合计", all.count() + "条", null, null, "奖励", all.rewards(), null, null,
                    "其中已确定 " + all.finalRewardsText() + " 元");
            excel.writeTo(out);
        }
    }

    private int year(Integer year) {
        return year == null ? LocalDate.now(clock).getYear() : year;
    }
}
