package org.jiceng.incentive.pay.run;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.incentive.pay.Money;
import org.jiceng.incentive.pay.PayOrgs;
import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgType;
import org.jiceng.shared.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the annual settlement of a village or a township ({@link Settlement}): the rows from the year's pay lines
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

    /** The settlement of a village (per cadre) or a township (per village) in scope for the year. */
    public Settlement of(long orgId, int year) {
        OrgSummary org = orgs.inScope(orgId);
        LocalDate today = LocalDate.now(clock);
        if (org.type() == OrgType.TOWNSHIP) {
            return township(org, year, today);
        }
        if (!org.type().isVillageLevel()) {
            throw RuleViolationException.onField("org", "年度结算按村或乡镇编制，请选择乡镇或村");
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
        return Settlement.of(township.shortName() + " " + org.shortName(), false, year, today,
                new ArrayList<>(people.values()), figures);
    }

    private Settlement township(OrgSummary township, int year, LocalDate today) {
        List<OrgSummary> villages = orgs.villages(township.id()).stream().filter(v -> orgs.covers(v.id())).toList();
        Map<Long, Settlement.Row> byVillage = new LinkedHashMap<>();
        villages.forEach(v -> byVillage.put(v.id(), Settlement.emptyRow(v.shortName())));
        for (PayRunRepository.RunLine rl : runs.linesOfYear(List.of(township.id()), year, today)) {
            PayLine l = rl.line();
            if (byVillage.containsKey(l.villageId()) && !l.excluded()) {
                byVillage.merge(l.villageId(), row(null, null, rl.kind(), l), Settlement.Row::plus);
            }
        }
        Map<Long, Settlement.Figures> figures = figures(byVillage.keySet(), year, today);
        List<Settlement.Row> rows = new ArrayList<>();
        Settlement.Figures total = Settlement.Figures.NONE;
        for (var e : byVillage.entrySet()) {
            Settlement.Figures f = figures.getOrDefault(e.getKey(), Settlement.Figures.NONE);
            Settlement.Row r = e.getValue();
            rows.add(new Settlement.Row(r.name(), null, r.basicDue(), r.basicPaid(), r.performanceDue(),
                    r.performancePaid(), f));
            total = total.plus(f);
        }
        return Settlement.of(township.shortName(), true, year, today, rows, total);
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
