package org.jiceng.target.supervision;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.excel.ExcelColumn;
import org.jiceng.shared.excel.ExcelDownload;
import org.jiceng.shared.excel.ExcelWriter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The Excel list of supervision items and the evidence files of reports, for pages and the API alike. */
@Controller
@PreAuthorize(SupervisionController.READERS)
@Tag(name = "督查督办")
class SupervisionFilesController {

    private static final List<ExcelColumn> COLUMNS = List.of(ExcelColumn.text("编号", 18), ExcelColumn.of("督办事项", 36),
            ExcelColumn.of("立项单位", 18), ExcelColumn.of("承办单位", 18), ExcelColumn.of("协办单位", 24),
            ExcelColumn.of("立项日期", 12), ExcelColumn.of("办理时限", 12), ExcelColumn.of("状态", 10),
            ExcelColumn.of("是否逾期", 8), ExcelColumn.of("最近反馈", 12), ExcelColumn.of("办结日期", 12),
            ExcelColumn.of("按时办结", 8));

    private final SupervisionService service;
    private final DataScope scope;
    private final Clock clock;

    SupervisionFilesController(SupervisionService service, DataScope scope, Clock clock) {
        this.service = service;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping({"/supervision/export.xlsx", "/api/v1/supervision-items/export.xlsx"})
    @Operation(summary = "导出督办事项", description = "org 的下级范围（默认本人所在组织）内承办的事项；year 按立项年度。")
    void export(@RequestParam(required = false) Long org, @RequestParam(required = false) Integer year,
                HttpServletResponse response) throws IOException {
        long orgId = org == null ? scope.requireActor().orgId() : org;
        LocalDate today = LocalDate.now(clock);
        int y = year == null ? today.getYear() : year;
        List<SupervisionItem> items = service.items(orgId, y);
        try (ExcelWriter excel = new ExcelWriter(); OutputStream out = ExcelDownload.start(response, y + "年督查督办", clock)) {
            excel.sheet("督办事项", COLUMNS);
            for (SupervisionItem i : items) {
                excel.row(i.number(), i.title(), i.orgName(), i.leadName(),
                        String.join("、", i.coUnits().stream().map(SupervisionItem.CoUnit::name).toList()),
                        i.registeredOn(), i.deadline(), i.status().label(), i.overdueOn(today) ? "逾期" : "",
                        i.lastReportedOn(), i.closedOn(),
                        i.closedOnTime() == null ? "" : i.closedOnTime() ? "是" : "否");
            }
            excel.writeTo(out);
        }
    }

    @GetMapping({"/supervision/{supervisionId}/evidence", "/api/v1/supervision-items/{supervisionId}/evidence"})
    @Operation(summary = "下载反馈佐证材料", description = "report 为反馈记录的 id。")
    ResponseEntity<byte[]> evidence(@PathVariable long supervisionId, @RequestParam long report) {
        SupervisionService.Evidence evidence = service.evidence(supervisionId, report);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(evidence.fileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(evidence.contentType()))
                .body(evidence.content());
    }
}
