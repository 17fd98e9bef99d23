package org.jiceng.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.assessment.campaign.Campaign;
import org.jiceng.assessment.campaign.CampaignEntry;
import org.jiceng.assessment.campaign.CampaignForm;
import org.jiceng.assessment.campaign.CampaignService;
import org.jiceng.assessment.campaign.ScoreForm;
import org.jiceng.assessment.engine.ScoringMethod;
import org.jiceng.assessment.scheme.IndicatorRow;
import org.jiceng.assessment.scheme.ReferenceSchemes;
import org.jiceng.assessment.scheme.SchemeForm;
import org.jiceng.assessment.scheme.SchemeService;
import org.jiceng.assessment.scheme.StoredScheme;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 范家寨乡's 2009 year-end target assessment (年终目责考核), final before the seed's date: the seed says the township
 * "对在招商引资、项目发展、发展特色产业和新农村建设等中心工作完成上实行台账日记法，优秀的年终目责考核加分并发给单项工作奖". The
 * township takes the reference scheme for 2009 without its monthly part (the seed names no monthly checks in 范家寨乡,
 * so the year counts in full), scores its ten villages in January 2010 from the year's paper ledgers — kept before
 * Jiceng, so typed — adds points for excellent ledger diaries, publicizes for seven days and fixes the results with
 * prizes limited to places (一等奖 2, 二等奖 4, 三等奖 6). The scores are the demo's, not the seed's.
 */
@Component
class TargetAssessmentDemo {

    private static final String WHO = "fanjiazhai";
    /** T1 ledger items, T2.1–T2.3 党建, T3 industry, B3 excellent ledger diaries (count), per village. */
    private static final Map<String, int[]> SCORES = Map.of(
            "范家寨村", new int[] {43, 19, 9, 9, 14, 1},
            "凉泉村", new int[] {42, 18, 9, 9, 13, 1},
            "八旗屯村", new int[] {41, 18, 8, 9, 12, 1},
            "庙底村", new int[] {38, 17, 8, 8, 12, 0},
            "高咀村", new int[] {37, 16, 7, 8, 12, 0},
            "石头坡村", new int[] {36, 16, 8, 8, 11, 0},
            "马家山村", new int[] {33, 15, 7, 7, 10, 0},
            "沟口村", new int[] {31, 15, 6, 7, 10, 0},
            "西坡村", new int[] {30, 14, 7, 7, 9, 0},
            "杨家沟村", new int[] {25, 13, 6, 6, 8, 0});
    private static final String[] CODES = {"T1", "T2.1", "T2.2", "T2.3", "T3", "B3"};

    private final LedgerDemo demo;
    private final SchemeService schemes;
    private final ReferenceSchemes templates;
    private final CampaignService campaigns;
    private final JdbcTemplate jdbc;

    TargetAssessmentDemo(LedgerDemo demo, SchemeService schemes, ReferenceSchemes templates, CampaignService campaigns,
                         JdbcTemplate jdbc) {
        this.demo = demo;
        this.schemes = schemes;
        this.templates = templates;
        this.campaigns = campaigns;
        this.jdbc = jdbc;
    }

    void load() {
        long township = jdbc.queryForObject("SELECT id FROM orgs WHERE short_name = '范家寨乡' AND org_type = 'TOWNSHIP'",
                Long.class);
        StoredScheme scheme = demo.on(LocalDate.of(2009, 12, 1), () -> demo.as(WHO, () -> annualScheme(township)));
        Campaign campaign = demo.on(LocalDate.of(2010, 1, 4), () -> demo.as(WHO, () -> campaigns.create(
                new CampaignForm(scheme.id(), "2009年度村级年终目标责任考核", LocalDate.of(2010, 1, 8),
                        LocalDate.of(2010, 1, 11), LocalDate.of(2010, 1, 12), 7, 3, null))));
        demo.on(LocalDate.of(2010, 1, 8), () -> demo.as(WHO, () -> {
            for (CampaignEntry e : campaigns.entries(campaign, null)) {
                campaigns.saveSelf(e.id(), new ScoreForm(values(SCORES.get(e.orgName())), Map.of(), null, e.version()),
                        true);
            }
            return null;
        }));
        demo.on(LocalDate.of(2010, 1, 11), () -> demo.as(WHO, () -> campaigns.passTownship(campaign.id(), township)));
        demo.on(LocalDate.of(2010, 1, 12), () -> demo.as(WHO, () -> campaigns.approve(campaign.id(), null)));
        demo.on(LocalDate.of(2010, 1, 13), () -> demo.as(WHO, () -> campaigns.publicize(campaign.id())));
        demo.on(LocalDate.of(2010, 1, 21), () -> demo.as(WHO, () -> campaigns.finalizeResults(campaign.id())));
    }

    /** The reference year-end scheme for 2009, its year counted in full: no monthly part, the year out of 100. */
    private StoredScheme annualScheme(long township) {
        StoredScheme draft = schemes.install(township, templates.find("target-assessment").orElseThrow(), 2009, false);
        SchemeForm form = SchemeForm.of(draft);
        List<IndicatorRow> rows = new ArrayList<>();
        for (IndicatorRow r : form.indicators()) {
            if ("M".equals(r.code())) {
                continue;
            }
            rows.add("A".equals(r.code()) ? new IndicatorRow("A", null, "年度考核", ScoringMethod.GROUP,
                    new BigDecimal("100"), null, null, false, null, null) : r);
        }
        StoredScheme saved = schemes.update(draft.id(), new SchemeForm("范家寨乡2009年度村级年终目标责任考核方案",
                "依据《范家寨乡乡村干部考核管理办法》：年度考核满分100分，中心工作台账日记优秀的加分。", form.baseMax(),
                form.bonusCap(), draft.version(), rows, form.bands()));
        return schemes.publish(saved.id(), saved.version());
    }

    private static Map<String, String> values(int[] s) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < CODES.length; i++) {
            values.put(CODES[i], String.valueOf(s[i]));
        }
        values.put("B1", "0");
        values.put("B2", "0");
        values.put("V1", "0");
        return values;
    }
}
