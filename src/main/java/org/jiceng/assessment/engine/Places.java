package org.jiceng.assessment.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 名额: grades limited to a number of places in a campaign (research.md §3.3: 一等奖 90 or more, 2 places; 二等奖 80 or
 * more, 4 places; 三等奖 70 or more, 6 places; 达标奖 60 or more). Rules:
 * <ul>
 * <li>Entries are taken by total, best first; each keeps the grade its score and the other rules gave it while its
 * band has room.</li>
 * <li>An entry beyond a band's places takes the next band down with room (a lower band's range always admits a
 * higher total); the worst band is never limited (see {@code BandValidation}).</li>
 * <li>Entries tied with the last one admitted to a band are admitted too (并列者同获), so a band may hold more than
 * its places only through a tie.</li>
 * <li>Entries without a total or a grade (not scored, vetoed) take no place.</li>
 * </ul>
 */
public final class Places {

    /** An entry as the places see it: its total and the grade it would have without places. */
    public record Candidate(long id, BigDecimal total, String grade) {
    }

    /** The grade an entry holds after the places, and why it differs from the grade it had. */
    public record Placed(String grade, String note) {
    }

    private Places() {
    }

    /** The entries whose grade the places change, by id. */
    public static Map<Long, Placed> apply(Scheme scheme, List<Candidate> entries) {
        Map<Long, Placed> moved = new HashMap<>();
        if (!scheme.hasPlaces()) {
            return moved;
        }
        List<Candidate> ranked = new ArrayList<>(entries.stream()
                .filter(c -> c.total() != null && c.grade() != null && scheme.bandIndex(c.grade()) >= 0).toList());
        ranked.sort(Comparator.comparing(Candidate::total).reversed().thenComparing(Candidate::id));
        List<GradeBand> bands = scheme.bands();
        int[] used = new int[bands.size()];
        BigDecimal[] last = new BigDecimal[bands.size()];
        int rank = 0;
        BigDecimal previous = null;
        for (int position = 0; position < ranked.size(); position++) {
            Candidate c = ranked.get(position);
            if (previous == null || c.total().compareTo(previous) != 0) {
                rank = position + 1;
                previous = c.total();
            }
            int start = scheme.bandIndex(c.grade());
            int index = start;
            while (index < bands.size() - 1 && full(bands.get(index), used[index], last[index], c.total())) {
                index++;
            }
            used[index]++;
            last[index] = c.total();
            if (index != start) {
                GradeBand limited = bands.get(start);
                moved.put(c.id(), new Placed(bands.get(index).name(), "得分可评" + limited.name() + "，"
                        + limited.name() + "限" + limited.places() + "名，排第" + rank + "名，评为" + bands.get(index).name()));
            }
        }
        return moved;
    }

    private static boolean full(GradeBand band, int used, BigDecimal lastAdmitted, BigDecimal total) {
        return band.limited() && used >= band.places()
                && (lastAdmitted == null || total.compareTo(lastAdmitted) != 0);
    }
}
