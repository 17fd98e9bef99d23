package org.jiceng.target.letter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An item's progress in a village from the ledger: the village's diary entries of the letter's year on the item's
 * central task (or on the village's share of it), summed in the item's unit only — sums never mix units — with the
 * number of entries and the day of the last one (the day a done or deadline item counts as done).
 */
@Component
class LetterProgress {

    /** What the ledger shows for an item in a village. */
    record Done(long entries, BigDecimal quantity, LocalDate lastOn) {

        static final Done NONE = new Done(0, BigDecimal.ZERO, null);
    }

    private final JdbcClient jdbc;

    LetterProgress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Village id to item id to what was done, for the items that name a task. */
    Map<Long, Map<Long, Done>> of(TargetLetter letter, Collection<Long> villageIds) {
        Map<Long, Map<Long, Done>> done = new HashMap<>();
        List<LetterItem> linked = letter.items().stream().filter(i -> i.taskId() != null).toList();
        if (linked.isEmpty() || villageIds.isEmpty()) {
            return done;
        }
        Map<Long, List<LetterItem>> byTask = new HashMap<>();
        linked.forEach(i -> byTask.computeIfAbsent(i.taskId(), k -> new ArrayList<>()).add(i));
        Map<String, Long> entries = new HashMap<>();
        Map<String, LocalDate> lastOn = new HashMap<>();
        jdbc.sql("""
                SELECT e.org_id, COALESCE(t.parent_id, t.id) AS root_id, COUNT(*) AS n, MAX(e.entry_date) AS last_on
                FROM ledger_diary_entries e JOIN central_tasks t ON t.id = e.task_id
                WHERE e.entry_year = :year AND e.org_id IN (:villages) AND COALESCE(t.parent_id, t.id) IN (:tasks)
                GROUP BY e.org_id, COALESCE(t.parent_id, t.id)""")
                .param("year", letter.year()).param("villages", villageIds).param("tasks", byTask.keySet())
                .query(rs -> {
                    String key = rs.getLong("org_id") + ":" + rs.getLong("root_id");
                    entries.put(key, rs.getLong("n"));
                    lastOn.put(key, rs.getObject("last_on", LocalDate.class));
                });
        Map<String, BigDecimal> sums = new HashMap<>();
        jdbc.sql("""
                SELECT e.org_id, COALESCE(t.parent_id, t.id) AS root_id, q.unit, SUM(q.quantity) AS total
                FROM ledger_diary_entries e JOIN central_tasks t ON t.id = e.task_id
                JOIN ledger_diary_quantities q ON q.entry_id = e.id
                WHERE e.entry_year = :year AND e.org_id IN (:villages) AND COALESCE(t.parent_id, t.id) IN (:tasks)
                GROUP BY e.org_id, COALESCE(t.parent_id, t.id), q.unit""")
                .param("year", letter.year()).param("villages", villageIds).param("tasks", byTask.keySet())
                .query(rs -> {
                    sums.put(rs.getLong("org_id") + ":" + rs.getLong("root_id") + ":" + rs.getString("unit"),
                            rs.getBigDecimal("total"));
                });
        for (long village : villageIds) {
            Map<Long, Done> row = new HashMap<>();
            for (LetterItem item : linked) {
                String key = village + ":" + item.taskId();
                long n = entries.getOrDefault(key, 0L);
                BigDecimal quantity = item.unit() == null ? BigDecimal.ZERO
                        : sums.getOrDefault(key + ":" + item.unit(), BigDecimal.ZERO);
                row.put(item.id(), n == 0 ? Done.NONE : new Done(n, quantity, lastOn.get(key)));
            }
            done.put(village, row);
        }
        return done;
    }
}
