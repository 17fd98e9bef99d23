package org.jiceng.incentive.pay.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiceng.incentive.pay.run.PayFixtures.cadre;
import static org.jiceng.incentive.pay.run.PayFixtures.standard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.jiceng.incentive.pay.standard.PayStandard;
import org.jiceng.incentive.pay.standard.TopUps;
import org.jiceng.organization.VillageCadre;
import org.junit.jupiter.api.Test;

/**
 * Who is paid and how much, from the register and the standard: the examples of the rules, then generated registers
 * (seeded {@link Random}) on which every line obeys them and every sum is exact to the fen.
 */
class RunCalculatorTests {

    static final YearMonth JANUARY = YearMonth.of(2010, 1);
    static final LocalDate TERM = LocalDate.of(2007, 1, 15);

    @Test
    void aCadreInPostOnTheCountedDayIsDueBasicPayPlusTheTownshipsTopUp() {
        List<RunCalculator.Plan> plans = RunCalculator.monthly(standard(2010),
                PayFixtures.topups(9, 2010, Map.of("01", new BigDecimal("30.00"))),
                List.of(cadre(1, 1, "01", TERM, null), cadre(1, 2, "07", TERM, null)), List.of(1L), Map.of(1L, 1200),
                JANUARY);
        assertThat(plans).extracting(RunCalculator.Plan::due)
                .containsExactly(new BigDecimal("430.00"), new BigDecimal("320.00"));
    }

    @Test
    void aTopUpAboveTheCountysLimitIsCappedAtTheLimit() {
        List<RunCalculator.Plan> plans = RunCalculator.monthly(standard(2010),
                PayFixtures.topups(9, 2010, Map.of("01", new BigDecimal("80.00"))),
                List.of(cadre(1, 1, "01", TERM, null)), List.of(1L), Map.of(1L, 1200), JANUARY);
        assertThat(plans.get(0).topup()).isEqualByComparingTo("50.00");
    }

    @Test
    void theConcurrentHeadIsPaidOnceAtTheBetterPaidPost() {
        List<RunCalculator.Plan> plans = RunCalculator.monthly(standard(2010), TopUps.none(9, 2010),
                List.of(cadre(1, 1, "03", TERM, null), cadre(1, 1, "01", TERM, null)), List.of(1L), Map.of(1L, 900),
                JANUARY);
        assertThat(plans).singleElement().satisfies(p -> {
            assertThat(p.post()).isEqualTo("01");
            assertThat(p.due()).isEqualByComparingTo("400.00");
        });
    }

    @Test
    void cadresBeyondThePaidPostsOfTheVillagesSizeAreDueNothingWithTheReason() {
        List<VillageCadre> cadres = List.of(cadre(1, 1, "01", TERM, null), cadre(1, 2, "03", TERM, null),
                cadre(1, 3, "05", TERM, null), cadre(1, 4, "07", TERM, null));
        List<RunCalculator.Plan> small = RunCalculator.monthly(standard(2010), TopUps.none(9, 2010), cadres,
                List.of(1L), Map.of(1L, 1499), JANUARY);
        assertThat(small).filteredOn(p -> p.excludedReason() == null).hasSize(3);
        assertThat(small).filteredOn(p -> p.excludedReason() != null).singleElement().satisfies(p -> {
            assertThat(p.post()).isEqualTo("07");
            assertThat(p.due()).isEqualByComparingTo("0");
            assertThat(p.excludedReason()).isEqualTo("超出报酬职数（户籍人口1499人，限3人）");
        });
        List<RunCalculator.Plan> large = RunCalculator.monthly(standard(2010), TopUps.none(9, 2010), cadres,
                List.of(1L), Map.of(1L, 1500), JANUARY);
        assertThat(large).allMatch(p -> p.excludedReason() == null);
    }

    @Test
    void aPostTheStandardDoesNotPayIsListedAsDueNothing() {
        List<RunCalculator.Plan> plans = RunCalculator.monthly(standard(2010), TopUps.none(9, 2010),
                List.of(cadre(1, 5, "08", TERM, null)), List.of(1L), Map.of(1L, 900), JANUARY);
        assertThat(plans).singleElement().extracting(RunCalculator.Plan::excludedReason)
                .isEqualTo("县定2010年度标准未设该职务报酬");
    }

    @Test
    void aTermEndingBeforeOrOnTheCountedDayIsNotPaidForTheMonthItsSuccessorIs() {
        LocalDate changeover = LocalDate.of(2010, 1, 15);
        List<RunCalculator.Plan> plans = RunCalculator.monthly(standard(2010), TopUps.none(9, 2010),
                List.of(cadre(1, 1, "01", TERM, changeover), cadre(1, 2, "01", changeover, null)), List.of(1L),
                Map.of(1L, 900), JANUARY);
        assertThat(plans).extracting(RunCalculator.Plan::personId).containsExactly(2L);
    }

