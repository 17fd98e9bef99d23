package org.jiceng.assessment.scheme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiceng.assessment.engine.ScoreSheet;
import org.jiceng.assessment.engine.SubjectKind;
import org.jiceng.shared.PageQuery;
import org.jiceng.shared.PageResult;
import org.springframework.http.HttpStatus;
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

/** 考核方案 as JSON: the same service, scope and rules as the pages. */
@RestController
@RequestMapping("/api/v1/schemes")
@Tag(name = "考核方案", description = "五个好、升级晋档、星级、分类定级等考核方案：指标、计分方法、等次；草稿、发布、新版本、复制到年度、试算")
@PreAuthorize(SchemeController.READERS)
class SchemeApiController {

    private final SchemeService schemes;
    private final SchemeQueries queries;
    private final ReferenceSchemes templates;

    SchemeApiController(SchemeService schemes, SchemeQueries queries, ReferenceSchemes templates) {
        this.schemes = schemes;
        this.queries = queries;
        this.templates = templates;
    }

    @GetMapping
    @Operation(summary = "列出考核方案", description = "本级及上级组织制定的方案；可按 year、subject、status 筛选，sort 为 year、name、status、updated。")
    PageResult<SchemeRow> list(@RequestParam(required = false) Integer year,
                               @RequestParam(required = false) SubjectKind subject,
                               @RequestParam(required = false) SchemeStatus status,
                               @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                               @RequestParam(required = false) String sort, @RequestParam(required = false) String dir) {
        return queries.list(new SchemeFilter(year, subject, status), PageQuery.of(page, size, sort, dir));
    }

    @GetMapping("/templates")
    @Operation(summary = "参考方案模板", description = "随系统提供的参考方案；example=true 表示分值为示例。")
    List<SchemeTemplate> templates() {
        return templates.all();
    }

    /** Which template to start from, for which year. */
    record FromTemplate(String template, Integer year) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(SchemeController.WRITERS)
    @Operation(summary = "由模板新建草稿", description = "仅县委组织部干部；方案属于本人所在组织。")
    StoredScheme create(@RequestBody FromTemplate request) {
        return schemes.fromTemplate(request.template(), request.year());
    }

    @GetMapping("/{schemeId}")
    @Operation(summary = "查看考核方案", description = "含指标树（dimensions → indicators → sub-indicators）和等次。")
    StoredScheme get(@PathVariable long schemeId) {
        return schemes.get(schemeId);
    }

    @PutMapping("/{schemeId}")
    @PreAuthorize(SchemeController.WRITERS)
    @Operation(summary = "修改草稿", description = "整体替换名称、满分、加分上限、指标行（parentCode 指向上级指标编号；metric 为数据来源编号，见 /api/v1/metrics，留空为手工填报）和等次；须带 version，他人已修改返回 409；已发布的方案返回 422；校验不通过返回 422 并逐项列出 errors。")
    StoredScheme update(@PathVariable long schemeId, @Valid @RequestBody SchemeForm form) {
        return schemes.update(schemeId, form);
    }

    /** The version the user read. */
    record VersionRequest(Long version) {
    }

    @PostMapping("/{schemeId}/publish")
    @PreAuthorize(SchemeController.WRITERS)
    @Operation(summary = "发布", description = "校验通过才能发布；发布后不能修改，同年度之前发布的版本自动停用。")
    StoredScheme publish(@PathVariable long schemeId, @RequestBody VersionRequest request) {
        return schemes.publish(schemeId, request.version());
    }

    @PostMapping("/{schemeId}/editions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(SchemeController.WRITERS)
    @Operation(summary = "新版本", description = "复制为同一年度的新版本草稿。")
    StoredScheme newEdition(@PathVariable long schemeId) {
        return schemes.newEdition(schemeId);
    }

    /** The year to copy a scheme to. */
    record CopyRequest(Integer year) {
    }

    @PostMapping("/{schemeId}/copies")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(SchemeController.WRITERS)
    @Operation(summary = "复制到年度", description = "复制为另一年度的草稿，例如把2009年的升级晋档方案复制到2010年。")
    StoredScheme copyToYear(@PathVariable long schemeId, @RequestBody CopyRequest request) {
        return schemes.copyToYear(schemeId, request.year());
    }

    @GetMapping("/{schemeId}/metric-inputs")
    @Operation(summary = "取自数据的输入", description = "方案中绑定数据来源的指标，在方案年度取 org（须在本人范围内，否则404）的数据："
            + "指标编号 → 数值；没有数值的指标不列出。可直接作为试算的 inputs。")
    Map<String, BigDecimal> metricInputs(@PathVariable long schemeId, @RequestParam long org) {
        return schemes.inputsFromData(schemeId, org);
    }

    /** Sample inputs by indicator code: scores, counts, values; 1/0 for 达标 and 一票否决 items. */
    record TryOutRequest(Map<String, BigDecimal> inputs) {
    }

    @PostMapping("/{schemeId}/evaluations")
    @Operation(summary = "试算", description = "按方案计算样例数据的得分表，不保存。输入不符合要求时返回 422，errors 的 field 为指标编号。")
    ScoreSheet tryOut(@PathVariable long schemeId, @RequestBody TryOutRequest request) {
        return schemes.tryOut(schemeId, request.inputs() == null ? Map.of() : request.inputs());
    }
}
