package org.jiceng.documents.citation;

import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiceng.documents.DocumentRef;
import org.jiceng.documents.register.DocumentAccess;
import org.springframework.http.HttpStatus;
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

/** Citations (依据) as JSON: the same service, scope and rules as the document's page. */
@RestController
@RequestMapping("/api/v1/documents")
@PreAuthorize(DocumentAccess.READERS)
@Tag(name = "文件制度", description = "文件/制度登记：文号、标题、发文单位、日期、文种、原文，以及引用它们的方案、计划、标准")
class CitationApiController {

    private final CitationService citations;

    CitationApiController(CitationService citations) {
        this.citations = citations;
    }

    @GetMapping("/{documentId}/citations")
    @Operation(summary = "被引用于", description = "引用该文件的方案、计划、标准等（只列您能看到的组织的）。")
    List<Citation> citations(@PathVariable long documentId) {
        return citations.of(documentId);
    }

    @PostMapping("/{documentId}/citations")
    @PreAuthorize(DocumentAccess.OFFICERS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "引用文件", description = "kind 为引用对象类别（如 TRAINING_PLAN 培训计划），subjectId 为对象编号"
            + "（培训计划为 组织id/年度，如 87/2010；可选对象见 GET /api/v1/documents/subjects）；对象须在您的管辖范围内，"
            + "文件须为对象所在单位或其上级的文件，同一对象只引用一次。")
    Citation cite(@PathVariable long documentId, @Valid @RequestBody CitationForm form) {
        return citations.cite(documentId, form.kind(), form.subjectId(), form.note());
    }

    @DeleteMapping("/{documentId}/citations")
    @PreAuthorize(DocumentAccess.OFFICERS)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "取消引用", description = "kind、subjectId 同引用时；对象须在您的管辖范围内。")
    void uncite(@PathVariable long documentId, @RequestParam String kind, @RequestParam String subjectId) {
        citations.uncite(documentId, kind, subjectId);
    }

    @GetMapping("/cited-by")
    @Operation(summary = "对象的依据文件", description = "kind、subjectId 所指对象引用的文件（您能看到的），按发文日期。")
    List<DocumentRef> citedBy(@RequestParam String kind, @RequestParam String subjectId) {
        return citations.citing(kind, subjectId);
    }

    @GetMapping("/subjects")
    @PreAuthorize(DocumentAccess.OFFICERS)
    @Operation(summary = "可引用的对象", description = "year 年度您管辖范围内可引用文件的对象，按类别（kind）分组。")
    List<SubjectGroup> subjects(@RequestParam int year) {
        return citations.choices(year);
    }
}
