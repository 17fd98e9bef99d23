package org.jiceng.documents.register;

import java.io.IOException;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiceng.shared.PageQuery;
import org.jiceng.shared.PageResult;
import org.jiceng.shared.RuleViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The documents register as JSON: the same service, scope and rules as the pages. */
@RestController
@RequestMapping("/api/v1/documents")
@PreAuthorize(DocumentAccess.READERS)
@Tag(name = "文件制度", description = "文件/制度登记：文号、标题、发文单位、日期、文种、原文，以及引用它们的方案、计划、标准")
class DocumentApiController {

    private final DocumentService documents;

    DocumentApiController(DocumentService documents) {
        this.documents = documents;
    }

    @GetMapping
    @Operation(summary = "文件列表", description = "本单位、上级及下级组织的文件，按发文日期倒序；year 年度、kind 文种代码"
            + "（代码表 DOCUMENT_KIND）、issuer 发文单位 id、q 文号/标题/摘要中的文字。")
    PageResult<BasisDocument> list(@RequestParam(required = false) Integer year,
                                   @RequestParam(required = false) String kind,
                                   @RequestParam(required = false) Long issuer, @RequestParam(required = false) String q,
                                   @RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size) {
        return documents.list(new DocumentFilter(year, kind, issuer, q), PageQuery.of(page, size, null, null));
    }

    @GetMapping("/{documentId}")
    @Operation(summary = "查看文件")
    BasisDocument get(@PathVariable long documentId) {
        return documents.document(documentId);
    }

    @PostMapping
    @PreAuthorize(DocumentAccess.OFFICERS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记文件", description = "县委组织部、乡镇组织委员登记本单位的文件（multipart）：number 文号"
            + "（如 范发〔2010〕3号，[ ]、( ) 自动写作〔 〕）、title、kind、issuedOn（不晚于今天，与文号年份一致）、summary，"
            + "file 原文（PDF、Word、jpg、png，10MB 以内，按内容核对类型）。同一单位同一年度文号不能重复：422，errors 中"
            + " field 为 number。")
    BasisDocument create(@Valid @ModelAttribute DocumentForm form,
                         @RequestParam(required = false) MultipartFile file) throws IOException {
        return documents.create(form, DocumentController.name(file), DocumentController.bytes(file));
    }

    @PutMapping("/{documentId}")
    @PreAuthorize(DocumentAccess.OFFICERS)
    @Operation(summary = "修改文件", description = "发文单位的组织委员/干部修改；须带上读取时的 version，他人已修改时返回 409。")
    BasisDocument update(@PathVariable long documentId, @Valid @RequestBody DocumentForm form) {
        return documents.update(documentId, form, null, null);
    }

    @PostMapping("/{documentId}/text")
    @PreAuthorize(DocumentAccess.OFFICERS)
    @Operation(summary = "替换文件原文", description = "file 为新的原文，version 为读取时的版本（他人已修改时返回 409）。"
            + "下载：GET /api/v1/documents/{documentId}/text。")
    BasisDocument replaceText(@PathVariable long documentId, @RequestParam long version,
                              @RequestParam(required = false) MultipartFile file) throws IOException {
        if (DocumentController.name(file) == null) {
            throw RuleViolationException.onField("file", "请选择要上传的原文");
        }
        BasisDocument current = documents.document(documentId);
        DocumentForm form = DocumentForm.of(current);
        return documents.update(documentId, new DocumentForm(form.number(), form.title(), form.kind(),
                form.issuedOn(), form.summary(), version), DocumentController.name(file),
                DocumentController.bytes(file));
    }
}
