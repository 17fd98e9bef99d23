package org.jiceng.training.meeting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A branch's meeting compliance in a year (research §5): for every frequency and every period of the year that has
 * ended by today, whether the branch held at least the required number of meetings of that type. A miss is counted
 * in the month its period ends (the month itself, the quarter's last month, December), so a branch × month heatmap
 * shows where meetings were skipped; months not yet ended carry no figure.
 */
public record Compliance(long orgId, String orgName, Integer[] missedByMonth, List<Missed> missed, int periodsDue,
                         int periodsMet) {

    /** One period in which a meeting type was held fewer times than required. */
    public record Missed(String typeLabel, String period, int held, int required) {

        /** As registers print it: 5月支委会（0/1）. */
        public String text() {
            return period + typeLabel + "（" + held + "/" + required + "）";
        }
    }

    /** Every missed period in one line, or 无: rendered once per branch rather than element by element. */
    public String missedText() {
        return missed.isEmpty() ? "无" : String.join("、", missed.stream().map(Missed::text).toList());
    }

    public int percentMet() {
        return periodsDue == 0 ? 100 : Math.round(periodsMet * 100f / periodsDue);
    }

    /**
     * @param heldByType per meeting type, the meetings held in each month of the year (index 0 is January), as
     *                   {@code org_meeting_months} keeps them
     */
    static Compliance of(long orgId, String orgName, int year, List<Frequency> frequencies,
                         Map<String, int[]> heldByType, LocalDate today) {
        Integer[] byMonth = new Integer[12];
        for (int m = 1; m <= 12; m++) {
            byMonth[m - 1] = YearMonth.of(year, m).atEndOfMonth().isAfter(today) ? null : 0;
        }
        List<Missed> missed = new ArrayList<>();
        int due = 0;
        int met = 0;
        for (Frequency f : frequencies) {
            int[] held = heldByType.getOrDefault(f.type(), new int[12]);
            for (int[] period : periods(f.period())) {
                if (YearMonth.of(year, period[1]).atEndOfMonth().isAfter(today)) {
                    continue;
                }
                due++;
                int count = IntStream.rangeClosed(period[0], period[1]).map(m -> held[m - 1]).sum();
                if (count >= f.minCount()) {
                    met++;
                } else {
                    byMonth[period[1] - 1]++;
                    missed.add(new Missed(f.typeLabel(), periodLabel(f.period(), period), count, f.minCount()));
                }
            }
        }
        return new Compliance(orgId, orgName, byMonth, missed, due, met);
    }

    private static List<int[]> periods(Frequency.Period period) {
        return switch (period) {
            case MONTH -> IntStream.rangeClosed(1, 12).mapToObj(m -> new int[] {m, m}).toList();
            case QUARTER -> List.of(new int[] {1, 3}, new int[] {4, 6}, new int[] {7, 9}, new int[] {10, 12});
            case YEAR -> List.<int[]>of(new int[] {1, 12});
        };
    }

    private static String periodLabel(Frequency.Period period, int[] months) {
        return switch (period) {
            case MONTH -> months[0] + "月";
            case QUARTER -> "第" + "一二三四".charAt((months[0] - 1) / 3) + "季度";
            case YEAR -> "全年";
        };
    }
}
