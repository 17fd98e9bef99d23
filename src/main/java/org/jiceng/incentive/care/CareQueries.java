package org.jiceng.incentive.care;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.configuration.CodeLists;
import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgTree;
import org.jiceng.organization.ScopedSql;
import org.jiceng.shared.PageQuery;
import org.jiceng.shared.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's 帮扶台账 under an org, always inside the user's scope: the cases active in the year (open at some
 * point of it) with their support that year, village cadres first (范家寨乡 supports them first, seed), and the
 * summary by kind, fund and township.
 */
@Component
@Transactional(readOnly = true)
class CareQueries {

    /** Support that counts: neither a reversal nor reversed. */
    static final String EFFECTIVE = "e.reversal_of IS NULL"
            + " AND NOT EXISTS (SELECT 1 FROM support_entries r WHERE r.reversal_of = e.id)";

    private final JdbcClient jdbc;
    private final CareRepository repository;
    private final CodeLists codes;
    private final OrgTree tree;

    CareQueries(JdbcClient jdbc, CareRepository repository, CodeLists codes, OrgTree tree) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.codes = codes;
        this.tree = tree;
    }

    PageResult<CaseRow> cases(ScopedSql scoped, long orgId, int year, PageQuery page) {
        Map<String, Object> params = params(scoped, orgId, year);
        String where = where(scoped);
        long total = jdbc.sql("SELECT COUNT(*) FROM hardship_cases c WHERE " + where).params(params)
                .query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        var mapper = repository.caseMapper();
        List<CaseRow> rows = jdbc.sql("SELECT c.*,"
                        + " (SELECT COUNT(*) FROM support_entries e WHERE e.case_id = c.id AND e.support_year = :year AND "
                        + EFFECTIVE + ") AS supports,"
                        + " (SELECT COALESCE(SUM(e.amount), 0) FROM support_entries e WHERE e.case_id = c.id"
                        + " AND e.support_year = :year) AS year_amount"
                        + " FROM hardship_cases c WHERE " + where
                        + " ORDER BY CASE WHEN c.cadre THEN 0 ELSE 1 END, c.township_id, c.org_name, c.person_name, c.id"
                        + " LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, i) -> new CaseRow(mapper.mapRow(rs, i), rs.getLong("supports"),
                        rs.getBigDecimal("year_amount")))
                .list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    /** Every support entry of the year under the org (for the export), by date. */
    List<Map.Entry<HardshipCase, SupportEntry>> entries(ScopedSql scoped, long orgId, int year) {
        Map<String, Object> params = params(scoped, orgId, year);
        Map<Long, HardshipCase> cases = new HashMap<>();
        var caseMapper = repository.caseMapper();
        jdbc.sql("SELECT c.* FROM hardship_cases c WHERE " + where(scoped)).params(params)
                .query(caseMapper).list().forEach(c -> cases.put(c.id(), c));
        var entryMapper = repository.entryMapper();
        List<Map.Entry<HardshipCase, SupportEntry>> rows = new ArrayList<>();
        jdbc.sql(CareRepository.ENTRY_SELECT + " JOIN hardship_cases c ON c.id = e.case_id WHERE e.support_year = :year"
                        + " AND " + scoped.predicate() + " AND " + ScopedSql.underOrg("c.org_id", "org")
                        + " ORDER BY e.given_on, e.id")
                .params(params).query(entryMapper).list()
                .forEach(e -> rows.add(Map.entry(cases.get(e.caseId()), e)));
        return rows;
    }

    CareSummary summary(ScopedSql scoped, long orgId, int year) {
        Map<String, Object> params = params(scoped, orgId, year);
        String under = " AND " + scoped.predicate() + " AND " + ScopedSql.underOrg("c.org_id", "org");
        long cases = jdbc.sql("SELECT COUNT(*) FROM hardship_cases c WHERE " + where(scoped)).params(params)
                .query(Long.class).single();
        long open = jdbc.sql("SELECT COUNT(*) FROM hardship_cases c WHERE c.closed_on IS NULL" + under).params(params)
                .query(Long.class).single();
        String helped = "SELECT COUNT(DISTINCT c.person_id) FROM hardship_cases c JOIN support_entries e ON e.case_id = c.id"
                + " WHERE e.support_year = :year AND " + EFFECTIVE + under;
        long people = jdbc.sql(helped).params(params).query(Long.class).single();
        long members = membersHelped(scoped, orgId, year);
        long cadres = jdbc.sql(helped + " AND c.cadre = TRUE").params(params).query(Long.class).single();
        BigDecimal amount = jdbc.sql("SELECT COALESCE(SUM(e.amount), 0) FROM hardship_cases c JOIN support_entries e"
                + " ON e.case_id = c.id WHERE e.support_year = :year" + under).params(params)
                .query(BigDecimal.class).single();
        return new CareSummary(orgId, year, cases, open, people, members, cadres, amount,
                lines("kind", CareRepository.KINDS, under, params), lines("fund_source", CareRepository.FUNDS, under, params),
                townships(under, params));
    }

    /** Members helped in the year under an org: people with support not reversed, who were members then. */
    long membersHelped(ScopedSql scoped, long orgId, int year) {
        String under = " AND " + scoped.predicate() + " AND " + ScopedSql.underOrg("c.org_id", "org");
        return jdbc.sql("SELECT COUNT(DISTINCT c.person_id) FROM hardship_cases c JOIN support_entries e ON e.case_id = c.id"
                        + " WHERE e.support_year = :year AND " + EFFECTIVE + under + " AND c.member = TRUE")
                .params(params(scoped, orgId, year)).query(Long.class).single();
    }

    /** Net amount and supports not reversed, per code of {@code column}, in the code list's order. */
    private List<CareSummary.Line> lines(String column, String list, String under, Map<String, Object> params) {
        Map<String, CareSummary.Line> byCode = new LinkedHashMap<>();
        jdbc.sql("SELECT e." + column + " AS code, COALESCE(SUM(e.amount), 0) AS amount,"
                        + " SUM(CASE WHEN " + EFFECTIVE + " THEN 1 ELSE 0 END) AS supports"
                        + " FROM hardship_cases c JOIN support_entries e ON e.case_id = c.id WHERE e.support_year = :year"
                        + under + " GROUP BY e." + column)
                .params(params).query(rs -> {
                    byCode.put(rs.getString("code"), new CareSummary.Line(rs.getString("code"), null,
                            rs.getLong("supports"), rs.getBigDecimal("amount")));
                });
        List<CareSummary.Line> lines = new ArrayList<>();
        codes.labels(list).forEach((code, label) -> {
            CareSummary.Line line = byCode.remove(code);
            if (line != null) {
                lines.add(new CareSummary.Line(code, label, line.supports(), line.amount()));
            }
        });
        byCode.values().forEach(l -> lines.add(new CareSummary.Line(l.code(), l.code(), l.supports(), l.amount())));
        return lines;
    }

    private List<CareSummary.TownshipLine> townships(String under, Map<String, Object> params) {
        Map<Long, long[]> counts = new LinkedHashMap<>();
        Map<Long, BigDecimal> amounts = new HashMap<>();
        jdbc.sql("SELECT c.township_id, COUNT(*) AS n FROM hardship_cases c WHERE c.township_id IS NOT NULL AND "
                        + where(null) + under + " GROUP BY c.township_id").params(params)
                .query(rs -> {
                    counts.computeIfAbsent(rs.getLong("township_id"), k -> new long[2])[0] = rs.getLong("n");
                });
        jdbc.sql("SELECT c.township_id, COUNT(DISTINCT c.person_id) AS n FROM hardship_cases c JOIN support_entries e"
                        + " ON e.case_id = c.id WHERE c.township_id IS NOT NULL AND c.member = TRUE"
                        + " AND e.support_year = :year AND " + EFFECTIVE + under + " GROUP BY c.township_id")
                .params(params).query(rs -> {
                    counts.computeIfAbsent(rs.getLong("township_id"), k -> new long[2])[1] = rs.getLong("n");
                });
        jdbc.sql("SELECT c.township_id, COALESCE(SUM(e.amount), 0) AS amount FROM hardship_cases c JOIN support_entries e"
                        + " ON e.case_id = c.id WHERE c.township_id IS NOT NULL AND e.support_year = :year" + under
                        + " GROUP BY c.township_id")
                .params(params).query(rs -> {
                    amounts.put(rs.getLong("township_id"), rs.getBigDecimal("amount"));
                });
        List<CareSummary.TownshipLine> lines = new ArrayList<>();
        counts.forEach((township, n) -> lines.add(new CareSummary.TownshipLine(township,
                tree.find(township).map(OrgSummary::shortName).orElse(""), n[0], n[1],
                amounts.getOrDefault(township, BigDecimal.ZERO))));
        lines.sort(java.util.Comparator.comparing(CareSummary.TownshipLine::townshipId));
        return lines;
    }

    /** Cases under the org (and in scope) active at some point of the year. */
    private static String where(ScopedSql scoped) {
        String active = "c.opened_on <= :to AND (c.closed_on IS NULL OR c.closed_on >= :from)";
        return scoped == null ? active
                : scoped.predicate() + " AND " + ScopedSql.underOrg("c.org_id", "org") + " AND " + active;
    }

    private static Map<String, Object> params(ScopedSql scoped, long orgId, int year) {
        Map<String, Object> params = new HashMap<>(scoped.params());
        params.put("org", orgId);
        params.put("year", year);
        params.put("from", LocalDate.of(year, 1, 1));
        params.put("to", LocalDate.of(year, 12, 31));
        return params;
    }
}
