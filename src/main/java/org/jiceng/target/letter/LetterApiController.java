package org.jiceng.target.letter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.pdf.PdfDownload;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 目标责任书 as JSON: the same services, scope, permissions and rules as the pages. */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize(LetterController.READERS)
@Tag(name = "目标责任书", description = "乡镇与各村签订的年度目标责任书：项目（类别见代码表 TARGET_AREA，计量单位见 LEDGER_UNIT）、"
        + "下达、各村目标数量、签订登记、签订后变更；关联中心工作的项目按各村台账日记计算进度和估算得分")
class LetterApiController {

    private final LetterService service;
    private final LetterQueries queries;
    private final LetterPdf pdf;
    private final DataScope scope;
    private final Clock clock;

    LetterApiController(LetterService service, LetterQueries queries, LetterPdf pdf, DataScope scope, Clock clock) {
        this.service = service;
        this.queries = queries;
        this.pdf = pdf;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping("/target-letters")
    @Operation(summary = "查询目标责任书", description = "org（默认本人所在组织）下各乡镇 year 年（默认今年）的责任书，"
            + "以及下达到本人可见各村的责任书，各附本人可见的各村签订情况。")
    List<LetterQueries.Listed> list(@RequestParam(required = false) Long org,
                                    @RequestParam(required = false) Integer year) {
        return queries.letters(org == null ? scope.requireActor().orgId() : org,
                year == null ? LocalDate.now(clock).getYear() : year);
    }

    @PostMapping("/target-letters")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(LetterController.OFFICERS)
    @Operation(summary = "拟定目标责任书", description = "本人所在乡镇（须有所属村）当年的责任书草稿；同一乡镇同年名称不重复。")
    TargetLetter create(@Valid @RequestBody LetterForm form) {
        return service.create(form);
    }

    @GetMapping("/target-letters/{letterId}")
    @Operation(summary = "查看目标责任书", description = "项目，以及各村的目标、台账进度和估算得分（目标考核看板）。")
    LetterQueries.Board get(@PathVariable long letterId) {
        return queries.board(letterId);
    }

    @PostMapping("/target-letters/{letterId}/items")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(LetterController.OFFICERS)
    @Operation(summary = "增加项目", description = "仅草稿。kind：DONE 完成得分、PROPORTIONAL 按比例（须 targetQuantity、unit）、"
            + "BONUS_PER_UNIT 超额加分（另须 pointsPerUnitOver，可设 bonusCap）、LATE_DEDUCTION 逾期扣分（须 deadline、"
            + "pointsPerDayLate）；taskId 为本乡镇当年的中心工作，其台账即进度；version 为所见责任书版本。")
    TargetLetter addItem(@PathVariable long letterId, @Valid @RequestBody ItemForm form) {
        return service.addItem(letterId, form);
    }

    @DeleteMapping("/target-letters/{letterId}/items/{letterItemId}")
    @PreAuthorize(LetterController.OFFICERS)
    @Operation(summary = "删除项目", description = "仅草稿；version 为所见责任书版本。")
    TargetLetter removeItem(@PathVariable long letterId, @PathVariable long letterItemId, @RequestParam long version) {
        return service.removeItem(letterId, letterItemId, version);
    }

    @PostMapping("/target-letters/{letterId}/issue")
    @PreAuthorize(LetterController.OFFICERS)
    @Operation(summary = "下达", description = "草稿下达到乡镇所属每个村，各生成一份村责任书；issuedOn 在责任书年度内且不晚于今天。")
    TargetLetter issue(@PathVariable long letterId, @Valid @RequestBody IssueForm form) {
        return service.issue(letterId, form);
    }

    @GetMapping("/target-letter-copies/{copyId}")
    @Operation(summary = "查看村责任书", description = "该村的目标、台账进度、估算得分和签订后的变更记录。")
    LetterQueries.CopyView copy(@PathVariable long copyId) {
        return queries.copy(copyId);
    }

    @PostMapping("/target-letter-copies/{copyId}/signing")
    @PreAuthorize(LetterController.OFFICERS)
    @Operation(summary = "登记签订", description = "签订日期在责任书年度内、不早于下达日期、不晚于今天；双方签字人必填。")
    LetterCopy sign(@PathVariable long copyId, @Valid @RequestBody SignForm form) {
        return service.sign(copyId, form);
    }

    @PostMapping("/target-letter-copies/{copyId}/quantities")
    @PreAuthorize(LetterController.OFFICERS)
    @Operation(summary = "修改或变更目标数量", description = "签订前直接修改；签订后为变更，须写明 reason，记入变更记录。")
    LetterCopy changeQuantity(@PathVariable long copyId, @Valid @RequestBody QuantityForm form) {
        return service.changeQuantity(copyId, form);
    }

    @PostMapping("/target-letter-copies/{copyId}/month-checks")
    @PreAuthorize(LetterController.OFFICERS)
    @Operation(summary = "登记月度考核", description = "签订乡镇登记某月得分（0–100）；须已签订、该月已结束且不在签订前；"
            + "已登记的月份为更正。stamp 为所见的 monthStamp（查看村责任书返回），他人先登记则 409。返回该村全年各月得分，"
            + "年终考核取各月得分之和÷12。")
    List<MonthCheck> checkMonth(@PathVariable long copyId, @Valid @RequestBody MonthCheckForm form) {
        return service.checkMonth(copyId, form);
    }

    @GetMapping("/target-letter-copies/{copyId}/letter.pdf")
    @Operation(summary = "打印村责任书", description = "A4 横版 PDF：双方、各项目标、计分办法、变更记录和双方签字栏。")
    ResponseEntity<byte[]> print(@PathVariable long copyId) {
        var view = queries.copy(copyId);
        return PdfDownload.of(pdf.title(view.letter(), view.standing().copy()), pdf.print(view));
    }
}
