package org.jiceng.audit;

import org.jiceng.shared.PageQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** 审计日志 pages of the auditor (read only): the filtered list and one entry's before/after comparison. */
@Controller
@PreAuthorize(AuditController.AUDITOR)
class AuditController {

    static final String AUDITOR = "hasRole('AUDITOR')";

    private final AuditQueries queries;
    private final AuditVerifier verifier;

    AuditController(AuditQueries queries, AuditVerifier verifier) {
        this.queries = queries;
        this.verifier = verifier;
    }

    @GetMapping("/audit/integrity")
    String integrity(Model model) {
        model.addAttribute("integrity", verifier.verify());
        return "audit/audit-integrity";
    }

    @GetMapping("/audit")
    String list(@ModelAttribute("filter") AuditFilter filter, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Model model) {
        PageQuery query = PageQuery.of(page, null, sort, dir == null && sort == null ? "desc" : dir);
        model.addAttribute("page", queries.list(filter, query));
        model.addAttribute("sort", query.sort() == null ? "time" : query.sort());
        model.addAttribute("dir", query.descending() ? "desc" : "asc");
        model.addAttribute("types", queries.objectTypes());
        return "audit/audit-list";
    }

    @GetMapping("/audit/{auditId}")
    String detail(@PathVariable long auditId, Model model) {
        model.addAttribute("detail", queries.detail(auditId));
        return "audit/audit-detail";
    }
}
