package org.jiceng.target.summary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 工作总结 as JSON (and the document download for pages too): the same service, scope and rules as the pages. */
@RestController
@PreAuthorize(SummaryController.READERS)
@Tag(name = "工作总结", description = "阶段小结、季度小结、半年总结、年度总结：期次设定、报送、乡镇审核评分、县级审定、报送情况")
class SummaryApiController {

    private final SummaryService service;
    private final Clock clock;

    SummaryApiController(SummaryService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @GetMapping("/api/v1/summary-periods")
    @Operation(summary = "总结期次", description = "本单位、上级及（干部）下级设定的某年度期次，默认当年。")
    List<SummaryPeriod> periods(@RequestParam(required = false) Integer year) {
        return service.periods(year == null ? LocalDate.now(clock).getYear() : year);
    }

    @PostMapping("/api/v1/summary-periods")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(SummaryController.OFFICERS)
    @Operation(summary = "设定总结期次", description = "县委组织部或乡镇党委设定；截至日期在该年度内，报送截止日不早于截至日期，"
            + "满分0至100；乡镇设定的只由所辖村报送。")
    SummaryPeriod createPeriod(@Valid @RequestBody PeriodForm form) {
        return service.createPeriod(form);
    }

    @GetMapping("/api/v1/summary-periods/{periodId}")
    @Operation(summary = "查看总结期次")
    SummaryPeriod period(@PathVariable long periodId) {
        return service.period(periodId);
    }

    @GetMapping("/api/v1/summary-periods/{periodId}/roster")
    @Operation(summary = "报送情况", description = "应报送的每个单位及其总结（未报送的 summary 为空）。")
    List<SummaryService.RosterRow> roster(@PathVariable long periodId) {
        return service.roster(periodId);
    }

    @PostMapping("/api/v1/summary-periods/{periodId}/summaries")
    @Operation(summary = "填写总结", description = "orgId 为报送单位（村党组织书记为本村；乡镇可代村录入），text 和/或 file（PDF、Word、"
            + "Excel、图片，不超过10MB）；修改草稿须带上 version。")
    PeriodicSummary save(@PathVariable long periodId, @Valid @ModelAttribute SummaryForm form,
                         @RequestParam(required = false) MultipartFile file) throws IOException {
        return service.save(periodId, form, SummaryController.name(file), SummaryController.bytes(file));
    }

    @GetMapping("/api/v1/summaries/{summaryId}")
    @Operation(summary = "查看总结")
    PeriodicSummary summary(@PathVariable long summaryId) {
        return service.summary(summaryId);
    }

    @PostMapping("/api/v1/summaries/{summaryId}/actions")
    @Operation(summary = "审核流程一步", description = "action：SUBMIT 提交（首次提交晚于截止日记为逾期）、REVIEW 审核并评分（points，"
            + "0至满分）、RETURN 退回（reason 必填）、APPROVE 县级审定；version 为 itemVersion，他人已办理时返回 409。")
    PeriodicSummary act(@PathVariable long summaryId, @Valid @RequestBody SummaryActionForm form) {
        return service.act(summaryId, form);
    }

    @GetMapping({"/summaries/{summaryId}/document", "/api/v1/summaries/{summaryId}/document"})
    @Operation(summary = "下载总结文件")
    ResponseEntity<byte[]> document(@PathVariable long summaryId) {
        SummaryService.SummaryDocument document = service.document(summaryId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(document.contentType()))
                .body(document.content());
    }
}
