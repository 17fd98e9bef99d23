package org.jiceng.organization.form;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiceng.shared.excel.ExcelDownload;
import org.jiceng.shared.pdf.PdfDownload;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The 党员基本信息采集表 from the member's page and the org's page, and the same paths under {@code /api/v1}: one
 * member's form as PDF (the form's layout, signature and seal lines), .xlsx or JSON; every member of a branch or
 * township as one PDF, or a zip with one PDF per branch.
 */
@RestController
@Tag(name = "党员基本信息采集表", description = "按全国党员信息采集表格式导出打印：单个党员 PDF/Excel/JSON，党支部或乡镇合并 PDF 或按支部 zip")
class CollectionFormController {

    static final String READERS = "hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER', 'BRANCH_SECRETARY', 'MEMBER')";
    static final String KEEPERS = "hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER', 'BRANCH_SECRETARY')";

    private final CollectionForms forms;
    private final Clock clock;

    CollectionFormController(CollectionForms forms, Clock clock) {
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/api/v1/members/{personId}/form")
    @PreAuthorize(READERS)
    @Operation(summary = "一名党员的采集表（JSON）", description = "19个字段按采集表顺序，number 为表上的项目序号，code 为代码。")
    CollectionForm json(@PathVariable long personId) {
        return forms.of(personId);
    }

    @GetMapping({"/members/{personId}/form.pdf", "/api/v1/members/{personId}/form.pdf"})
    @PreAuthorize(READERS)
    @Operation(summary = "一名党员的采集表（PDF，可打印签字）")
    ResponseEntity<byte[]> pdf(@PathVariable long personId) {
        CollectionForm form = forms.of(personId);
        return PdfDownload.of("党员基本信息采集表-" + form.name(), CollectionFormPdf.one(form, clock));
    }

    @GetMapping({"/members/{personId}/form.xlsx", "/api/v1/members/{personId}/form.xlsx"})
    @PreAuthorize(READERS)
    @Operation(summary = "一名党员的采集表（Excel）")
    void xlsx(@PathVariable long personId, HttpServletResponse response) throws IOException {
        CollectionForm form = forms.of(personId);
        CollectionFormSheet.write(form, ExcelDownload.start(response, "党员基本信息采集表-" + form.name(), clock));
    }

    @GetMapping({"/orgs/{orgId}/member-forms.pdf", "/api/v1/orgs/{orgId}/member-forms.pdf"})
    @PreAuthorize(KEEPERS)
    @Operation(summary = "组织下全部党员的采集表（一个 PDF）", description = "每名党员一页；人数超过 600 时返回 422，请改用 zip。")
    ResponseEntity<byte[]> orgPdf(@PathVariable long orgId) {
        return PdfDownload.of("党员基本信息采集表-" + forms.orgName(orgId),
                CollectionFormPdf.many(forms.all(orgId), clock));
    }

    @GetMapping({"/orgs/{orgId}/member-forms.zip", "/api/v1/orgs/{orgId}/member-forms.zip"})
    @PreAuthorize(KEEPERS)
    @Operation(summary = "组织下全部党员的采集表（zip，每个党支部一个 PDF）")
    void orgZip(@PathVariable long orgId, HttpServletResponse response) throws IOException {
        Map<String, List<CollectionForm>> byBranch = forms.byBranch(orgId);
        String name = "党员基本信息采集表-" + forms.orgName(orgId) + "-" + LocalDate.now(clock) + ".zip";
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        OutputStream out = response.getOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            int n = 0;
            for (var branch : byBranch.entrySet()) {
                zip.putNextEntry(new ZipEntry(String.format("%03d-%s.pdf", ++n, branch.getKey())));
                zip.write(CollectionFormPdf.many(branch.getValue(), clock));
                zip.closeEntry();
            }
        }
    }
}
