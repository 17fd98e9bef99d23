package org.jiceng.incentive.pay.run;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.incentive.pay.Money;
import org.jiceng.incentive.pay.PayOrgs;
import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the annual settlement of a village, a township or a county ({@link Settlement}): the rows from the year's pay lines
 * (what stands paid of each, summed per line), the ledger figures from the account entries by date and by the year
 * of the run each payment was for — two separate sums of the same money, so a difference shows.
 */
@Service
@Transactional(readOnly = true)
public class PaySettlementService {

    private final PayRunRepository runs;
    private final PayOrgs orgs;
    private final JdbcClient jdbc;
    private final Clock clock;

    PaySettlementService(PayRunRepository runs, PayOrgs orgs, JdbcClient jdbc, Clock clock) {
        this.runs = runs;
        this.orgs = orgs;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The settlement of a village (per cadre), a township (per village) or a county (per township) in scope. */
    public Settlement of(long orgId, int year) {
        OrgSummary org = orgs.inScope(orgId);
        LocalDate today = LocalDate.now(clock);
        if (org.type() == OrgType.TOWNSHIP) {
            return township(org, year, today);
        }
        if (!org.type().isVillageLevel()) {
            return county(org, year, today);
        }
        OrgSummary township = orgs.townshipOf(org.id()).orElseThrow();
        Map<Long, Settlement.Row> people = new LinkedHashMap<>();
        for (PayRunRepository.RunLine rl : runs.linesOfYear(List.of(township.id()), year, today)) {
            PayLine l = rl.line();
            if (l.villageId() != org.id() || l.excluded()) {
                continue;
            }
            people.merge(l.personId(), row(l.personName(), l.postLabel(), rl.kind(), l), Settlement.Row::plus);
        }
        Settlement.Figures figures = figures(List.of(org.id()), year, today).getOrDefault(org.id(),
                Settlement.Figures.NONE);
        return Settlement.of(township.shortName() + " " + org.shortName(), "姓名", year, today,
                new ArrayList<>(people.values()), figures);
    }

    /** A township's settlement: one row per village in scope, each with its account. */
    private Settlement township(OrgSummary township, int year, LocalDate today) {
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, Long> groupOf = new HashMap<>();
        orgs.villagesInScope(township.id()).forEach(v -> {
            names.put(v.id(), v.shortName());
            groupOf.put(v.id(), v.id());
        });
        return rollUp(township.shortName(), "村", names, groupOf, List.of(township.id()), year, today);
    }

    /** A county's settlement: one row per township, each the sum of its villages and their accounts. */
    private Settlement county(OrgSummary county, int year, LocalDate today) {
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, Long> groupOf = new HashMap<>();
        for (OrgSummary township : orgs.townships(county.id())) {
            names.put(township.id(), township.shortName());
            orgs.villages(township.id()).forEach(v -> groupOf.put(v.id(), township.id()));
        }
        return rollUp(county.shortName(), "乡镇", names, groupOf, List.copyOf(names.keySet()), year, today);
    }

    /**
     * Rows of villages grouped ({@code groupOf}: village → row), from every line of the townships' runs of the year
     * (one query) and every village's ledger figures (one query).
     */
    private Settlement rollUp(String name, String rowLabel, Map<Long, String> names, Map<Long, Long> groupOf,
                              List<Long> townships, int year, LocalDate today) {
        Map<Long, Settlement.Row> rows = new LinkedHashMap<>();
        names.forEach((id, n) -> rows.put(id, Settlement.emptyRow(n)));
        for (PayRunRepository.RunLine rl : runs.linesOfYear(townships, year, today)) {
            Long group = groupOf.get(rl.line().villageId());
            if (group != null && !rl.line().excluded()) {
                rows.merge(group, row(null, null, rl.kind(), rl.line()), Settlement.Row::plus);
            }
        }
        Map<Long, Settlement.Figures> ledger = new HashMap<>();
        figures(groupOf.keySet(), year, today).forEach((village, f) -> ledger.merge(groupOf.get(village), f,
                Settlement.Figures::plus));
        List<Settlement.Row> result = new ArrayList<>();
        Settlement.Figures total = Settlement.Figures.NONE;
        for (var e : rows.entrySet()) {
            Settlement.Figures f = ledger.getOrDefault(e.getKey(), Settlement.Figures.NONE);
            Settlement.Row r = e.getValue();
            result.add(new Settlement.Row(r.name(), null, r.basicDue(), r.basicPaid(), r.performanceDue(),
                    r.performancePaid(), f));
            total = total.plus(f);
        }
        return Settlement.of(name, rowLabel, year, today, result, total);
    }

    private static Settlement.Row row(String name, String post, RunKind kind, PayLine l) {
        boolean basic = kind == RunKind.MONTHLY;
        return new Settlement.Row(name, post, basic ? l.due() : Money.ZERO, basic ? l.paid() : Money.ZERO,
                basic ? Money.ZERO : l.due(), basic ? Money.ZERO : l.paid(), null);
    }

    /** Each village's ledger figures for the year, summed from its entries (up to today). */
    private Map<Long, Settlement.Figures> figures(java.util.Collection<Long> villages, int year, LocalDate today) {
        Map<Long, Settlement.Figures> figures = new LinkedHashMap<>();
        if (villages.isEmpty()) {
            return figures;
        }
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        jdbc.sql("""
                SELECT e.village_id,
                  SUM(CASE WHEN e.entry_date < :from THEN e.amount ELSE 0 END) AS opening,
                  SUM(CASE WHEN e.line_id IS NULL AND e.entry_date BETWEEN :from AND :to THEN e.amount ELSE 0 END) AS funds,
                  SUM(CASE WHEN e.line_id IS NOT NULL AND e.entry_date BETWEEN :from AND :to AND u.run_year = :year
                      THEN -e.amount ELSE 0 END) AS this_year,
                  SUM(CASE WHEN e.line_id IS NOT NULL AND e.entry_date BETWEEN :from AND :to AND u.run_year <> :year
                      THEN -e.amount ELSE 0 END) AS earlier,
                  SUM(CASE WHEN e.line_id IS NOT NULL AND e.entry_date > :to AND u.run_year = :year
                      THEN -e.amount ELSE 0 END) AS after_year,
                  SUM(CASE WHEN e.entry_date <= :to THEN e.amount ELSE 0 END) AS closing
                FROM pay_entries e LEFT JOIN pay_lines l ON l.id = e.line_id LEFT JOIN pay_runs u ON u.id = l.run_id
                WHERE e.village_id IN (:villages) AND e.entry_date <= :today
                GROUP BY e.village_id""")
                .param("villages", villages).param("from", from).param("to", to).param("year", year)
                .param("today", today)
                .query(rs -> {
                    figures.put(rs.getLong("village_id"), new Settlement.Figures(fen(rs.getBigDecimal("opening")),
                            fen(rs.getBigDecimal("funds")), fen(rs.getBigDecimal("this_year")),
                            fen(rs.getBigDecimal("earlier")), fen(rs.getBigDecimal("after_year")),
                            fen(rs.getBigDecimal("closing"))));
                });
        return figures;
    }

    private static BigDecimal fen(BigDecimal amount) {
        return amount == null ? Money.ZERO : amount.setScale(2);
    }
}
