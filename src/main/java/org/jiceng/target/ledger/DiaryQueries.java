package org.jiceng.target.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

    long count(ScopedSql scoped, DiaryFilter f) {
        return jdbc.sql("SELECT COUNT(*) FROM ledger_diary_entries e" + UNDER + " WHERE" + f.where() + " AND "
                + scoped.predicate()).params(f.params()).params(scoped.params()).query(Long.class).single();
    }

    /** Sums by unit of everything under the filter's org. */
    List<UnitTotal> totals(ScopedSql scoped, DiaryFilter f) {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        jdbc.sql("SELECT q.unit, SUM(q.quantity) AS total FROM ledger_diary_entries e" + UNDER
                        + " JOIN ledger_diary_quantities q ON q.entry_id = e.id WHERE" + f.where() + " AND "
                        + scoped.predicate() + " GROUP BY q.unit")
                .params(f.params()).params(scoped.params())
                .query(rs -> {
                    sums.put(rs.getString("unit"), rs.getBigDecimal("total"));
                });
        return ordered(sums);
    }

    /** Entries and sums by unit of the org's own entries (key: the org) and of each org directly below it. */
    Map<Long, Bucket> byChild(ScopedSql scoped, DiaryFilter f) {
        Map<Long, Bucket> buckets = new HashMap<>();
        // The bucket is computed in a derived table: PostgreSQL does not match a GROUP BY expression holding
        // parameters to the same expression in the select list.
        String from = " FROM ledger_diary_entries e" + UNDER + """
                 JOIN org_tree child_tree ON child_tree.descendant_id = e.org_id
                 JOIN orgs child ON child.id = child_tree.ancestor_id
                  AND (child.parent_id = :orgId OR (e.org_id = :orgId AND child.id = :orgId))""";
        String where = " WHERE" + f.where() + " AND " + scoped.predicate();
        jdbc.sql("SELECT b.bucket, COUNT(*) AS n FROM (SELECT child.id AS bucket" + from + where + ") b"
                        + " GROUP BY b.bucket")
                .params(f.params()).params(scoped.params())
                .query(rs -> {
                    buckets.computeIfAbsent(rs.getLong("bucket"), k -> new Bucket()).entries = rs.getLong("n");
                });
        jdbc.sql("SELECT b.bucket, b.unit, SUM(b.quantity) AS total FROM (SELECT child.id AS bucket, q.unit,"
                        + " q.quantity" + from + " JOIN ledger_diary_quantities q ON q.entry_id = e.id" + where + ") b"
                        + " GROUP BY b.bucket, b.unit")
                .params(f.params()).params(scoped.params())
                .query(rs -> {
                    buckets.computeIfAbsent(rs.getLong("bucket"), k -> new Bucket()).sums
                            .put(rs.getString("unit"), rs.getBigDecimal("total"));
                });
        return buckets;
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
