package org.jiceng.target.supervision;

import java.io.IOException;
import java.time.LocalDate;
import java.time.Clock;
import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiceng.shared.DataScope;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 督查督办 as JSON: the same service, scope and rules as the pages. */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize(SupervisionController.READERS)
@Tag(name = "督查督办", description = "立项、交办、催办、反馈、审结（办结或退回）、撤销与延期；逾期与按乡镇统计")
class SupervisionApiController {

    private final SupervisionService service;
    private final DataScope scope;
    private final Clock clock;

    SupervisionApiController(SupervisionService service, DataScope scope, Clock clock) {
        this.service = service;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping("/supervision-items")
    @Operation(summary = "查询督办事项", description = "org 的下级范围内承办的事项（默认本人所在组织）；year 为立项年度；"
            + "overdue=true 只列逾期未办结的事项。")
    List<SupervisionItem> list(@RequestParam(required = false) Long org, @RequestParam(required = false) Integer year,
                               @RequestParam(required = false) SupervisionStatus status,
                               @RequestParam(required = false) Boolean overdue) {
        LocalDate today = LocalDate.now(clock);
        return service.items(org == null ? scope.requireActor().orgId() : org, year == null ? today.getYear() : year)
                .stream().filter(i -> status == null || i.status() == status)
                .filter(i -> !Boolean.TRUE.equals(overdue) || i.overdueOn(today)).toList();
    }

    @GetMapping("/supervision-items/board")
    @Operation(summary = "督查督办一览", description = "各状态事项数、各乡镇事项数及逾期事项。")
    SupervisionBoard board(@RequestParam(required = false) Long org, @RequestParam(required = false) Integer year) {
        return service.board(org == null ? scope.requireActor().orgId() : org,
                year == null ? LocalDate.now(clock).getYear() : year);
    }

    @PostMapping("/supervision-items")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(SupervisionController.OFFICERS)
    @Operation(summary = "督办立项", description = "县委组织部或乡镇党委立项；承办、协办单位须为本单位的下级组织；办理时限不能早于立项日期；"
            + "编号留空时按“督办〔年度〕序号号”生成，同一单位同一年度编号不能重复。")
    SupervisionItem register(@Valid @RequestBody SupervisionForm form) {
        return service.register(form);
    }

    @GetMapping("/supervision-items/{supervisionId}")
    @Operation(summary = "查看督办事项")
    SupervisionItem get(@PathVariable long supervisionId) {
        return service.item(supervisionId);
    }

    @GetMapping("/supervision-items/{supervisionId}/history")
    @Operation(summary = "办理过程", description = "立项、交办、催办、反馈、审结、延期、撤销的每一步。")
    List<SupervisionEvent> history(@PathVariable long supervisionId) {
        return service.history(supervisionId);
    }

    @GetMapping("/supervision-items/{supervisionId}/reports")
    @Operation(summary = "反馈记录")
    List<SupervisionReport> reports(@PathVariable long supervisionId) {
        return service.reports(supervisionId);
    }

    @PostMapping("/supervision-items/{supervisionId}/actions")
    @Operation(summary = "办理一步", description = "action：ASSIGN 交办、REMIND 催办（note 必填）、ACCEPT 审结办结（须已反馈）、"
            + "RETURN 退回（note 为原因）、STRIKE 撤销（note 为原因）由立项单位办理；REQUEST_EXTENSION 申请延期（extendTo、note，"
            + "须在办理时限届满前）由承办单位办理；GRANT_EXTENSION / REFUSE_EXTENSION（note 为理由）由立项单位办理。"
            + "须带上读取时的 version，他人已修改时返回 409。")
    SupervisionItem act(@PathVariable long supervisionId, @Valid @RequestBody SupervisionActionForm form) {
        if (form.action() == null) {
            throw org.jiceng.shared.RuleViolationException.onField("action", "请选择要办理的事项");
        }
        return service.act(supervisionId, form.action(), form);
    }

    @PostMapping("/supervision-items/{supervisionId}/reports")
    @Operation(summary = "反馈办理情况", description = "承办单位填写 text，可附佐证材料 file（照片、PDF、Word、Excel，不超过10MB）；"
            + "须带上 version。")
    SupervisionItem report(@PathVariable long supervisionId, @Valid @ModelAttribute ReportForm form,
                           @RequestParam(required = false) MultipartFile file) throws IOException {
        return service.report(supervisionId, form, SupervisionController.name(file), SupervisionController.bytes(file));
    }
}
