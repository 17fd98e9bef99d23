package org.jiceng.assessment.campaign;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.assessment.engine.Scheme;

/**
 * The rules that turn engine grades into a campaign's results (DOMAIN decision 4):
 * <ul>
 * <li>A grade rises at most {@code maxRise} levels over last year's final grade; a higher computed grade is held at
 * last year's level plus {@code maxRise}.</li>
 * <li>A recorded exception (破格) replaces that cap with the grade it names, never better than the computed grade
 * (so a veto still caps or removes the grade whatever the exception).</li>
 * <li>Ranks go by total, best first; equal totals share a rank (1, 2, 2, 4); entries without a total are not ranked.</li>
 * </ul>
 */
public final class CampaignResults {

    private CampaignResults() {
    }

    /** The final grade and, when it differs from the computed one, why. */
    public record Graded(String grade, String note) {
    }

    public static Graded grade(Scheme scheme, String computed, String previous, int maxRise, String exceptionGrade,
                               String exceptionReason) {
        if (computed == null) {
            return new Graded(null, null);
        }
        if (exceptionGrade != null) {
            return new Graded(exceptionGrade, "破格：" + exceptionReason);
        }
        int now = scheme.bandIndex(computed);
        int before = previous == null ? -1 : scheme.bandIndex(previous);
        if (now >= 0 && before >= 0 && before - now > maxRise) {
            String held = scheme.bands().get(before - maxRise).name();
            return new Graded(held, "得分可评" + computed + "，上年为" + previous + "，每年最多升" + maxRise + "级");
        }
        return new Graded(computed, null);
    }

    /** Why an exception (破格) to {@code grade} is refused for an entry whose computed grade is {@code computed}. */
    public static String exceptionProblem(Scheme scheme, String computed, String grade) {
        int wanted = scheme.bandIndex(grade);
        if (wanted < 0) {
            return "“" + grade + "”不是本方案的等次";
        }
        if (computed == null) {
            return "尚无评定等次（未评分或被一票否决），不能破格";
        }
        if (wanted < scheme.bandIndex(computed)) {
            return "破格等次不能高于得分评定的等次（" + computed + "）";
        }
        return null;
    }

    public static CampaignEntry.Movement movement(Scheme scheme, String previous, String grade) {
        if (grade == null) {
            return CampaignEntry.Movement.NONE;
        }
        int before = previous == null ? -1 : scheme.bandIndex(previous);
        if (before < 0) {
            return CampaignEntry.Movement.NEW;
        }
        int now = scheme.bandIndex(grade);
        return now < before ? CampaignEntry.Movement.UP : now > before ? CampaignEntry.Movement.DOWN
                : CampaignEntry.Movement.SAME;
    }

    /** The entries with ranks within their township and overall, and their movement, in overall rank order. */
    public static List<CampaignEntry> ranked(Scheme scheme, List<CampaignEntry> entries) {
        List<CampaignEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing((CampaignEntry e) -> e.total() == null ? BigDecimal.valueOf(-1) : e.total())
                .reversed().thenComparing(CampaignEntry::orgName));
        Map<Long, int[]> townships = new HashMap<>();
        List<CampaignEntry> result = new ArrayList<>();
        int position = 0;
        int rank = 0;
        BigDecimal last = null;
        Map<Long, BigDecimal> lastInTownship = new HashMap<>();
        for (CampaignEntry e : sorted) {
            if (e.total() == null) {
                result.add(e.withRanks(0, 0, movement(scheme, e.previousGrade(), e.grade())));
                continue;
            }
            position++;
            if (last == null || e.total().compareTo(last) != 0) {
                rank = position;
                last = e.total();
            }
            int[] t = townships.computeIfAbsent(e.townshipId(), k -> new int[2]);
            t[0]++;
            BigDecimal lt = lastInTownship.get(e.townshipId());
            if (lt == null || e.total().compareTo(lt) != 0) {
                t[1] = t[0];
                lastInTownship.put(e.townshipId(), e.total());
            }
            result.add(e.withRanks(t[1], rank, movement(scheme, e.previousGrade(), e.grade())));
        }
        return result;
    }
}