    @Test
    void performancePayIsTheGradesShareOfTheAnnualPayForTheMonthsInPost() {
        // In post from 2009-04-15 (April counts): 9 months of 1,200 at 称职 80% = 720.00.
        List<RunCalculator.Plan> plans = RunCalculator.performance(standard(2009),
                List.of(cadre(1, 1, "01", LocalDate.of(2009, 4, 15), null), cadre(1, 2, "07", TERM, null),
                        cadre(1, 3, "03", TERM, null)), List.of(1L), Map.of(1L, 900),
                person -> person == 1 ? Optional.of("称职") : person == 2 ? Optional.of("不存在的等次") : Optional.empty());
        assertThat(plans).extracting(RunCalculator.Plan::personId, RunCalculator.Plan::months, RunCalculator.Plan::due)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, 9, new BigDecimal("720.00")),
                        org.assertj.core.groups.Tuple.tuple(3L, 12, new BigDecimal("0.00")),
                        org.assertj.core.groups.Tuple.tuple(2L, 12, new BigDecimal("0.00")));
        assertThat(plans.get(1).excludedReason()).isEqualTo("未录入2009年度考核等次");
        assertThat(plans.get(2).excludedReason()).isEqualTo("考核等次“不存在的等次”不在2009年度标准中");
    }

    @Test
    void generatedRegistersObeyEveryRuleAndSumToTheFen() {
        Random random = new Random(2010_05_05L);
        String[] posts = {"01", "02", "03", "05", "07", "08"};
        String[] grades = {"优秀", "称职", "基本称职", "不称职"};
        PayStandard standard = standard(2010);
        for (int round = 0; round < 300; round++) {
            List<Long> villages = new ArrayList<>();
            Map<Long, Integer> population = new HashMap<>();
            List<VillageCadre> cadres = new ArrayList<>();
            long person = 1;
            for (long v = 1; v <= 1 + random.nextInt(4); v++) {
                villages.add(v);
                if (random.nextInt(5) > 0) {
                    population.put(v, 300 + random.nextInt(2500));
                }
                for (int c = 0; c < random.nextInt(8); c++) {
                    LocalDate start = LocalDate.of(2009, 1, 1).plusDays(random.nextInt(500));
                    LocalDate end = random.nextBoolean() ? null : start.plusDays(random.nextInt(400));
                    long who = random.nextInt(4) == 0 && person > 1 ? person - 1 : person++;
                    cadres.add(cadre(v, who, posts[random.nextInt(posts.length)], start, end));
                }
            }
            Map<String, BigDecimal> topup = Map.of("01", BigDecimal.valueOf(random.nextInt(9000), 2));
            YearMonth month = YearMonth.of(2010, 1 + random.nextInt(4));
            List<RunCalculator.Plan> plans = RunCalculator.monthly(standard, PayFixtures.topups(9, 2010, topup), cadres,
                    villages, population, month);
            LocalDate counted = standard.countedOn(month);
            Set<String> seen = new HashSet<>();
            BigDecimal sumDue = BigDecimal.ZERO;
            BigDecimal sumParts = BigDecimal.ZERO;
            for (long v : villages) {
                int cap = standard.maxPaid(population.getOrDefault(v, 0));
                assertThat(plans.stream().filter(p -> p.villageId() == v && p.excludedReason() == null).count())
                        .as("paid cadres of village %s within the cap %s", v, cap).isLessThanOrEqualTo(cap);
            }
            for (RunCalculator.Plan p : plans) {
                assertThat(seen.add(p.villageId() + "/" + p.personId())).as("one line per person and village").isTrue();
                assertThat(cadres).as("line of someone in post on the counted day")
                        .anyMatch(c -> c.personId() == p.personId() && c.orgId() == p.villageId()
                                && RunCalculator.inPost(c, counted));
                assertThat(p.due().scale()).isEqualTo(2);
                if (p.excludedReason() == null) {
                    assertThat(p.due()).isEqualByComparingTo(p.basic().add(p.topup()));
                    assertThat(p.topup()).isLessThanOrEqualTo(standard.topupLimit());
                } else {
                    assertThat(p.due()).isZero();
                }
                sumDue = sumDue.add(p.due());
                sumParts = sumParts.add(p.basic()).add(p.topup());
            }
            assertThat(sumDue).isEqualByComparingTo(sumParts);

            Map<Long, String> given = new HashMap<>();
            List<RunCalculator.Plan> performance = RunCalculator.performance(standard(2009), cadres, villages,
                    population, p -> Optional.ofNullable(given.computeIfAbsent(p,
                            k -> random.nextInt(6) == 0 ? null : grades[random.nextInt(grades.length)])));
            for (RunCalculator.Plan p : performance) {
                assertThat(p.months()).isBetween(1, 12);
                if (p.excludedReason() == null) {
                    BigDecimal percent = standard(2009).percentFor(p.grade()).orElseThrow();
                    // Never more than the full year's pay of the best-paid post at 100%.
                    assertThat(p.due()).isLessThanOrEqualTo(new BigDecimal("1200.00"));
                    assertThat(p.due().scale()).isEqualTo(2);
                    if (percent.signum() == 0) {
                        assertThat(p.due()).isZero();
                    }
                    BigDecimal exact = p.basic().multiply(percent).divide(new BigDecimal("100"), 10, RoundingMode.HALF_UP);
                    assertThat(p.due().subtract(exact).abs()).as("due within a fen of base × share")
                            .isLessThanOrEqualTo(new BigDecimal("0.01"));
                } else {
                    assertThat(p.due()).isZero();
                }
            }
        }
    }
}
