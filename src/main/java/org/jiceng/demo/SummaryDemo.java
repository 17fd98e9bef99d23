package org.jiceng.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.jiceng.shared.BusinessClock;
import org.jiceng.target.summary.PeriodForm;
import org.jiceng.target.summary.PeriodicSummary;
import org.jiceng.target.summary.SummaryAction;
import org.jiceng.target.summary.SummaryActionForm;
import org.jiceng.target.summary.SummaryForm;
import org.jiceng.target.summary.SummaryKind;
import org.jiceng.target.summary.SummaryPeriod;
import org.jiceng.target.summary.SummaryService;
import org.jiceng.target.summary.Submitters;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * 南指挥镇's summaries by period, as the seed describes ("把平时督查督办与阶段性小结、季度小结、半年年度工作总结考核相结合，
 * 做到分段分块小结，全年全面总结"; each branch analysed on 领导班子建设、党员干部队伍建设、工作机制创新), through the real
 * services on the days they happened. The township sets its villages' periods each January; 2009's first-quarter,
 * half-year, third-quarter and annual summaries are all submitted (槐原村 late in the first quarter, 五星村 in the
 * third), scored by the township and approved by the county. 2010's first-quarter summaries (due 10 April): two
 * late, 高家堡村's returned for want of the three aspects, 董家庄村's never sent, the rest scored and partly approved.
 * The township enters the paper summaries of its villages (they have no accounts).
 */
@Component
class SummaryDemo {

    static final List<String> VILLAGES = List.of("南指挥村", "东指挥村", "西指挥村", "北指挥村", "槐原村", "高家堡村",
            "马家庄村", "曹家沟村", "五星村", "礼村", "六营村", "冯家塬村", "董家庄村");

    private final SummaryService summaries;
    private final UserDetailsService accounts;
    private final JdbcTemplate jdbc;
    private final BusinessClock clock;

