package org.jiceng.incentive.talk;

import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.PageQuery;
import org.jiceng.shared.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Talk records and the county's influence period as JSON: the same service, scope and rules as the pages. */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize(TalkController.OFFICERS)
@Tag(name = "谈话记录", description = "诫勉谈话、提醒谈话的登记、回访与撤销；诫勉谈话在县定影响期内自动标记谈话对象")
class TalkApiController {

    private final TalkService talks;
    private final DataScope scope;

    TalkApiController(TalkService talks, DataScope scope) {
        this.talks = talks;
        this.scope = scope;
    }

    @GetMapping("/talks")
    @Operation(summary = "查询谈话记录", description = "org 的整个下级范围（默认本人所在组织）；year 按谈话日期；kind 为 ADMONITION（诫勉谈话）或 REMINDER（提醒谈话）。")
    PageResult<Talk> list(@RequestParam(required = false) Long org, @RequestParam int year,
                          @RequestParam(required = false) TalkKind kind, @RequestParam(required = false) Integer page,
                          @RequestParam(required = false) Integer size) {
        return talks.talks(org == null ? scope.requireActor().orgId() : org, year, kind,
                PageQuery.of(page, size, null, "desc"));
    }

    @PostMapping("/talks")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记谈话", description = "由上级党组织（乡镇、县）登记；谈话日期不能晚于今天；诫勉谈话须写明整改要求 followUp，"
            + "并按县定影响期写入人员标记“诫勉谈话”（影响期内不能被推荐评选）。")
    Talk record(@Valid @RequestBody TalkForm form) {
        return talks.record(form);
    }

    @GetMapping("/talks/{talkId}")
    @Operation(summary = "查看谈话记录")
    Talk get(@PathVariable long talkId) {
        return talks.talk(talkId);
    }

    @PostMapping("/talks/{talkId}/check")
    @Operation(summary = "登记回访", description = "谈话后的整改落实情况，只能登记一次；须带上读取时的 version，他人已修改时返回 409。")
    Talk check(@PathVariable long talkId, @Valid @RequestBody CheckForm form) {
        return talks.check(talkId, form);
    }

    @PostMapping("/talks/{talkId}/withdraw")
    @Operation(summary = "撤销误登的谈话记录", description = "须写明原因 reason 并带上 version；诫勉谈话写入的人员标记同时删除。")
    Talk withdraw(@PathVariable long talkId, @Valid @RequestBody WithdrawForm form) {
        return talks.withdraw(talkId, form);
    }

    @GetMapping("/talk-rules")
    @Operation(summary = "本县诫勉影响期", description = "各年度设定的诫勉谈话影响期（月），未设定的年度沿用此前最近一年的设定。")
    List<TalkRule> rules() {
        return talks.rules();
    }

    @PutMapping("/talk-rules")
    @PreAuthorize(TalkController.COUNTY)
    @Operation(summary = "设定诫勉影响期", description = "县委组织部干部；year 年起适用，1至60个月；修改已设定的年度须带上 version。")
    TalkRule saveRule(@Valid @RequestBody TalkRuleForm form) {
        return talks.saveRule(form);
    }
}
