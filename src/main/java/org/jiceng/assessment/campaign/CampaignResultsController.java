package org.jiceng.assessment.campaign;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.jiceng.assessment.AssessmentRoles;
import org.jiceng.assessment.engine.Indicator;
import org.jiceng.assessment.engine.Scheme;
import org.jiceng.shared.excel.ExcelColumn;
import org.jiceng.shared.excel.ExcelDownload;
import org.jiceng.shared.excel.ExcelWriter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A campaign's results: ranks, grades and year-over-year movement as a page with charts, and as Excel. */
@Controller
@PreAuthorize(AssessmentRoles.KEEPERS)
class CampaignResultsController {

    private final CampaignService campaigns;
    private final Clock clock;

    CampaignResultsController(CampaignService campaigns, Clock clock) {
        this.campaigns = campaigns;
        this.clock = clock;
    }

    @GetMapping("/campaigns/{campaignId}/results")
    String results(@PathVariable long campaignId, @RequestParam(required = false) Long org, Model model) {
        Campaign campaign = campaigns.campaign(campaignId);
        Scheme scheme = campaigns.scheme(campaign);
        List<CampaignEntry> entries = campaigns.entries(campaign, org);
        model.addAttribute("campaign", campaign);
        model.addAttribute("scheme", scheme);
        model.addAttribute("entries", entries);
        model.addAttribute("org", org);
        model.addAttribute("distribution", CampaignCharts.distribution(scheme, entries));
        model.addAttribute("movements", CampaignCharts.movements(entries));
        return "assessment/campaign-results";
    }

    @GetMapping("/campaigns/{campaignId}/results.xlsx")
    void resultsExcel(@PathVariable long campaignId, @RequestParam(required = false) Long org,
                      HttpServletResponse response) throws IOException {
        Campaign campaign = campaigns.campaign(campaignId);
        Scheme scheme = campaigns.scheme(campaign);
        List<CampaignEntry> entries = campaigns.entries(campaign, org);
        List<ExcelColumn> columns = new ArrayList<>(List.of(ExcelColumn.of("县排名", 8), ExcelColumn.of("乡镇排名", 8),
                ExcelColumn.text("乡镇", 14)));
        columns.addAll(campaign.judgesCadres() ? List.of(ExcelColumn.text("村", 12), ExcelColumn.text("姓名", 10),
                ExcelColumn.text("职务", 20)) : List.of(ExcelColumn.text(campaign.subject().label(), 18)));
        scheme.indicators().stream().filter(i -> i.section() == Indicator.Section.BASE)
                .forEach(i -> columns.add(ExcelColumn.of(i.name(), 12)));
        columns.addAll(List.of(ExcelColumn.of("加分", 8), ExcelColumn.of("扣分", 8), ExcelColumn.of("总分", 10),
                ExcelColumn.text("等次", 10), ExcelColumn.text("上年等次", 10), ExcelColumn.text("升降", 8),
                ExcelColumn.text("说明", 30), ExcelColumn.text("环节", 12)));
        try (ExcelWriter excel = new ExcelWriter()) {
            excel.sheet("评定结果", columns);
            for (CampaignEntry e : entries) {
                List<Object> row = new ArrayList<>(List.of(e.rankInCounty() == 0 ? "" : e.rankInCounty(),
                        e.rankInTownship() == 0 ? "" : e.rankInTownship(), e.townshipName(), e.orgName()));
                if (e.cadre() != null) {
                    row.addAll(List.of(e.cadre().name(), e.cadre().posts()));
                }
                scheme.indicators().stream().filter(i -> i.section() == Indicator.Section.BASE)
                        .forEach(i -> row.add(e.dimensions().get(i.code())));
                row.addAll(java.util.Arrays.asList(e.bonus(), e.deductions(), e.total(), e.grade(), e.previousGrade(),
                        e.movement().label(), e.gradeNote(), e.stage().label()));
                excel.row(row.toArray());
            }
            OutputStream out = ExcelDownload.start(response, campaign.name() + "评定结果", clock);
            excel.writeTo(out);
        }
    }
}
