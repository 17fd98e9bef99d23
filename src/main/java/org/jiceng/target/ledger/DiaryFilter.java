package org.jiceng.target.ledger;

import java.time.LocalDate;

/** What the ledger browser shows: entries under an org in a year, by category, task (with its shares) and dates. */
public record DiaryFilter(long orgId, int year, String category, Long taskId, LocalDate from, LocalDate to) {

    /** The filter as SQL conditions on {@code e} (ledger_diary_entries), after the org join. */
    String where() {
        StringBuilder sql = new StringBuilder(" e.entry_year = :year");
        if (category != null && !category.isBlank()) {
            sql.append(" AND e.category = :category");
        }
        if (taskId != null) {
            sql.append(" AND (e.task_id = :taskId OR e.task_id IN (SELECT s.id FROM central_tasks s"
                    + " WHERE s.parent_id = :taskId))");
        }
        if (from != null) {
            sql.append(" AND e.entry_date >= :from");
        }
        if (to != null) {
            sql.append(" AND e.entry_date <= :to");
        }
        return sql.toString();
    }

    java.util.Map<String, Object> params() {
        var params = new java.util.HashMap<String, Object>();
        params.put("orgId", orgId);
        params.put("year", year);
        if (category != null && !category.isBlank()) {
            params.put("category", category);
        }
        if (taskId != null) {
            params.put("taskId", taskId);
        }
        if (from != null) {
            params.put("from", from);
        }
        if (to != null) {
            params.put("to", to);
        }
        return params;
    }
}
