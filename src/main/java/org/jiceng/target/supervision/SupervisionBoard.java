package org.jiceng.target.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * The supervision board (督查督办一览) of an org and year: how many items stand in each state, the same per township
 * (items led by the township or its villages; items led directly under the county without a township apart), and
 * the overdue items — deadline passed, neither closed nor struck off — per township.
 */
public record SupervisionBoard(int year, LocalDate today, Map<SupervisionStatus, Integer> totals, int overdue,
                               List<Row> townships) {

    /** One township's counts per state, its overdue count and its overdue items. */
    public record Row(Long townshipId, String township, Map<SupervisionStatus, Integer> counts, int total,
                      List<SupervisionItem> overdueItems) {

        public int count(SupervisionStatus status) {
            return counts.getOrDefault(status, 0);
        }
    }

    public int total(SupervisionStatus status) {
        return totals.getOrDefault(status, 0);
    }

    public int all() {
        return totals.values().stream().mapToInt(Integer::intValue).sum();
    }

    static SupervisionBoard of(int year, List<SupervisionItem> items, LocalDate today, LongFunction<String> names) {
        Map<SupervisionStatus, Integer> totals = new EnumMap<>(SupervisionStatus.class);
        Map<Long, List<SupervisionItem>> byTownship = new LinkedHashMap<>();
        int overdue = 0;
        for (SupervisionItem item : items) {
            totals.merge(item.status(), 1, Integer::sum);
            byTownship.computeIfAbsent(item.townshipId() == null ? -1L : item.townshipId(), k -> new ArrayList<>())
                    .add(item);
            if (item.overdueOn(today)) {
                overdue++;
            }
        }
        List<Row> rows = new ArrayList<>();
        byTownship.forEach((township, list) -> {
            Map<SupervisionStatus, Integer> counts = new EnumMap<>(SupervisionStatus.class);
            list.forEach(i -> counts.merge(i.status(), 1, Integer::sum));
            rows.add(new Row(township < 0 ? null : township, township < 0 ? "县直（未归属乡镇）" : names.apply(township),
                    counts, list.size(), list.stream().filter(i -> i.overdueOn(today)).toList()));
        });
        rows.sort((a, b) -> a.township().compareTo(b.township()));
        return new SupervisionBoard(year, today, totals, overdue, rows);
    }
}
