package org.jiceng.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jiceng.assessment.campaign.Campaign;
import org.jiceng.assessment.campaign.CampaignEntry;
import org.jiceng.assessment.campaign.CampaignForm;
import org.jiceng.assessment.campaign.CampaignService;
import org.jiceng.assessment.campaign.ScoreForm;
import org.jiceng.assessment.engine.Indicator;
import org.jiceng.assessment.engine.Scheme;
import org.jiceng.assessment.target.Target;
import org.jiceng.assessment.target.TargetForm;
import org.jiceng.assessment.target.TargetService;
import org.jiceng.shared.BusinessClock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The demo county's 争先创优 campaigns, carried through the real services as the demo users would: 2009's 升级晋档
 * final for every village (so year-over-year movements show); 2010's 升级晋档 (self-assessment due 30 April) with
 * 范家寨乡 approved by the county, 汉封乡 waiting in the township's grid, 郭店镇 half submitted and 南指挥镇 still
 * drafting (overdue); 2010's “五个好” (due 31 May)
 * with 范家寨乡's and 汉封乡's candidates submitted and 程家塬村 still a draft for its secretary; and the seed's targets:
 * 范家寨乡 二类村30% and 3 “五个好” branches, 汉封乡 程家塬村、关村村、汉封村 to reach “五个好”.
 */
@Component
class CampaignDemo {

    private final CampaignService campaigns;
    private final TargetService targets;
    private final UserDetailsService accounts;
    private final JdbcTemplate jdbc;
    private final BusinessClock clock;

