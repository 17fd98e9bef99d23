package org.jiceng.incentive.reward;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.jiceng.review.ReviewAction;
import org.jiceng.review.ReviewTransition;
import org.jiceng.shared.DataScope;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 奖惩 as JSON: the same services, scope and rules as the pages. */
@RestController
@Tag(name = "奖惩", description = "奖惩规则（按县、乡镇和年度）与奖惩记录：按考核结果生成的补贴、单项工作奖、通报表扬/批评、取消评先资格，经审核流程确定")
@PreAuthorize(RewardController.KEEPERS)
class RewardApiController {

    /** A step of the review chain: the action, the item version the user saw and, for a return, the reason. */
    record ActRequest(ReviewAction action, Long version, String reason) {
    }

    /** A reversal: the reason and the record version the user saw. */
    record ReverseRequest(String reason, Long version) {
    }

    /** What 按结果生成 writes: the basis document (the rule's when empty) and the decision date (today when empty). */
    record GenerateRequest(String basis, LocalDate recordDate) {
    }

    private final RewardService rewards;
    private final RewardRuleService rules;
    private final GenerationService generation;
    private final DataScope scope;
    private final Clock clock;

    RewardApiController(RewardService rewards, RewardRuleService rules, GenerationService generation, DataScope scope,
                        Clock clock) {
        this.rewards = rewards;
        this.rules = rules;
        this.generation = generation;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping("/api/v1/rewards")
    @Operation(summary = "奖惩记录及合计", description = "org 下（默认本人所在组织）year 年度（默认今年）的记录；totals 为各乡镇及合计（最后一行），已撤销的不计入。")
    RewardList list(@RequestParam(required = false) Long org, @RequestParam(required = false) Integer year) {
        return rewards.list(org(org), year == null ? LocalDate.now(clock).getYear() : year);
    }

    @GetMapping("/api/v1/rewards/{rewardId}")
    @Operation(summary = "一条奖惩记录")
    Reward show(@PathVariable long rewardId) {
        return rewards.reward(rewardId);
    }

    @GetMapping("/api/v1/rewards/{rewardId}/history")
    @Operation(summary = "审核经过", description = "每一步的操作人、时间、环节和原因。")
    List<ReviewTransition> history(@PathVariable long rewardId) {
        return rewards.history(rewards.reward(rewardId));
    }

    @PostMapping("/api/v1/rewards")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(RewardController.OFFICERS)
    @Operation(summary = "逐条登记奖惩", description = "单项工作奖、通报表扬/批评、取消评先资格等：ruleId 为适用的规则；subjectOrg 为村党组织 id 或 subjectPerson 为人员 id（按规则对象）；amount 元，至多两位小数，不超过规则标准；按结果发放的补贴须用“按结果生成”。")
    Reward create(@Valid @RequestBody RewardForm form) {
        return rewards.create(form);
    }

    @PostMapping("/api/v1/rewards/{rewardId}/actions")
    @Operation(summary = "审核一步", description = "action：SUBMIT、REVIEW、RETURN（须 reason）、APPROVE、PUBLICIZE、FINALIZE；version 为审核事项的版本（itemVersion），已变化返回 409。确定后的取消评先资格、通报批评（规则影响评先时）写入人员标记。")
    Reward act(@PathVariable long rewardId, @RequestBody ActRequest request) {
        return rewards.act(rewardId, request.action(), request.version(), request.reason());
    }

    @PostMapping("/api/v1/rewards/batch-actions")
    @PreAuthorize(RewardController.OFFICERS)
    @Operation(summary = "乡镇年度奖惩批量审核", description = "org 为乡镇；把该乡镇 year 年度处于本步之前环节的全部记录推进一步，全部成功或全部不变。")
    List<Reward> actOnAll(@RequestParam Long org, @RequestParam int year, @RequestParam ReviewAction action) {
        return rewards.actOnAll(org, year, action, null);
    }

    @PostMapping("/api/v1/rewards/{rewardId}/reversal")
    @PreAuthorize(RewardController.OFFICERS)
    @Operation(summary = "撤销奖惩", description = "须写明原因并带记录 version；记录不删除，不再计入合计；已确定的只能由县委组织部撤销，其写入的人员标记于今日结束。")
    Reward reverse(@PathVariable long rewardId, @RequestBody ReverseRequest request) {
        return rewards.reverse(rewardId, request.reason(), request.version());
    }

    @GetMapping("/api/v1/rewards/generation")
    @PreAuthorize(RewardController.OFFICERS)
    @Operation(summary = "按结果生成：预览", description = "org 为乡镇，ruleId 为按考核结果发放的规则；列出该等次的每个村：NEW 将生成、DONE 已生成、PENDING 结果尚未确定。")
    GenerationService.Preview preview(@RequestParam Long org, @RequestParam Long ruleId) {
        return generation.preview(org, ruleId);
    }

    @PostMapping("/api/v1/rewards/generation")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(RewardController.OFFICERS)
    @Operation(summary = "按结果生成", description = "为乡镇中考核结果已确定且达到规则等次、尚未生成的每个村各生成一条记录（填报中）；没有可生成的返回 422。")
    List<Reward> generate(@RequestParam Long org, @RequestParam Long ruleId,
                          @RequestBody(required = false) GenerateRequest request) {
        return generation.generate(org, ruleId, request == null ? null : request.basis(),
                request == null ? null : request.recordDate());
    }

    @GetMapping("/api/v1/reward-rules")
    @Operation(summary = "奖惩规则", description = "org（默认本人所在组织）year 年度适用的规则及其下级制定的规则。")
    List<RewardRule> rules(@RequestParam(required = false) Long org, @RequestParam(required = false) Integer year) {
        return rules.rules(org(org), year == null ? LocalDate.now(clock).getYear() : year);
    }

    @PostMapping("/api/v1/reward-rules")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(RewardController.OFFICERS)
    @Operation(summary = "制定奖惩规则", description = "制定单位为本人所在的县或乡镇。kind 为代码表 REWARD_KIND；nature REWARD/PENALTY；subject BRANCH/PERSON；amount 与 effect 至少一项；family+grade 使规则按考核结果发放；flagKind+flagMonths 使确定的惩处写入人员标记、影响评先。")
    RewardRule createRule(@Valid @RequestBody RewardRuleForm form) {
        return rules.create(form);
    }

    @PutMapping("/api/v1/reward-rules/{ruleId}")
    @PreAuthorize(RewardController.OFFICERS)
    @Operation(summary = "修改奖惩规则", description = "须带 version；已登记的记录保留当时的金额和效力。只能由制定单位修改。")
    RewardRule updateRule(@PathVariable long ruleId, @Valid @RequestBody RewardRuleForm form) {
        return rules.update(ruleId, form);
    }

    private long org(Long org) {
        return org == null ? scope.requireActor().orgId() : org;
    }
}
