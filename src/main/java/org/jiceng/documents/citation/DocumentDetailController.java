package org.jiceng.documents.citation;

import java.util.List;
import java.util.Map;

import org.jiceng.documents.register.BasisDocument;
import org.jiceng.documents.register.DocumentAccess;
import org.jiceng.documents.register.DocumentService;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.Role;
import org.jiceng.shared.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page of a document: what it is, its text to download, what cites it (被引用于) and, for officers, the form to
 * cite it for a subject of their scope (a training plan of a year, …) or to remove a citation made by mistake.
 */
@Controller
@PreAuthorize(DocumentAccess.READERS)
class DocumentDetailController {

    private final DocumentService documents;
    private final CitationService citations;
    private final DataScope scope;

    DocumentDetailController(DocumentService documents, CitationService citations, DataScope scope) {
        this.documents = documents;
        this.citations = citations;
        this.scope = scope;
    }

    /** @param year the year whose subjects the cite form offers; the document's year when not given */
    @GetMapping("/documents/{documentId}")
    String detail(@PathVariable long documentId, @RequestParam(required = false) Integer year, Model model) {
        return page(documents.document(documentId), year, null, Map.of(), model);
    }

    /** @param subject the chosen subject as {@code KIND|id}, one select on the page */
    @PostMapping("/documents/{documentId}/citations")
    @PreAuthorize(DocumentAccess.OFFICERS)
    String cite(@PathVariable long documentId, @RequestParam(required = false) String subject,
                @RequestParam(required = false) String note, @RequestParam(required = false) Integer year,
                Model model, RedirectAttributes redirect) {
        BasisDocument document = documents.document(documentId);
        String[] parts = subject == null ? new String[0] : subject.split("\\|", 2);
        try {
            if (parts.length != 2) {
                throw RuleViolationException.onField("subject", "请选择引用此文件的对象");
            }
            Citation cited = citations.cite(documentId, parts[0], parts[1], note);
            redirect.addFlashAttribute("notice", cited.label() + "已引用" + document.display());
            return "redirect:/documents/" + documentId;
        } catch (RuleViolationException e) {
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            e.fieldErrors().forEach(f -> errors.putIfAbsent(f.field(), f.message()));
            if (errors.isEmpty()) {
                errors.put("subject", e.getMessage());
            }
            return page(document, year, new Chosen(subject, note), errors, model);
        }
    }

    @PostMapping("/documents/{documentId}/citations/remove")
    @PreAuthorize(DocumentAccess.OFFICERS)
    String uncite(@PathVariable long documentId, @RequestParam String kind, @RequestParam String subjectId,
                  RedirectAttributes redirect) {
        try {
            citations.uncite(documentId, kind, subjectId);
            redirect.addFlashAttribute("notice", "已取消引用");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/documents/" + documentId;
    }

    /** What the user chose in the cite form, kept when it is refused. */
    record Chosen(String subject, String note) {
    }

    private String page(BasisDocument document, Integer year, Chosen chosen, Map<String, String> errors, Model model) {
        int citeYear = year == null ? document.year() : year;
        List<Citation> cited = citations.of(document.id());
        boolean officer = scope.actor().map(a -> a.role() == Role.COUNTY_OFFICER || a.role() == Role.TOWNSHIP_OFFICER)
                .orElse(false);
        List<SubjectGroup> choices = officer ? citations.choices(citeYear) : List.of();
        model.addAttribute("document", document);
        model.addAttribute("canEdit", documents.canEdit(document));
        model.addAttribute("citations", cited);
        model.addAttribute("removable", cited.stream().filter(c -> officer && citations.canUncite(c))
                .map(Citation::id).toList());
        model.addAttribute("canCite", officer);
        model.addAttribute("citeYear", citeYear);
        model.addAttribute("choices", choices);
        model.addAttribute("chosen", chosen == null ? new Chosen(null, null) : chosen);
        model.addAttribute("errors", errors);
        return "documents/document-detail";
    }
}
