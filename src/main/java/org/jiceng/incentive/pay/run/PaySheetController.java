package org.jiceng.incentive.pay.run;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiceng.incentive.pay.PayOrgs;
import org.jiceng.incentive.pay.PayRoles;
import org.jiceng.organization.OrgSummary;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.excel.ExcelDownload;
import org.jiceng.shared.pdf.PdfDownload;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Pay sheets of a village and run, and annual settlements of a village or township: pages, PDF and Excel, under the
 * page URLs and the API's (same files, same scope).
 */
@Controller
@PreAuthorize(PayRoles.READERS)
@Tag(name = "村干部报酬发放", description = "按乡镇、月份计算应发报酬，登记实发（金额、日期、一折通等方式），标记逾期与未足额，按时足额率；发放表与年度结算表（PDF、Excel）")
class PaySheetController {

    private final PayRunService runs;
    private final PaySettlementService settlements;
    private final PaySheets sheets;
    private final PayOrgs orgs;
    private final DataScope scope;
    private final Clock clock;

    PaySheetController(PayRunService runs, PaySettlementService settlements, PaySheets sheets, PayOrgs orgs, DataScope scope,
                    Clock clock) {
        this.runs = runs;
        this.settlements = settlements;
        this.sheets = sheets;
        this.orgs = orgs;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping({"/pay/runs/{payRunId}/sheet.pdf", "/api/v1/pay/runs/{payRunId}/sheet.pdf"})
    @ResponseBody
    @Operation(summary = "发放表（PDF）", description = "org 为村：该村本次报酬的发放表，含签字栏；合计等于各行之和。")
    ResponseEntity<byte[]> sheetPdf(@PathVariable long payRunId, @RequestParam long org) {
        PaySheets.Sheet sheet = sheet(payRunId, org);
        return PdfDownload.of(sheet.title(), sheets.pdf(sheet));
    }

    @GetMapping({"/pay/runs/{payRunId}/sheet.xlsx", "/api/v1/pay/runs/{payRunId}/sheet.xlsx"})
    @Operation(summary = "发放表（Excel）", description = "org 为村。")
    void sheetExcel(@PathVariable long payRunId, @RequestParam long org, HttpServletResponse response)
            throws IOException {
        PaySheets.Sheet sheet = sheet(payRunId, org);
        sheets.excel(sheet, ExcelDownload.start(response, sheet.title(), clock));
    }

    @GetMapping("/pay/settlements/{year}")
    String settlement(@PathVariable int year, @RequestParam(required = false) Long org, Model model) {
        long orgId = org == null ? scope.requireActor().orgId() : org;
        OrgSummary selected = orgs.inScope(orgId);
        model.addAttribute("year", year);
        model.addAttribute("selected", selected);
        model.addAttribute("settlement", settlements.of(orgId, year));
        return "incentive/pay-settlement";
    }

    @GetMapping("/api/v1/pay/settlements/{year}")
    @ResponseBody
    @Operation(summary = "年度结算", description = "org 为村（按人）、乡镇（按村）或县（按乡镇）：本年度基本报酬、绩效报酬应发实发，专帐年初余额、本年拨入、本年支出、年末余额；reconciles 为与专帐逐分核对是否相符。")
    Settlement settlementJson(@PathVariable int year, @RequestParam long org) {
        return settlements.of(org, year);
    }

    @GetMapping({"/pay/settlements/{year}.pdf", "/api/v1/pay/settlements/{year}.pdf"})
    @ResponseBody
    @Operation(summary = "年度结算表（PDF）", description = "org 为村、乡镇或县。")
    ResponseEntity<byte[]> settlementPdf(@PathVariable int year, @RequestParam long org) {
        Settlement s = settlements.of(org, year);
        return PdfDownload.of(s.orgName() + year + "年度村干部报酬结算表", sheets.pdf(s));
    }

    @GetMapping({"/pay/settlements/{year}.xlsx", "/api/v1/pay/settlements/{year}.xlsx"})
    @Operation(summary = "年度结算表（Excel）", description = "org 为村、乡镇或县。")
    void settlementExcel(@PathVariable int year, @RequestParam long org, HttpServletResponse response)
            throws IOException {
        Settlement s = settlements.of(org, year);
        sheets.excel(s, ExcelDownload.start(response, s.orgName() + year + "年度村干部报酬结算表", clock));
    }

    private PaySheets.Sheet sheet(long runId, long villageId) {
        PayRun run = runs.run(runId);
        OrgSummary village = orgs.village(villageId);
        if (orgs.townshipOf(village.id()).map(OrgSummary::id).orElse(-1L) != run.townshipId()) {
            throw RuleViolationException.onField("org", village.shortName() + "不属于" + run.townshipName());
        }
        return new PaySheets.Sheet(run, run.townshipName(), village.shortName(),
                runs.lines(runId).stream().filter(l -> l.villageId() == village.id()).toList());
    }
}
