package org.jiceng.organization;

import java.io.IOException;
import java.time.Clock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiceng.shared.PageResult;
import org.jiceng.shared.RuleViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Member imports as JSON: upload, poll the status, read the row errors, commit or discard — the pages' rules. */
@RestController
@RequestMapping("/api/v1/member-imports")
@PreAuthorize(MemberImportController.IMPORTERS)
@Tag(name = "党员导入", description = "上传党员信息模板（.xlsx）、后台校验、逐行错误、全部导入或全部不导入")
class MemberImportApiController {

    private final MemberImportService imports;
    private final Clock clock;
    private final MemberImportTemplate template;

    MemberImportApiController(MemberImportService imports, MemberImportTemplate template, Clock clock) {
        this.clock = clock;
        this.imports = imports;
        this.template = template;
    }

    @GetMapping("/template.xlsx")
    @Operation(summary = "下载导入模板", description = "第一张表为表头和一行示例，第二张表“填写说明”列出各列要求和代码表。")
    void template(jakarta.servlet.http.HttpServletResponse response) throws IOException {
        template.write(org.jiceng.shared.excel.ExcelDownload.start(response, "党员信息导入模板", clock));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "上传导入文件", description = "org：导入到的党组织；file：按模板填写的 .xlsx（≤10 MB）。"
            + "文件格式或表头不符时返回 422，不保存任何数据；否则返回导入记录，状态为 VALIDATING，后台逐行校验。")
    MemberImport upload(@RequestParam Long org, @RequestParam(required = false) MultipartFile file) throws IOException {
        if (file == null) {
            throw RuleViolationException.onField("file", "请上传 .xlsx 文件");
        }
        return imports.upload(org, file.getOriginalFilename(), file.getInputStream());
    }

    @GetMapping("/{importId}")
    @Operation(summary = "导入状态", description = "status：VALIDATING 校验中（processedRows 为进度）、INVALID 有错误、VALID 可提交、COMMITTED、DISCARDED、FAILED。")
    MemberImport get(@PathVariable long importId) {
        return imports.get(importId);
    }

    @GetMapping({"/{importId}/rows", "/{importId}/errors"})
    @Operation(summary = "逐行校验结果", description = "errors=true（默认）只列有错误的行；每行带行号、各列内容与错误。")
    PageResult<StagedRow> rows(@PathVariable long importId, @RequestParam(defaultValue = "true") boolean errors,
                               @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "100") int size) {
        return imports.rows(importId, errors, Math.max(1, page), Math.min(Math.max(1, size), 500));
    }

    @PostMapping("/{importId}/commit")
    @Operation(summary = "提交导入", description = "全部行无错误时一次导入全部党员，否则 422，不导入任何数据。")
    MemberImport commit(@PathVariable long importId, @RequestParam(required = false) Long version) {
        return imports.commit(importId, version);
    }

    @PostMapping("/{importId}/discard")
    @Operation(summary = "放弃导入", description = "删除暂存的行，不导入任何数据。")
    MemberImport discard(@PathVariable long importId, @RequestParam(required = false) Long version) {
        return imports.discard(importId, version);
    }
}
