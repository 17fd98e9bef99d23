package org.jiceng.incentive.pay.run;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiceng.incentive.pay.PayOrgs;
import org.jiceng.incentive.pay.account.LedgerService;
import org.jiceng.incentive.pay.standard.PayStandard;
import org.jiceng.incentive.pay.standard.PayStandardService;
import org.jiceng.organization.OrgSummary;
import org.jiceng.shared.metrics.MetricDefinition;
import org.jiceng.shared.metrics.MetricSource;
import org.jiceng.shared.metrics.MetricSubject;
import org.jiceng.shared.metrics.MetricType;
import org.jiceng.shared.metrics.OrgBatches;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Village cadre pay's figures for the assessment engine (DOMAIN decision 4), per village branch and township and
 * year, over the pay lines of the year's runs:
 * <ul>
 *   <li>{@value #RATE}: the 按时足额率 ({@link OnTimeRate});</li>
 *   <li>{@value #MANAGED}: yes/no for the "五个好" indicator 村干部报酬专帐管理、按时足额发放 — the village has its
 *       dedicated account (a township: every village under it) and the rate reaches the county's target of the year
 *       ({@link PayStandard#onTimeTarget()}).</li>
 * </ul>
 * An org with no line that counts yet has no figure. One query per 1,000 orgs for the lines, one for the accounts.
 */
@Component
@Transactional(readOnly = true)
class PayMetrics implements MetricSource {

    static final String RATE = "pay.on_time_rate";
    static final String MANAGED = "pay.account_on_time";

    private static final Set<MetricSubject> BOTH = Set.of(MetricSubject.VILLAGE_BRANCH, MetricSubject.TOWNSHIP);

    private final PayRunRepository runs;
    private final LedgerService ledger;
    private final PayStandardService standards;
    private final PayOrgs orgs;
    private final Clock clock;

    PayMetrics(PayRunRepository runs, LedgerService ledger, PayStandardService standards, PayOrgs orgs, Clock clock) {
        this.runs = runs;
        this.ledger = ledger;
        this.standards = standards;
        this.orgs = orgs;
        this.clock = clock;
    }

    @Override
    public List<MetricDefinition> metrics() {
        return List.of(
                new MetricDefinition(RATE, "村干部报酬按时足额率", MetricType.PERCENT, BOTH,
                        "当年各月基本报酬和年度绩效报酬中，于发放截止日前足额发放的人次占已到期人次的比例"),
                new MetricDefinition(MANAGED, "村干部报酬专帐管理、按时足额发放", MetricType.YES_NO, BOTH,
                        "本村（乡镇为所辖各村）均已开设报酬专帐，且当年按时足额率达到县定标准"));
    }

    @Override
    public Map<Long, BigDecimal> values(String code, int year, Collection<Long> orgIds) {
        Map<Long, BigDecimal> values = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        for (List<Long> chunk : OrgBatches.chunks(orgIds)) {
            Set<Long> asked = new HashSet<>(chunk);
            Map<Long, List<PayLine>> byOrg = new HashMap<>();
            Map<Long, Long> townshipOf = new HashMap<>();
            for (PayRunRepository.RunLine l : runs.linesOfYearFor(chunk, year, today)) {
                if (asked.contains(l.townshipId())) {
                    byOrg.computeIfAbsent(l.townshipId(), k -> new ArrayList<>()).add(l.line());
                }
                if (asked.contains(l.line().villageId())) {
                    byOrg.computeIfAbsent(l.line().villageId(), k -> new ArrayList<>()).add(l.line());
                    townshipOf.put(l.line().villageId(), l.townshipId());
                }
            }
            Map<Long, Long> accounts = MANAGED.equals(code) ? ledger.villagesWithAccount(chunk) : Map.of();
            Map<Long, BigDecimal> targets = new HashMap<>();
            byOrg.forEach((org, lines) -> {
                BigDecimal rate = OnTimeRate.of(lines).percent();
                if (rate == null) {
                    return;
                }
                if (RATE.equals(code)) {
                    values.put(org, rate);
                    return;
                }
                long township = townshipOf.getOrDefault(org, org);
                BigDecimal target = targets.computeIfAbsent(township, t -> standards.ofYear(t, year)
                        .map(PayStandard::onTimeTarget).orElse(new BigDecimal("100")));
                boolean managed = townshipOf.containsKey(org) ? accounts.containsKey(org)
                        : orgs.villages(org).stream().map(OrgSummary::id).allMatch(accounts::containsKey);
                values.put(org, managed && rate.compareTo(target) >= 0 ? BigDecimal.ONE : BigDecimal.ZERO);
            });
        }
        return values;
    }
}
