package org.jiceng.training.meeting;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.PageQuery;
import org.jiceng.shared.PageResult;
import org.jiceng.training.TrainingRoles;
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

/** 三会一课 meeting records, their review and compliance as JSON: the same service, scope and rules as the pages. */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize(TrainingRoles.KEEPERS)
@Tag(name = "三会一课", description = "组织生活会议记录、乡镇审核（通过/退回）、按县委设置的频次计算落实情况")
class MeetingApiController {

    private final MeetingService meetings;
    private final MeetingQueries queries;
    private final DataScope scope;

    MeetingApiController(MeetingService meetings, MeetingQueries queries, DataScope scope) {
        this.meetings = meetings;
        this.queries = queries;
        this.scope = scope;
    }

    /** A review step: the version the reviewer saw and, for a return, the reason. */
    record ReviewForm(@NotNull(message = "请带上 version") Long version, String reason) {
    }

    @GetMapping("/org-meetings")
    @Operation(summary = "查询会议记录", description = "org 的整个下级范围；year 按召开日期；type 为代码表 MEETING_TYPE 的代码；"
            + "status 为 SUBMITTED、APPROVED、RETURNED。")
    PageResult<Meeting> list(@RequestParam(required = false) Long org, @RequestParam(required = false) Integer year,
                             @RequestParam(required = false) String type,
                             @RequestParam(required = false) MeetingStatus status,
                             @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return queries.meetings(org == null ? scope.requireActor().orgId() : org, year, type, status,
                PageQuery.of(page, size, null, "desc"));
    }

    @PostMapping("/org-meetings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记会议", description = "只登记已召开的会议；实到须超过应到的半数（法定人数）；有缺席须写明人员及原因。"
            + "登记后待乡镇审核。")
    Meeting record(@Valid @RequestBody MeetingForm form) {
        return meetings.record(form);
    }

    @GetMapping("/org-meetings/{meetingId}")
    @Operation(summary = "查看会议记录")
    Meeting get(@PathVariable long meetingId) {
        return meetings.meeting(meetingId);
    }

    @PutMapping("/org-meetings/{meetingId}")
    @Operation(summary = "修改会议记录", description = "已审核的不能修改；修改后重新待审核；须带上 version，他人已修改时返回 409。")
    Meeting update(@PathVariable long meetingId, @Valid @RequestBody MeetingForm form) {
        return meetings.update(meetingId, form);
    }

    @PostMapping("/org-meetings/{meetingId}/approve")
    @PreAuthorize(MeetingController.REVIEWERS)
    @Operation(summary = "审核通过", description = "乡镇组织委员或县委组织部干部；只能审核待审核的记录。")
    Meeting approve(@PathVariable long meetingId, @Valid @RequestBody ReviewForm form) {
        return meetings.approve(meetingId, form.version());
    }

    @PostMapping("/org-meetings/{meetingId}/return")
    @PreAuthorize(MeetingController.REVIEWERS)
    @Operation(summary = "退回党支部", description = "须写明原因 reason。")
    Meeting returnToBranch(@PathVariable long meetingId, @Valid @RequestBody ReviewForm form) {
        return meetings.returnToBranch(meetingId, form.version(), form.reason());
    }

    @GetMapping("/org-meetings/compliance")
    @Operation(summary = "三会一课落实情况", description = "org 下每个党支部在 year 年度已结束的各周期内是否达到频次要求，"
            + "missedByMonth 为每月缺开次数（尚未结束的月份为 null）。")
    List<Compliance> compliance(@RequestParam(required = false) Long org, @RequestParam int year) {
        return meetings.compliance(org == null ? scope.requireActor().orgId() : org, year);
    }
}
