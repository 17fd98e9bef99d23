package org.jiceng.incentive.care;

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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The 帮扶台账 as JSON: the same service, scope, permissions and rules as the pages. */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize(CareController.KEEPERS)
@Tag(name = "困难党员帮扶", description = "帮扶对象（致困原因、困难程度、登记与结案）、帮扶记录（方式、金额、资金来源，只冲销不删除）、"
        + "按乡镇和年度统计；开立帮扶对象即在花名册标记困难党员，最后一个帮扶对象结案即取消")
class CareApiController {

    private final CareService care;
    private final DataScope scope;

    CareApiController(CareService care, DataScope scope) {
        this.care = care;
        this.scope = scope;
    }

    @GetMapping("/hardship-cases")
    @Operation(summary = "查询帮扶对象", description = "org 的整个下级范围（默认本人所在组织）中 year 年内在册的帮扶对象，"
            + "附当年帮扶次数和金额；村干部在前。")
    PageResult<CaseRow> list(@RequestParam(required = false) Long org, @RequestParam int year,
                             @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return care.cases(org(org), year, PageQuery.of(page, size, null, null));
    }

    @GetMapping("/hardship-cases/summary")
    @Operation(summary = "帮扶统计", description = "org 下 year 年：帮扶对象数、帮扶人数、帮扶困难党员人数，按帮扶方式、资金来源、乡镇汇总金额。")
    CareSummary summary(@RequestParam(required = false) Long org, @RequestParam int year) {
        return care.summary(org(org), year);
    }

    @PostMapping("/hardship-cases")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(CareController.OFFICERS)
    @Operation(summary = "登记帮扶对象", description = "党员或在任村干部；cause 为代码表 HARDSHIP_CAUSE，severity 为 HARDSHIP_SEVERITY。"
            + "登记后花名册自动标记为困难党员。")
    HardshipCase open(@Valid @RequestBody CaseForm form) {
        return care.open(form);
    }

    @GetMapping("/hardship-cases/{caseId}")
    @Operation(summary = "查看帮扶对象")
    HardshipCase get(@PathVariable long caseId) {
        return care.hardshipCase(caseId);
    }

    @PostMapping("/hardship-cases/{caseId}/close")
    @PreAuthorize(CareController.OFFICERS)
    @Operation(summary = "结案", description = "须写明原因并带上 version；该人员没有其他在帮扶对象时，花名册的困难党员标记随之取消。")
    HardshipCase close(@PathVariable long caseId, @Valid @RequestBody CloseForm form) {
        return care.close(caseId, form);
    }

    @GetMapping("/hardship-cases/{caseId}/support")
    @Operation(summary = "帮扶记录", description = "含冲销记录（reversalOf 为被冲销的记录）。")
    List<SupportEntry> entries(@PathVariable long caseId) {
        return care.entries(caseId);
    }

    @PostMapping("/hardship-cases/{caseId}/support")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(CareController.OFFICERS)
    @Operation(summary = "登记帮扶", description = "amount 为元，最多两位小数，不能为负；只发物资的填 0 并写明 goods；"
            + "kind 为代码表 SUPPORT_KIND，fundSource 为 SUPPORT_FUND；日期不早于登记日期、不晚于今天。")
    SupportEntry support(@PathVariable long caseId, @Valid @RequestBody SupportForm form) {
        return care.support(caseId, form);
    }

    @PostMapping("/support-entries/{supportId}/reverse")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(CareController.OFFICERS)
    @Operation(summary = "冲销误登的帮扶记录", description = "须写明原因 reason；原记录保留，另记一笔负数冲销记录；每笔只能冲销一次。")
    SupportEntry reverse(@PathVariable long supportId, @Valid @RequestBody ReverseForm form) {
        return care.reverse(supportId, form);
    }

    private long org(Long org) {
        return org == null ? scope.requireActor().orgId() : org;
    }
}
