package org.jiceng.assessment.metric;

import java.time.Clock;
import java.time.Year;
import java.util.List;

import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgTree;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 考核数据: the metrics catalogue with one org's figures for a year (county and township officers). */
@Controller
@PreAuthorize(MetricController.READERS)
class MetricController {

    static final String READERS = "hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER')";

    private final MetricReport report;
    private final Clock clock;
    private final OrgTree tree;

    MetricController(MetricReport report, OrgTree tree, Clock clock) {
        this.clock = clock;
        this.report = report;
        this.tree = tree;
    }

    @GetMapping("/metrics")
    String page(@RequestParam(required = false) Long org, @RequestParam(required = false) Integer year, Model model) {
        List<OrgSummary> choices = report.choices();
        model.addAttribute("choices", choices);
        int y = Year.now(clock).getValue();
        try {
            y = report.year(year);
        } catch (RuleViolationException e) {
            model.addAttribute("yearError", e.fieldErrors().get(0).message());
        }
        model.addAttribute("year", year == null ? y : year);
        if (org != null) {
            OrgSummary chosen = tree.find(org).orElseThrow(() -> NotFoundException.of("组织", org));
            model.addAttribute("chosen", chosen);
            if (MetricOrgs.subjectOf(chosen.type()) == null) {
                model.addAttribute("orgError", "请选择村党组织或乡镇党委");
            } else if (!model.containsAttribute("yearError")) {
                model.addAttribute("values", report.forOrg(chosen, y));
            }
        }
        if (!model.containsAttribute("values")) {
            model.addAttribute("catalogue", report.catalogue());
        }
        return "assessment/metric-list";
    }
}
