package org.jiceng.target.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.configuration.CodeLists;
import org.jiceng.organization.ScopedSql;
import org.jiceng.shared.PageQuery;
import org.jiceng.shared.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads of the ledger under an org, the user's scope always applied: a page of entries, and sums of quantities —
 * grouped by unit first, so amounts in different units are never added.
 */
@Repository
class DiaryQueries {

    private static final String UNDER = ScopedSql.joinUnder("e.org_id", "orgId");

    private final JdbcClient jdbc;
    private final DiaryRepository repository;
    private final CodeLists codes;

    DiaryQueries(JdbcClient jdbc, DiaryRepository repository, CodeLists codes) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.codes = codes;
    }

    PageResult<DiaryEntry> page(ScopedSql scoped, DiaryFilter f, PageQuery page) {
        String where = " WHERE" + f.where() + " AND " + scoped.predicate();
        long total = jdbc.sql("SELECT COUNT(*) FROM ledger_diary_entries e" + UNDER + where)
                .params(f.params()).params(scoped.params()).query(Long.class).single();
        List<DiaryEntry> items = jdbc.sql(DiaryRepository.SELECT + UNDER + where
                        + " ORDER BY e.entry_date DESC, e.id DESC LIMIT :limit OFFSET :offset")
                .params(f.params()).params(scoped.params()).param("limit", page.size()).param("offset", page.offset())
                .query(repository.mapper()).list();
        return new PageResult<>(repository.withDetails(items), page.page(), page.size(), total);
    }

    /**
     * Entries and sums by unit of the org's own entries (key: the org) and of each org directly below it. Summed per
     * org of an entry first (an index range per org and year), then per org below in Java: joining every entry to
     * its bucket through the closure table made a county's year (100,000 entries) several times slower.
     */
    Map<Long, Bucket> byChild(ScopedSql scoped, DiaryFilter f) {
        Map<Long, Long> bucketOf = new HashMap<>();
        bucketOf.put(f.orgId(), f.orgId());
        jdbc.sql("""
                SELECT t.descendant_id, c.id FROM orgs c JOIN org_tree t ON t.ancestor_id = c.id
                WHERE c.parent_id = :orgId""").param("orgId", f.orgId())
                .query(rs -> {
                    bucketOf.put(rs.getLong(1), rs.getLong(2));
                });
        Map<Long, Bucket> buckets = new HashMap<>();
        String where = " WHERE" + f.where() + " AND " + scoped.predicate();
        jdbc.sql("SELECT e.org_id, COUNT(*) AS n FROM ledger_diary_entries e" + UNDER + where + " GROUP BY e.org_id")
                .params(f.params()).params(scoped.params())
                .query(rs -> {
                    bucket(buckets, bucketOf, rs.getLong("org_id")).entries += rs.getLong("n");
                });
        jdbc.sql("SELECT e.org_id, q.unit, SUM(q.quantity) AS total FROM ledger_diary_entries e" + UNDER
                        + " JOIN ledger_diary_quantities q ON q.entry_id = e.id" + where + " GROUP BY e.org_id, q.unit")
                .params(f.params()).params(scoped.params())
                .query(rs -> {
                    bucket(buckets, bucketOf, rs.getLong("org_id")).sums
                            .merge(rs.getString("unit"), rs.getBigDecimal("total"), BigDecimal::add);
                });
        return buckets;
    }

    private static Bucket bucket(Map<Long, Bucket> buckets, Map<Long, Long> bucketOf, long orgId) {
        return buckets.computeIfAbsent(bucketOf.getOrDefault(orgId, orgId), k -> new Bucket());
    }

    /** Sums by task and unit of the entries linked to each of the tasks in a year. */
    Map<Long, Map<String, BigDecimal>> byTask(ScopedSql scoped, List<Long> taskIds, int year) {
        Map<Long, Map<String, BigDecimal>> done = new HashMap<>();
        if (taskIds.isEmpty()) {
            return done;
        }
        jdbc.sql("SELECT e.task_id, q.unit, SUM(q.quantity) AS total FROM ledger_diary_entries e"
                        + " JOIN ledger_diary_quantities q ON q.entry_id = e.id WHERE e.task_id IN (:ids)"
                        + " AND e.entry_year = :year AND " + scoped.predicate() + " GROUP BY e.task_id, q.unit")
                .param("ids", taskIds).param("year", year).params(scoped.params())
                .query(rs -> {
                    done.computeIfAbsent(rs.getLong("task_id"), k -> new HashMap<>())
                            .put(rs.getString("unit"), rs.getBigDecimal("total"));
                });
        return done;
    }

    /** Sums in the order of the unit list. */
    List<UnitTotal> ordered(Map<String, BigDecimal> sums) {
        List<UnitTotal> totals = new ArrayList<>();
        codes.items(DiaryRepository.UNITS).forEach(item -> {
            if (sums.containsKey(item.code())) {
                totals.add(new UnitTotal(item.code(), item.label(), sums.get(item.code())));
            }
        });
        sums.forEach((unit, sum) -> {
            if (totals.stream().noneMatch(t -> t.unit().equals(unit))) {
                totals.add(new UnitTotal(unit, unit, sum));
            }
        });
        return totals;
    }

    static final class Bucket {
        long entries;
        final Map<String, BigDecimal> sums = new HashMap<>();
    }
}
