package org.jiceng.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jiceng.assessment.campaign.Campaign;
import org.jiceng.assessment.campaign.CampaignEntry;
import org.jiceng.assessment.campaign.CampaignForm;
import org.jiceng.assessment.campaign.CampaignService;
import org.jiceng.assessment.campaign.ScoreForm;
import org.jiceng.assessment.engine.Scheme;
import org.jiceng.shared.BusinessClock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * 汉封乡's 2009 village cadre assessment (the seed: 汉封乡 ties village and group cadres' pay to their results), run by
 * the county over 汉封乡's paid cadres in post through the real services, each step on its day: opened on 15 December
 * 2009, self-assessments (述职自评) by 28 December — 程家塬村's by its secretary, the others' by the township for
 * their villages —, the township's review on 6 January 2010 (one score lowered with its reason), the county's
 * approval on the 8th, 公示 from the 11th, final on the 19th; so 2009 performance pay can follow the grades. Most
 * cadres are 称职, the secretaries of 程家塬村 and 汉封村 (the township's demonstration and “五个好” villages) 优秀, the
 * 文书 of the last two villages 基本称职. 范家寨乡 issues its 《乡村干部考核管理办法》 only in 2010, so it has no 2009
 * cadre assessment.
 */
@Component
class CadreAssessmentDemo {

    static final String NAME = "汉封乡2009年度村干部考核";

    private final CampaignService campaigns;
    private final UserDetailsService accounts;
    private final JdbcTemplate jdbc;
    private final BusinessClock clock;

    CadreAssessmentDemo(CampaignService campaigns, UserDetailsService accounts, JdbcTemplate jdbc, BusinessClock clock) {
        this.campaigns = campaigns;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void load(long county) {
        try {
            long hanfeng = jdbc.queryForObject("SELECT id FROM orgs WHERE org_type = 'TOWNSHIP' AND short_name = '汉封乡'",
                    Long.class);
            long scheme = jdbc.queryForObject("""
                    SELECT id FROM assessment_schemes WHERE family = 'cadre-assessment' AND scheme_year = 2009
                      AND status = 'PUBLISHED' AND owner_org_id = ? ORDER BY edition DESC FETCH FIRST 1 ROWS ONLY""",
                    Long.class, county);
            Campaign c = on(LocalDate.of(2009, 12, 15), () -> as("county", () -> campaigns.create(new CampaignForm(
                    scheme, NAME, LocalDate.of(2009, 12, 31), LocalDate.of(2010, 1, 8), LocalDate.of(2010, 1, 12), 7, 1,
                    hanfeng))));
            on(LocalDate.of(2009, 12, 28), () -> selfAssess(c));
            on(LocalDate.of(2010, 1, 6), () -> {
                CampaignEntry lowered = entries(c).get(3);
                return as("hanfeng", () -> {
                    campaigns.saveReview(lowered.id(), new ScoreForm(Map.of("D4.1", "9"), Map.of(),
                            "目标责任书所列道路硬化任务未按期完成，经乡党委考核组核实调整", lowered.version()));
                    return campaigns.passTownship(c.id(), hanfeng);
                });
            });
            on(LocalDate.of(2010, 1, 8), () -> as("county", () -> campaigns.approve(c.id(), hanfeng)));
            on(LocalDate.of(2010, 1, 11), () -> as("county", () -> campaigns.publicize(c.id())));
            on(LocalDate.of(2010, 1, 19), () -> as("county", () -> campaigns.finalizeResults(c.id())));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Every cadre's self-assessment, submitted: 程家塬村's by its secretary, the others' by the township. */
    private int selfAssess(Campaign c) {
        Scheme scheme = as("county", () -> campaigns.scheme(c));
        List<CampaignEntry> entries = entries(c);
        List<String> villages = entries.stream().map(CampaignEntry::orgName).distinct().toList();
        List<String> weakest = villages.subList(Math.max(0, villages.size() - 2), villages.size());
        for (CampaignEntry e : entries) {
            Map<String, String> values = CampaignDemo.values(scheme, quality(e, weakest));
            String account = "程家塬村".equals(e.orgName()) ? "chengjiayuan" : "hanfeng";
            as(account, () -> campaigns.saveSelf(e.id(), new ScoreForm(values, Map.of(), null, e.version()), true));
        }
        return entries.size();
    }

    /** Most cadres 称职 (about 80–87 points); two secretaries 优秀; the 文书 of the two weakest villages 基本称职. */
    private static double quality(CampaignEntry e, List<String> weakest) {
        String posts = e.cadre().posts();
        if (posts.contains("村党组织书记") && List.of("程家塬村", "汉封村").contains(e.orgName())) {
            return 0.95;
        }
        if (posts.contains("文书") && weakest.contains(e.orgName())) {
            return 0.70;
        }
        return 0.80 + (e.cadre().personId() % 8) / 100.0;
    }

    private List<CampaignEntry> entries(Campaign c) {
        return as("county", () -> campaigns.entries(c, null)).stream()
                .sorted(java.util.Comparator.comparingLong(CampaignEntry::id)).toList();
    }

    private <T> T on(LocalDate day, Supplier<T> step) {
        try (var onThatDay = clock.travelTo(day)) {
            return step.get();
        }
    }

    private <T> T as(String username, Supplier<T> step) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return step.get();
    }
}
