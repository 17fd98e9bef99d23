package org.jiceng.organization;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.jiceng.shared.DataScope;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.StaleEditException;
import org.jiceng.shared.excel.SpreadsheetException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Member import pages (批量导入): the template, the upload form with the imports of the user's subtree, and an
 * import's page — progress while its rows are checked, then the preview with each row's errors, commit or discard.
 */
@Controller
@PreAuthorize(MemberImportController.IMPORTERS)
class MemberImportController {

    static final String IMPORTERS = "hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER')";
    static final int PAGE_SIZE = 50;

    private final MemberImportService imports;
    private final MemberImportTemplate template;
    private final OrgTree tree;
    private final Clock clock;
    private final DataScope scope;

    MemberImportController(MemberImportService imports, MemberImportTemplate template, OrgTree tree, DataScope scope, Clock clock) {
        this.clock = clock;
        this.imports = imports;
        this.template = template;
        this.tree = tree;
        this.scope = scope;
    }

    @GetMapping("/imports")
    String list(@RequestParam(required = false) String tooLarge, Model model) {
        return listPage(model, tooLarge == null ? null : "上传的文件超过 10 MB 上限，请拆分后分批上传", null);
    }

    @GetMapping("/imports/template.xlsx")
    void template(HttpServletResponse response) throws IOException {
        template.write(org.jiceng.shared.excel.ExcelDownload.start(response, "党员信息导入模板", clock));
    }

    @PostMapping("/imports")
    String upload(@RequestParam(required = false) Long org, @RequestParam(required = false) MultipartFile file,
                  Model model) throws IOException {
        if (org == null) {
            return listPage(model, "请选择导入到哪个党组织", null);
        }
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            return listPage(model, "请选择要上传的 Excel 文件", org);
        }
        try {
            MemberImport created = imports.upload(org, file.getOriginalFilename(), file.getInputStream());
            return "redirect:/imports/" + created.id();
        } catch (SpreadsheetException | RuleViolationException e) {
            return listPage(model, e.getMessage(), org);
        }
    }

    @GetMapping("/imports/{importId}")
    String show(@PathVariable long importId, @RequestParam(required = false) Boolean errors,
                @RequestParam(required = false) Integer page, Model model) {
        MemberImport found = imports.get(importId);
        model.addAttribute("imp", found);
        boolean onlyErrors = errors == null ? found.errorRows() > 0 : errors;
        if (!found.validating()) {
            model.addAttribute("onlyErrors", onlyErrors);
            model.addAttribute("rows", imports.rows(importId, onlyErrors, page == null || page < 1 ? 1 : page, PAGE_SIZE));
            model.addAttribute("headers", MemberSheet.HEADERS);
        }
        return "organization/import-detail";
    }

    /** The progress fragment htmx polls; once the check is done the page reloads to show the preview. */
    @GetMapping("/imports/{importId}/status")
    String status(@PathVariable long importId, Model model, HttpServletResponse response) {
        MemberImport found = imports.get(importId);
        if (!found.validating()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("imp", found);
        return "organization/import-detail :: status";
    }

    @PostMapping("/imports/{importId}/commit")
    String commit(@PathVariable long importId, @RequestParam(required = false) Long version,
                  RedirectAttributes redirect) {
        try {
            MemberImport done = imports.commit(importId, version);
            redirect.addFlashAttribute("notice", "导入成功：" + done.totalRows() + " 名党员已登记到" + done.orgName());
        } catch (RuleViolationException | StaleEditException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/imports/" + importId;
    }

    @PostMapping("/imports/{importId}/discard")
    String discard(@PathVariable long importId, @RequestParam(required = false) Long version,
                   RedirectAttributes redirect) {
        try {
            imports.discard(importId, version);
            redirect.addFlashAttribute("notice", "已放弃该导入，未导入任何数据");
        } catch (RuleViolationException | StaleEditException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/imports/" + importId;
    }

    private String listPage(Model model, String problem, Long selectedOrg) {
        long own = scope.requireActor().orgId();
        List<OrgSummary> targets = new ArrayList<>();
        tree.find(own).ifPresent(targets::add);
        tree.children(own).stream().filter(o -> o.type() != OrgType.PARTY_GROUP).forEach(targets::add);
        model.addAttribute("targets", targets);
        model.addAttribute("selectedOrg", selectedOrg);
        model.addAttribute("problem", problem);
        model.addAttribute("imports", imports.recent());
        return "organization/imports";
    }
}
