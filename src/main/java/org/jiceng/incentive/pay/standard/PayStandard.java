package org.jiceng.incentive.pay.standard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A county's village cadre pay standard for one year (村干部报酬标准, research §2.12; DOMAIN decision 2: data the county
 * edits, never constants):
 * <ul>
 *   <li><b>Per post</b> (codes of the VILLAGE_CADRE_POST register list) a basic monthly pay (基本报酬, paid monthly by
 *       一折通) and an annual performance pay (绩效报酬, paid once a year after the assessment). A post without a row
 *       is not paid.</li>
 *   <li><b>Paid posts by village size</b> (职数): a village of at least {@code minPopulation} people pays at most
 *       {@code maxPaid} cadres (镇安县: 3 below 1,500 people, 5 from 1,500).</li>
 *   <li><b>Performance by grade</b>: the share of the performance pay a cadre's annual grade earns (城固县: 优秀 100%,
 *       基本合格 50%, 不合格 none). The grade names are the ones the township records.</li>
 *   <li><b>Calendar</b>: a month's pay is due by {@code dueDay} of the next month; a cadre is paid for a month when in
 *       post on its {@code countedDay}; a year's performance pay is due by {@code dueDay} of
 *       {@code performanceDueMonth} of the next year.</li>
 *   <li>Whether an account may be overdrawn, how much a township may top up a post per month, and the share of
 *       payments on time and in full that counts as 按时足额 ({@code onTimeTarget}, percent).</li>
 * </ul>
 */
public record PayStandard(Long id, long countyId, int year, int dueDay, int countedDay, int performanceDueMonth,
                          boolean overdraftAllowed, BigDecimal topupLimit, BigDecimal onTimeTarget, String note,
                          List<PostPay> posts, List<Cap> caps, List<GradeRate> grades, long version) {

    /** The pay of one post. */
    public record PostPay(String post, String postLabel, BigDecimal basicMonthly, BigDecimal performanceAnnual) {
    }

    /** From this many people up (户籍人口), at most this many paid cadres. */
    public record Cap(int minPopulation, int maxPaid) {
    }

    /** The share (percent) of performance pay a grade earns. */
    public record GradeRate(String grade, BigDecimal percent) {
    }

    public Optional<PostPay> post(String code) {
        return posts.stream().filter(p -> p.post().equals(code)).findFirst();
    }

    /**
     * The paid posts a village of this population may have: the band with the largest minimum not above the
     * population (the standard always has a band from 0).
     */
    public int maxPaid(int population) {
        return caps.stream().filter(c -> c.minPopulation() <= population)
                .max(Comparator.comparingInt(Cap::minPopulation)).map(Cap::maxPaid).orElse(0);
    }

    public Optional<BigDecimal> percentFor(String grade) {
        return grades.stream().filter(g -> g.grade().equals(grade)).map(GradeRate::percent).findFirst();
    }

    public List<String> gradeNames() {
        return grades.stream().map(GradeRate::grade).toList();
    }

    /** The day a cadre must be in post to be paid for the month. */
    public LocalDate countedOn(YearMonth month) {
        return month.atDay(Math.min(countedDay, month.lengthOfMonth()));
    }

    /** A month's pay is due by the due day of the following month. */
    public LocalDate dueDate(YearMonth month) {
        YearMonth next = month.plusMonths(1);
        return next.atDay(Math.min(dueDay, next.lengthOfMonth()));
    }

    /** A year's performance pay is due by the due day of the performance month of the following year. */
    public LocalDate performanceDueDate(int performanceYear) {
        YearMonth month = YearMonth.of(performanceYear + 1, performanceDueMonth);
        return month.atDay(Math.min(dueDay, month.lengthOfMonth()));
    }
}