    SummaryDemo(SummaryService summaries, UserDetailsService accounts, JdbcTemplate jdbc, BusinessClock clock) {
        this.summaries = summaries;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void load() {
        try {
            List<SummaryPeriod> y2009 = on(LocalDate.of(2009, 1, 10), () -> as("nanzhihui", () -> List.of(
                    period(2009, SummaryKind.QUARTER, "第一季度小结", LocalDate.of(2009, 3, 31), LocalDate.of(2009, 4, 10), 10),
                    period(2009, SummaryKind.HALF_YEAR, "半年总结", LocalDate.of(2009, 6, 30), LocalDate.of(2009, 7, 10), 20),
                    period(2009, SummaryKind.QUARTER, "第三季度小结", LocalDate.of(2009, 9, 30), LocalDate.of(2009, 10, 10), 10),
                    period(2009, SummaryKind.ANNUAL, "年度总结", LocalDate.of(2009, 12, 31), LocalDate.of(2010, 1, 15), 30))));
            finalYear(y2009.get(0), "槐原村");
            finalYear(y2009.get(1), null);
            finalYear(y2009.get(2), "五星村");
            finalYear(y2009.get(3), null);
            SummaryPeriod q1 = on(LocalDate.of(2010, 1, 8), () -> as("nanzhihui", () -> {
                SummaryPeriod first = period(2010, SummaryKind.QUARTER, "第一季度小结", LocalDate.of(2010, 3, 31),
                        LocalDate.of(2010, 4, 10), 10);
                period(2010, SummaryKind.HALF_YEAR, "半年总结", LocalDate.of(2010, 6, 30), LocalDate.of(2010, 7, 10), 20);
                period(2010, SummaryKind.QUARTER, "第三季度小结", LocalDate.of(2010, 9, 30), LocalDate.of(2010, 10, 10), 10);
                period(2010, SummaryKind.ANNUAL, "年度总结", LocalDate.of(2010, 12, 31), LocalDate.of(2011, 1, 15), 30);
                return first;
            }));
            firstQuarter2010(q1);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Every village submits (one late), the township scores them three days after the deadline, the county approves. */
    private void finalYear(SummaryPeriod period, String late) {
        for (int i = 0; i < VILLAGES.size(); i++) {
            String village = VILLAGES.get(i);
            LocalDate day = village.equals(late) ? period.submitDue().plusDays(2) : period.submitDue().minusDays(i % 5);
            submit(period, village, day);
        }
        for (int i = 0; i < VILLAGES.size(); i++) {
            review(period, VILLAGES.get(i), period.submitDue().plusDays(3), points(period, i, VILLAGES.get(i).equals(late)));
        }
        for (String village : VILLAGES) {
            step("county", period, village, period.submitDue().plusDays(8), SummaryAction.APPROVE, null, null);
        }
    }

    private void firstQuarter2010(SummaryPeriod q1) {
        for (int i = 0; i < VILLAGES.size() - 1; i++) {
            String village = VILLAGES.get(i);
            LocalDate day = switch (village) {
                case "北指挥村" -> LocalDate.of(2010, 4, 12);
                case "曹家沟村" -> LocalDate.of(2010, 4, 13);
                default -> q1.submitDue().minusDays(i % 5);
            };
            submit(q1, village, day);
        }
        step("nanzhihui", q1, "高家堡村", LocalDate.of(2010, 4, 13), SummaryAction.RETURN, null,
                "未从领导班子建设、党员干部队伍建设、工作机制创新三个方面逐项分析，请补充后重新提交");
        for (int i = 0; i < VILLAGES.size() - 1; i++) {
            if (!VILLAGES.get(i).equals("高家堡村")) {
                review(q1, VILLAGES.get(i), LocalDate.of(2010, 4, 14), points(q1, i,
                        VILLAGES.get(i).equals("北指挥村") || VILLAGES.get(i).equals("曹家沟村")));
            }
        }
        for (String village : List.of("南指挥村", "东指挥村", "西指挥村", "槐原村", "马家庄村")) {
            step("county", q1, village, LocalDate.of(2010, 4, 20), SummaryAction.APPROVE, null, null);
        }
    }

    private SummaryPeriod period(int year, SummaryKind kind, String title, LocalDate end, LocalDate due, int max) {
        return summaries.createPeriod(new PeriodForm(year, kind, title, end, due, BigDecimal.valueOf(max),
                Submitters.VILLAGES));
    }

    private void submit(SummaryPeriod period, String village, LocalDate day) {
        on(day, () -> as("nanzhihui", () -> {
            PeriodicSummary s = summaries.save(period.id(), new SummaryForm(org(village), text(village, period), null),
                    null, null);
            return summaries.act(s.id(), new SummaryActionForm(SummaryAction.SUBMIT, null, null, s.itemVersion()));
        }));
    }

    private void review(SummaryPeriod period, String village, LocalDate day, BigDecimal points) {
        step("nanzhihui", period, village, day, SummaryAction.REVIEW, points, null);
    }

    private void step(String who, SummaryPeriod period, String village, LocalDate day, SummaryAction action,
                      BigDecimal points, String reason) {
        on(day, () -> as(who, () -> {
            PeriodicSummary s = summaries.roster(period.id()).stream().filter(r -> r.orgId() == org(village))
                    .findFirst().orElseThrow().summary();
            return summaries.act(s.id(), new SummaryActionForm(action, points, reason, s.itemVersion()));
        }));
    }

    /** Full marks less half a point per small shortcoming, and a point less when late. */
    private static BigDecimal points(SummaryPeriod period, int index, boolean late) {
        BigDecimal p = period.maxPoints().subtract(BigDecimal.valueOf(index % 4).multiply(new BigDecimal("0.5")));
        return late ? p.subtract(BigDecimal.ONE) : p;
    }

    private static String text(String village, SummaryPeriod period) {
        return village + "党支部" + period.label() + "\n一、领导班子建设：坚持“三会一课”，班子成员分工包组，带头参加集体学习。"
                + "\n二、党员干部队伍建设：按照“预习、练习、复习”要求组织党员学习，发展入党积极分子，培养后备干部。"
                + "\n三、工作机制创新：实行包片包村、“点”任务与“面”工作结合，督查督办事项逐项落实。";
    }

    private long org(String shortName) {
        return jdbc.queryForObject("SELECT id FROM orgs WHERE short_name = ? ORDER BY id FETCH FIRST 1 ROWS ONLY",
                Long.class, shortName);
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
