package org.jiceng.assessment.scheme;

import org.jiceng.assessment.Metrics;
import org.jiceng.assessment.engine.SubjectKind;
import org.jiceng.shared.PageQuery;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.StaleEditException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 考核方案 pages: the list, templates, a scheme's detail, publish, new edition and copy to another year. */
@Controller
@PreAuthorize(SchemeController.READERS)
class SchemeController {

    static final String READERS = "hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER', 'BRANCH_SECRETARY')";
    static final String WRITERS = "hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER')";

    private final SchemeService schemes;
    private final SchemeQueries queries;
    private final ReferenceSchemes templates;
    private final Metrics metrics;

    SchemeController(SchemeService schemes, SchemeQueries queries, ReferenceSchemes templates, Metrics metrics) {
        this.schemes = schemes;
        this.queries = queries;
        this.templates = templates;
        this.metrics = metrics;
    }

    @GetMapping("/schemes")
    String list(@ModelAttribute("filter") SchemeFilter filter, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Model model) {
        PageQuery query = PageQuery.of(page, null, sort, dir);
        model.addAttribute("page", queries.list(filter, query));
        model.addAttribute("sort", query.sort() == null ? "year" : query.sort());
        model.addAttribute("dir", query.sort() == null || query.descending() ? "desc" : "asc");
        model.addAttribute("subjects", SubjectKind.values());
        model.addAttribute("statuses", SchemeStatus.values());
        return "assessment/scheme-list";
    }

    @GetMapping("/schemes/templates")
    String templates(Model model) {
        model.addAttribute("templates", templates.all());
        return "assessment/scheme-templates";
    }

    @PostMapping("/schemes/templates")
    @PreAuthorize(WRITERS)
    String fromTemplate(@RequestParam(required = false) String template, @RequestParam(required = false) Integer year,
                        Model model, RedirectAttributes redirect) {
        try {
            StoredScheme created = schemes.fromTemplate(template, year);
            redirect.addFlashAttribute("notice", "已由模板生成草稿“" + created.label() + "”，请修改后发布");
            return "redirect:/schemes/" + created.id() + "/edit";
        } catch (RuleViolationException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("chosenTemplate", template);
            return templates(model);
        }
    }

    @GetMapping("/schemes/{schemeId}")
    String detail(@PathVariable long schemeId, Model model) {
        StoredScheme scheme = schemes.get(schemeId);
        model.addAttribute("stored", scheme);
        model.addAttribute("scheme", scheme.scheme());
        model.addAttribute("rows", SchemeView.rows(scheme.scheme(), SchemeView.sources(scheme, metrics.byCode())));
        model.addAttribute("canWrite", schemes.canWrite(scheme));
        return "assessment/scheme-detail";
    }

    @PostMapping("/schemes/{schemeId}/publish")
    @PreAuthorize(WRITERS)
    String publish(@PathVariable long schemeId, @RequestParam(required = false) Long version, Model model,
                   RedirectAttributes redirect) {
        try {
            StoredScheme published = schemes.publish(schemeId, version);
            redirect.addFlashAttribute("notice", "“" + published.label() + "”已发布，此后不能再修改");
            return "redirect:/schemes/" + schemeId;
        } catch (RuleViolationException e) {
            model.addAttribute("problems", e.fieldErrors());
            model.addAttribute("error", "方案未通过校验，不能发布：" + e.getMessage());
        } catch (StaleEditException e) {
            model.addAttribute("error", e.getMessage());
        }
        return detail(schemeId, model);
    }

    @PostMapping("/schemes/{schemeId}/editions")
    @PreAuthorize(WRITERS)
    String newEdition(@PathVariable long schemeId, RedirectAttributes redirect) {
        StoredScheme created = schemes.newEdition(schemeId);
        redirect.addFlashAttribute("notice", "已生成新版本草稿“" + created.label() + "”");
        return "redirect:/schemes/" + created.id() + "/edit";
    }

    @PostMapping("/schemes/{schemeId}/copies")
    @PreAuthorize(WRITERS)
    String copyToYear(@PathVariable long schemeId, @RequestParam(required = false) Integer year, Model model,
                      RedirectAttributes redirect) {
        try {
            StoredScheme created = schemes.copyToYear(schemeId, year);
            redirect.addFlashAttribute("notice", "已复制为“" + created.label() + "”草稿，请修改后发布");
            return "redirect:/schemes/" + created.id() + "/edit";
        } catch (RuleViolationException e) {
            model.addAttribute("copyError", e.getMessage());
            model.addAttribute("copyYear", year);
            return detail(schemeId, model);
        }
    }
}
