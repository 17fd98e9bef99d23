package org.jiceng.training.session;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiceng.shared.PageQuery;
import org.jiceng.shared.PageResult;
import org.jiceng.training.TrainingRoles;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Training sessions and their attendance lists as JSON: the same service, scope and rules as the pages. */
@RestController
@RequestMapping("/api/v1/training-sessions")
@PreAuthorize(TrainingRoles.KEEPERS)
@Tag(name = "培训", description = "素质提升：培训登记、参加人员（出勤、缺席及原因）")
class TrainingApiController {

    private final TrainingService training;
    private final TrainingQueries queries;

    TrainingApiController(TrainingService training, TrainingQueries queries) {
        this.training = training;
        this.queries = queries;
    }

    /** A session with its attendance list. */
    record SessionDetail(TrainingSession session, List<Attendee> attendees) {
    }

    /** Every member under an org (e.g. a branch, for 以会代训) goes on the list as present. */
    record BranchForm(@NotNull(message = "请选择组织") Long orgId) {
    }

    @GetMapping
    @Operation(summary = "查询培训", description = "org 的整个下级范围内举办的培训；year 按开始日期；category、mode 为代码表 "
            + "TRAINING_CATEGORY、TRAINING_MODE 的代码；q 按主题（部分）；sort 可为 date、org、hours。")
    PageResult<TrainingSession> list(@RequestParam(required = false) Long org, @RequestParam(required = false) Integer year,
                                     @RequestParam(required = false) String category,
                                     @RequestParam(required = false) String mode, @RequestParam(required = false) String q,
                                     @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                     @RequestParam(required = false) String sort, @RequestParam(required = false) String dir) {
        return queries.sessions(new SessionFilter(org, year, category, mode, q), PageQuery.of(page, size, sort, dir));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记培训", description = "只登记已举办的培训（日期不晚于今天）；hours 为空时按本年度学时要求中"
            + "每天折算的学时乘以天数计算。")
    TrainingSession create(@Valid @RequestBody SessionForm form) {
        return training.create(form);
    }

    @GetMapping("/{sessionId}")
    @Operation(summary = "查看培训及参加人员")
    SessionDetail get(@PathVariable long sessionId) {
        return new SessionDetail(training.session(sessionId), queries.attendees(sessionId));
    }

    @PutMapping("/{sessionId}")
    @Operation(summary = "修改培训", description = "须带上读取时的 version，他人已修改时返回 409；学时改变时参加人员的学时随之改变。")
    TrainingSession update(@PathVariable long sessionId, @Valid @RequestBody SessionForm form) {
        return training.update(sessionId, form);
    }

    @PostMapping("/{sessionId}/attendance")
    @Operation(summary = "登记参加人员", description = "personIds 须为举办单位及下级名册中的人员，同一人只登记一次；"
            + "attended=false 时须填写 absenceReason。全部通过才写入。")
    SessionDetail addAttendance(@PathVariable long sessionId, @Valid @RequestBody AttendanceForm form) {
        training.addAttendance(sessionId, form);
        return get(sessionId);
    }

    @PostMapping("/{sessionId}/attendance/branch")
    @Operation(summary = "按组织登记全体党员参加", description = "orgId 须在举办单位之下；已在名单中的人员跳过。")
    SessionDetail addBranch(@PathVariable long sessionId, @Valid @RequestBody BranchForm form) {
        training.addMembersOf(sessionId, form.orgId());
        return get(sessionId);
    }

    @DeleteMapping("/{sessionId}/attendance/{personId}")
    @Operation(summary = "从名单中移除")
    SessionDetail remove(@PathVariable long sessionId, @PathVariable long personId) {
        training.removeAttendance(sessionId, personId);
        return get(sessionId);
    }
}