    CampaignDemo(CampaignService campaigns, TargetService targets, UserDetailsService accounts, JdbcTemplate jdbc,
                 BusinessClock clock) {
        this.clock = clock;
        this.campaigns = campaigns;
        this.targets = targets;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    void load(long county) {
        try {
            upgrade2009();
            upgrade2010();
            fiveGood2010();
            targets();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** 2009's 升级晋档, each step on the day it was taken: opened in November, 公示 14–20 December, final on the 22nd. */
    private void upgrade2009() {
        Campaign c = on(LocalDate.of(2009, 11, 2),
                () -> open("upgrade-grading", 2009, "2009年度村党组织升级晋档评定", LocalDate.of(2009, 11, 30)));
        on(LocalDate.of(2009, 11, 25), () -> fill(c, e -> quality2009(e), e -> true));
        on(LocalDate.of(2009, 12, 4), () -> {
            for (String township : townships()) {
                as(account(township), () -> campaigns.passTownship(c.id(), org(township)));
            }
        });
        on(LocalDate.of(2009, 12, 11), () -> as("county", () -> campaigns.approve(c.id(), null)));
        on(LocalDate.of(2009, 12, 14), () -> as("county", () -> campaigns.publicize(c.id())));
        on(LocalDate.of(2009, 12, 22), () -> as("county", () -> campaigns.finalizeResults(c.id())));
    }

    /**
     * 2010's 升级晋档 as it stands on 2010-05-05: self-assessments were due on 30 April, the townships review by 10 May
     * and the county by 20 May — 范家寨乡 is through, 汉封乡 waits in its grid, 南指挥镇 is overdue.
     */
    private void upgrade2010() {
        Campaign c = on(LocalDate.of(2010, 3, 22),
                () -> open("upgrade-grading", 2010, "2010年度村党组织升级晋档评定", LocalDate.of(2010, 4, 30)));
        on(LocalDate.of(2010, 4, 27), () -> fill(c, e -> quality2010(e),
                e -> !"南指挥镇".equals(township(e)) && !("郭店镇".equals(township(e)) && e.orgId() % 2 == 0)));
        on(LocalDate.of(2010, 5, 3), () -> as("fanjiazhai", () -> campaigns.passTownship(c.id(), org("范家寨乡"))));
        on(LocalDate.of(2010, 5, 4), () -> as("county", () -> campaigns.approve(c.id(), org("范家寨乡"))));
    }

    private void fiveGood2010() {
        Campaign c = on(LocalDate.of(2010, 4, 6),
                () -> open("five-good-village", 2010, "2010年度“五个好”村党支部评定", LocalDate.of(2010, 5, 31)));
        List<String> best = List.of("范家寨村", "凉泉村", "八旗屯村", "关村村", "汉封村");
        on(LocalDate.of(2010, 5, 4), () -> fill(c, e -> best.contains(shortName(e)) ? 0.97 : 0.62 + (e.orgId() % 4) * 0.04,
                e -> ("范家寨乡".equals(township(e)) || "汉封乡".equals(township(e))) && !"程家塬村".equals(shortName(e))));
        // 程家塬村's secretary has saved part of the self-assessment.
        CampaignEntry cheng = entries(c).stream().filter(e -> "程家塬村".equals(shortName(e))).findFirst().orElseThrow();
        Map<String, String> partial = values(campaigns.scheme(c), 0.95);
        partial.keySet().removeIf(code -> code.startsWith("D4") || code.startsWith("D5") || code.startsWith("V") || code.startsWith("B"));
        as("chengjiayuan", () -> campaigns.saveSelf(cheng.id(), new ScoreForm(partial, Map.of("D1.1", "有三年任期目标和2010年工作计划"),
                null, cheng.version()), false));
    }

    /** The townships set their 2010 targets in March, after the county's 三大工程 opinion. */
    private void targets() {
        try (var march = clock.travelTo(LocalDate.of(2010, 3, 12))) {
            createTargets();
        }
    }

    private void createTargets() {
        int y = 2010;
        as("fanjiazhai", () -> targets.create(new TargetForm(org("范家寨乡"), y, Target.Kind.SHARE, "upgrade-grading", "二类",
                new BigDecimal("30"), "二类村计划达到30%（三个村）", List.of(), null)));
        as("fanjiazhai", () -> targets.create(new TargetForm(org("范家寨乡"), y, Target.Kind.COUNT, "five-good-village",
                "五个好", new BigDecimal("3"), "“五个好”村党支部达到三个", List.of(), null)));
        as("hanfeng", () -> targets.create(new TargetForm(org("汉封乡"), y, Target.Kind.NAMED, "five-good-village", "五个好",
                null, "程家塬村、关村村、汉封村党支部达到“五个好”", List.of(org("程家塬村"), org("关村村"), org("汉封村")), null)));
    }

    // ---- helpers

    /** Runs a step on the day it was taken, so every record it writes carries that day. */
    private <T> T on(LocalDate day, Supplier<T> step) {
        try (var onThatDay = clock.travelTo(day)) {
            return step.get();
        }
    }

    private void on(LocalDate day, Runnable step) {
        on(day, () -> {
            step.run();
            return null;
        });
    }

    private Campaign open(String family, int year, String name, LocalDate due) {
        long scheme = jdbc.queryForObject("""
                SELECT id FROM assessment_schemes WHERE family = ? AND scheme_year = ? AND status = 'PUBLISHED'
                ORDER BY edition DESC FETCH FIRST 1 ROWS ONLY""", Long.class, family, year);
        return as("county", () -> campaigns.create(new CampaignForm(scheme, name, due, due.plusDays(10),
                due.plusDays(20), 7, 1)));
    }

    /** Every entry for which {@code submit} holds gets values of its quality and is submitted by its township. */
    private void fill(Campaign c, java.util.function.ToDoubleFunction<CampaignEntry> quality,
                      java.util.function.Predicate<CampaignEntry> submit) {
        Scheme scheme = campaigns.scheme(c);
        for (CampaignEntry e : entries(c)) {
            if (!submit.test(e)) {
                continue;
            }
            Map<String, String> values = values(scheme, Math.min(1.0, quality.applyAsDouble(e)));
            as(account(township(e)), () -> campaigns.saveSelf(e.id(), new ScoreForm(values, Map.of(), null, e.version()), true));
        }
    }

    /** Inputs that earn about {@code q} of each indicator's points. */
    static Map<String, String> values(Scheme scheme, double q) {
        Map<String, String> values = new HashMap<>();
        for (Indicator i : scheme.allIndicators()) {
            BigDecimal max = i.max();
            String v = switch (i.method()) {
                case GROUP, WEIGHTED -> null;
                case MANUAL -> max.multiply(BigDecimal.valueOf(q)).setScale(0, RoundingMode.HALF_UP).toPlainString();
                case PASS_FAIL -> q >= 0.75 ? "1" : "0";
                case COUNT -> i.bonus() ? (q >= 0.95 ? "1" : "0")
                        : max.divide(i.unit(), 0, RoundingMode.DOWN).multiply(BigDecimal.valueOf(q))
                        .setScale(0, RoundingMode.HALF_UP).toPlainString();
                case VALUE_FACTOR -> max.divide(i.unit(), 4, RoundingMode.HALF_UP).multiply(BigDecimal.valueOf(q))
                        .setScale(1, RoundingMode.HALF_UP).toPlainString();
                case DEDUCTION -> q < 0.6 ? "1" : "0";
                case VETO -> "0";
            };
            if (v != null) {
                values.put(i.code(), v);
            }
        }
        return values;
    }

    /**
     * 2009's spread: a few villages near the top, most in the middle classes, some at the bottom. 范家寨乡 had two
     * villages of class 2 or better (20%), so its 2010 target of 30% (three villages) is still to reach; 程家塬村, which
     * 汉封乡 means to bring to “五个好”, was class 2.
     */
    private double quality2009(CampaignEntry e) {
        if ("范家寨乡".equals(township(e))) {
            return switch (shortName(e)) {
                case "范家寨村" -> 0.93;
                case "凉泉村" -> 0.86;
                default -> 0.5 + ((e.orgId() * 37) % 19) / 100.0;
            };
        }
        if ("程家塬村".equals(shortName(e))) {
            return 0.82;
        }
        return 0.5 + ((e.orgId() * 37) % 43) / 100.0;
    }

    /** 2010 so far: most villages a little better than in 2009; 范家寨乡's third candidate, 八旗屯村, not there yet. */
    private double quality2010(CampaignEntry e) {
        if ("范家寨乡".equals(township(e)) && !List.of("范家寨村", "凉泉村").contains(shortName(e))) {
            return "八旗屯村".equals(shortName(e)) ? 0.72 : quality2009(e) + 0.02;
        }
        return quality2009(e) + 0.06 + (e.orgId() % 3) * 0.03;
    }

    private List<CampaignEntry> entries(Campaign c) {
        return as("county", () -> campaigns.entries(c, null));
    }

    private List<String> townships() {
        return List.of("范家寨乡", "郭店镇", "汉封乡", "南指挥镇");
    }

    private String township(CampaignEntry e) {
        return e.townshipName();
    }

    private String shortName(CampaignEntry e) {
        return e.orgName();
    }

    private long org(String shortName) {
        return jdbc.queryForObject("SELECT id FROM orgs WHERE short_name = ? ORDER BY id FETCH FIRST 1 ROWS ONLY",
                Long.class, shortName);
    }

    private String account(String township) {
        return DemoCounty.TOWNSHIPS.stream().filter(t -> t.name().equals(township)).findFirst().orElseThrow().account();
    }

    private void as(String username, Runnable step) {
        as(username, () -> {
            step.run();
            return null;
        });
    }

    private <T> T as(String username, Supplier<T> step) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return step.get();
    }
}
