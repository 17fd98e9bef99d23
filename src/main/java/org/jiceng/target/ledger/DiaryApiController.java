package org.jiceng.target.ledger;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.PageQuery;
import org.jiceng.shared.PageResult;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;

/** The ledger diary as JSON: the same service, scope, permissions and rules as the pages. */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize(DiaryController.KEEPERS)
@Tag(name = "台账日记", description = "台账日记法：按日记录做了什么（类别、数量和计量单位、见证人、佐证材料），可关联中心工作；"
        + "按村、乡镇、县和中心工作汇总，不同计量单位分别合计")
class DiaryApiController {

    private final DiaryService diary;
    private final DataScope scope;
    private final Clock clock;

    DiaryApiController(DiaryService diary, DataScope scope, Clock clock) {
        this.diary = diary;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping("/ledger-diary")
    @Operation(summary = "查询台账日记", description = "org（默认本人所在组织）及其下级 year 年（默认今年）的台账日记，"
            + "可按 category（LEDGER_CATEGORY）、taskId（含分解到村的任务）、from、to 筛选，日期新的在前。")
    PageResult<DiaryEntry> list(@RequestParam(required = false) Long org, @RequestParam(required = false) Integer year,
                                @RequestParam(required = false) String category,
                                @RequestParam(required = false) Long taskId,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return diary.entries(filter(org, year, category, taskId, from, to), PageQuery.of(page, size, null, null));
    }

    @GetMapping("/ledger-diary/rollup")
    @Operation(summary = "台账汇总", description = "org 下 year 年的数量按计量单位合计（不同单位不相加）：全部、本级和每个直属下级、"
            + "每项中心工作的目标与完成（含分解到村的任务）；demonstration=true 只看示范村。")
    LedgerRollup rollup(@RequestParam(required = false) Long org, @RequestParam(required = false) Integer year,
                        @RequestParam(required = false) String category, @RequestParam(required = false) Long taskId,
                        @RequestParam(required = false) boolean demonstration) {
        return diary.rollup(filter(org, year, category, taskId, null, null), demonstration);
    }

    @PostMapping("/ledger-diary")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "记台账日记", description = "orgId 为乡镇党委或村党组织；date 在本年度内且不晚于今天；category 为 "
            + "LEDGER_CATEGORY；quantities 每行数量大于0、unit 为 LEDGER_UNIT，关联中心工作时只能用该工作的计量单位；"
            + "witness 必填。佐证材料另行上传。")
    DiaryEntry create(@Valid @RequestBody DiaryForm form) {
        return diary.record(form, List.of());
    }

    @GetMapping("/ledger-diary/{diaryId}")
    @Operation(summary = "查看台账日记", description = "含数量行和佐证材料清单。")
    DiaryEntry get(@PathVariable long diaryId) {
        return diary.entry(diaryId);
    }

    @PutMapping("/ledger-diary/{diaryId}")
    @Operation(summary = "修改台账日记", description = "须带上 version；期间已被他人修改时返回 409。数量行整体替换。")
    DiaryEntry update(@PathVariable long diaryId, @Valid @RequestBody DiaryForm form) {
        return diary.update(diaryId, form);
    }

    @PostMapping("/ledger-diary/{diaryId}/files")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "上传佐证材料", description = "照片（jpg、png）、PDF、Word、Excel，10MB 以内，内容须与扩展名相符。")
    DiaryFile upload(@PathVariable long diaryId, @RequestParam("file") MultipartFile file) throws IOException {
        return diary.addFile(diaryId, new Upload(file.getOriginalFilename(), file.getBytes()));
    }

    @GetMapping("/ledger-diary/files/{diaryFileId}")
    @Operation(summary = "下载佐证材料")
    ResponseEntity<byte[]> file(@PathVariable long diaryFileId) {
        DiaryFile file = diary.file(diaryFileId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .body(diary.fileContent(diaryFileId));
    }

    private DiaryFilter filter(Long org, Integer year, String category, Long taskId, LocalDate from, LocalDate to) {
        return new DiaryFilter(org == null ? scope.requireActor().orgId() : org,
                year == null ? LocalDate.now(clock).getYear() : year,
                category == null || category.isBlank() ? null : category, taskId, from, to);
    }
}
