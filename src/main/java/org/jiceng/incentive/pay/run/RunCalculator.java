package org.jiceng.incentive.pay.run;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

import org.jiceng.incentive.pay.Money;
import org.jiceng.incentive.pay.standard.PayStandard;
import org.jiceng.incentive.pay.standard.TopUps;
import org.jiceng.organization.VillageCadre;

/**
 * Computes what each paid cadre is due, from the village cadre register (职数内 records) and the year's standard,
 * without a database:
 * <ul>
 *   <li><b>Who</b>: a cadre marked paid in the register and in post on the standard's counted day of the month is
 *       paid for that month (no second list of cadres).</li>
 *   <li><b>One pay per person</b>: a person holding several paid posts in a village (一肩挑 书记兼主任) is paid once,
 *       at the post the standard pays most (the lower post code on a tie) [I].</li>
 *   <li><b>Paid posts</b>: a village pays at most the standard's number of cadres for its population (户籍人口 of
 *       its account; a village without an account counts as the smallest band); cadres beyond it, taken in post
 *       order, are listed as due nothing with the reason.</li>
 *   <li><b>Monthly due</b> = the post's basic monthly pay + the township's top-up for the post (never above the
 *       county's limit).</li>
 *   <li><b>Performance due</b> = (the post's annual performance pay × months paid in the year ÷ 12) × the grade's
 *       percentage, rounded half up to the fen once at the end; without a recorded grade, or with a grade the
 *       standard does not name, nothing is due and the line says why.</li>
 * </ul>
 */
final class RunCalculator {

    private static final BigDecimal TWELVE_HUNDRED = new BigDecimal("1200");

    private RunCalculator() {
    }

    /** One cadre's computed line before it is written. */
    record Plan(long villageId, long personId, String personName, String post, String postLabel, int months,
                String grade, BigDecimal percent, BigDecimal basic, BigDecimal topup, BigDecimal due,
                String excludedReason) {
    }

    /**
     * @param villages   the township's villages in order (their ids), lines come out in this order
     * @param population village id → population of its account (absent: no account)
     */
    static List<Plan> monthly(PayStandard standard, TopUps topups, List<VillageCadre> cadres, List<Long> villages,
                              Map<Long, Integer> population, YearMonth month) {
        LocalDate counted = standard.countedOn(month);
        List<Plan> plans = new ArrayList<>();
        for (long village : villages) {
            Map<Long, List<VillageCadre>> byPerson = new LinkedHashMap<>();
            cadres.stream().filter(c -> c.orgId() == village && inPost(c, counted))
                    .forEach(c -> byPerson.computeIfAbsent(c.personId(), k -> new ArrayList<>()).add(c));
            List<VillageCadre> chosen = byPerson.values().stream().map(posts -> chosenPost(posts, standard))
                    .sorted(Comparator.comparing(VillageCadre::post).thenComparingLong(VillageCadre::personId))
                    .toList();
            int people = population.getOrDefault(village, 0);
            int cap = standard.maxPaid(people);
            int paid = 0;
            for (VillageCadre c : chosen) {
                Optional<PayStandard.PostPay> pay = standard.post(c.post());
                if (pay.isEmpty()) {
                    plans.add(excluded(c, "县定" + standard.year() + "年度标准未设该职务报酬"));
                } else if (paid >= cap) {
                    plans.add(excluded(c, "超出报酬职数（户籍人口" + people + "人，限" + cap + "人）"));
                } else {
                    paid++;
                    BigDecimal topup = topups.forPost(c.post(), standard);
                    BigDecimal basic = pay.get().basicMonthly();
                    plans.add(new Plan(village, c.personId(), c.personName(), c.post(), c.postLabel(), 1, null, null,
                            basic, topup, basic.add(topup), null));
                }
            }
        }
        return plans;
    }

    /**
     * @param grades person id → the grade recorded for the year
     */
    static List<Plan> performance(PayStandard standard, List<VillageCadre> cadres, List<Long> villages,
                                  Map<Long, Integer> population, LongFunction<Optional<String>> grades) {
        record Key(long village, long person) {
        }
        Map<Key, List<Plan>> months = new LinkedHashMap<>();
        for (int m = 1; m <= 12; m++) {
            for (Plan p : monthly(standard, TopUps.none(0, standard.year()), cadres, villages, population,
                    YearMonth.of(standard.year(), m))) {
                if (p.excludedReason() == null) {
                    months.computeIfAbsent(new Key(p.villageId(), p.personId()), k -> new ArrayList<>()).add(p);
                }
            }
        }
        List<Plan> plans = new ArrayList<>();
        for (long village : villages) {
            List<Plan> ofVillage = new ArrayList<>();
            months.forEach((key, paid) -> {
                if (key.village() != village) {
                    return;
                }
                Plan last = paid.get(paid.size() - 1);
                BigDecimal annualSum = Money.sum(paid.stream()
                        .map(p -> standard.post(p.post()).orElseThrow().performanceAnnual()).toList());
                BigDecimal base = Money.round(annualSum.divide(BigDecimal.valueOf(12), 10, java.math.RoundingMode.HALF_UP));
                Optional<String> grade = grades.apply(key.person());
                Optional<BigDecimal> percent = grade.flatMap(standard::percentFor);
                String reason = grade.isEmpty() ? "未录入" + standard.year() + "年度考核等次"
                        : percent.isEmpty() ? "考核等次“" + grade.get() + "”不在" + standard.year() + "年度标准中" : null;
                BigDecimal due = reason != null ? Money.ZERO
                        : Money.round(annualSum.multiply(percent.get()).divide(TWELVE_HUNDRED, 10,
                                java.math.RoundingMode.HALF_UP));
                ofVillage.add(new Plan(village, key.person(), last.personName(), last.post(), last.postLabel(),
                        paid.size(), grade.orElse(null), percent.orElse(null), base, Money.ZERO, due, reason));
            });
            ofVillage.sort(Comparator.comparing(Plan::post).thenComparingLong(Plan::personId));
            plans.addAll(ofVillage);
        }
        return plans;
    }

    /** In post on the day: started on or before it and not yet ended (a term is current until its end date). */
    static boolean inPost(VillageCadre c, LocalDate day) {
        return !c.termStart().isAfter(day) && (c.termEnd() == null || c.termEnd().isAfter(day));
    }

    private static VillageCadre chosenPost(List<VillageCadre> posts, PayStandard standard) {
        return posts.stream().min(Comparator
                .comparing((VillageCadre c) -> standard.post(c.post()).map(PayStandard.PostPay::basicMonthly)
                        .orElse(BigDecimal.valueOf(-1)), Comparator.reverseOrder())
                .thenComparing(VillageCadre::post)).orElseThrow();
    }

    private static Plan excluded(VillageCadre c, String reason) {
        return new Plan(c.orgId(), c.personId(), c.personName(), c.post(), c.postLabel(), 1, null, null, Money.ZERO,
                Money.ZERO, Money.ZERO, reason);
    }
}
