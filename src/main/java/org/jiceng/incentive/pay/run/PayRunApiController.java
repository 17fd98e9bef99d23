package org.jiceng.incentive.pay.run;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiceng.incentive.pay.PayOrgs;
import org.jiceng.incentive.pay.PayRoles;
import org.jiceng.incentive.pay.account.LedgerEntry;
import org.jiceng.incentive.pay.account.PayMethod;
import org.jiceng.organization.OrgSummary;
import org.jiceng.shared.DataScope;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Pay runs, payments and the 按时足额率 as JSON: the same service, roles, scope and rules as the pages. */
@RestController
@Tag(name = "村干部报酬发放", description = "按乡镇、月份计算应发报酬，登记实发（金额、日期、一折通等方式），标记逾期与未足额，按时足额率；发放表与年度结算表（PDF、Excel）")
@PreAuthorize(PayRoles.READERS)
class PayRunApiController {

    private final PayRunService runs;
    private final PayRates rates;
    private final PayOrgs orgs;
    private final DataScope scope;

    PayRunApiController(PayRunService runs, PayRates rates, PayOrgs orgs, DataScope scope) {
        this.runs = runs;
        this.rates = rates;
        this.orgs = orgs;
        this.scope = scope;
    }

    @GetMapping("/api/v1/pay/runs")
    @Operation(summary = "乡镇年度各次报酬计算", description = "org 为乡镇（默认本人所在乡镇）；month 为0的是年度绩效报酬。")
    List<PayRun> list(@RequestParam(required = false) Long org, @RequestParam int year) {
        return runs.runs(org == null ? scope.requireActor().orgId() : org, year);
    }

    record ComputeRequest(Long org, RunKind kind, Integer year, Integer month) {
    }

    @PostMapping("/api/v1/pay/runs")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(PayRoles.TOWNSHIP)
    @Operation(summary = "计算应发报酬", description = "仅乡镇组织委员。kind 为 MONTHLY（某月基本报酬＋乡镇补贴，month 1–12）或 PERFORMANCE（year 年度绩效报酬，按考核等次）；名单取自村干部名册中职数内且在任者，按县定职数限额；同一期间只计算一次。")
    PayRun compute(@RequestBody ComputeRequest body) {
        return runs.compute(body.org() == null ? scope.requireActor().orgId() : body.org(),
                body.kind() == null ? RunKind.MONTHLY : body.kind(), body.year() == null ? 0 : body.year(),
                body.month() == null ? 0 : body.month());
    }

    /** A run with its lines and its on-time-in-full rate. */
    record RunView(PayRun run, List<PayLine> lines, OnTimeRate rate) {
    }

    @GetMapping("/api/v1/pay/runs/{payRunId}")
    @Operation(summary = "发放明细", description = "各人应发、实发（已扣除冲销）、最后发放日期、状态：ON_TIME 按时足额、LATE 逾期足额、SHORT 未足额、UNPAID 逾期未发、PENDING 待发放、EXCLUDED 不计报酬（excludedReason 说明原因）。")
    RunView get(@PathVariable long payRunId) {
        List<PayLine> lines = runs.lines(payRunId);
        return new RunView(runs.run(payRunId), lines, OnTimeRate.of(lines));
    }

    record VersionRequest(Long version) {
    }

    @PostMapping("/api/v1/pay/runs/{payRunId}/recompute")
    @PreAuthorize(PayRoles.TOWNSHIP)
    @Operation(summary = "重新计算", description = "尚无发放记录时，按当前名册和标准重新计算；已有发放时返回422。")
    PayRun recompute(@PathVariable long payRunId, @RequestBody VersionRequest body) {
        return runs.recompute(payRunId, body.version());
    }

    record PersonPayment(Long personId, BigDecimal amount, LocalDate date, PayMethod method, String note) {
    }

    @PostMapping("/api/v1/pay/runs/{payRunId}/payments")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(PayRoles.TOWNSHIP)
    @Operation(summary = "登记实发（按人）", description = "personId 须为本次名单中职数内的村干部，否则422；amount 不超过应发未发金额、精确到分；date 不早于报酬所属期间、不晚于今天；method 为 PASSBOOK（一折通）、CASH、TRANSFER；专帐余额不足且不允许透支时422。")
    LedgerEntry payPerson(@PathVariable long payRunId, @RequestBody PersonPayment body) {
        return runs.payPerson(payRunId, body.personId(),
                new PaymentForm(body.amount(), body.date(), body.method(), body.note()));
    }

    @PostMapping("/api/v1/pay/lines/{payLineId}/payments")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(PayRoles.TOWNSHIP)
    @Operation(summary = "登记实发（按明细行）", description = "规则同按人登记。")
    LedgerEntry pay(@PathVariable long payLineId, @Valid @RequestBody PaymentForm form) {
        return runs.pay(payLineId, form);
    }

    record VillagePayment(Long villageId, LocalDate date, PayMethod method) {
    }

    @PostMapping("/api/v1/pay/runs/{payRunId}/village-payments")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(PayRoles.TOWNSHIP)
    @Operation(summary = "整村按名单发放", description = "为该村本次名单中每人按应发未发金额各登记一笔发放；任何一笔不符合规则则全部不登记。")
    List<LedgerEntry> payVillage(@PathVariable long payRunId, @RequestBody VillagePayment body) {
        return runs.payVillage(payRunId, body.villageId() == null ? -1 : body.villageId(), body.date(), body.method());
    }

    @GetMapping("/api/v1/pay/rates")
    @Operation(summary = "按时足额率", description = "org 为县或乡镇（默认本人所在组织）：各乡镇 year 年各月（0 为年度绩效）、各村及全年的按时足额率和人次。")
    List<PayRates.TownshipRates> rates(@RequestParam(required = false) Long org, @RequestParam int year) {
        OrgSummary selected = orgs.inScope(org == null ? scope.requireActor().orgId() : org);
        List<OrgSummary> townships = selected.type().isVillageLevel() ? List.of(orgs.township(selected.id()))
                : orgs.townships(selected.id());
        return rates.of(townships, year);
    }
}
