package org.jiceng.target.letter;

import java.math.BigDecimal;
import java.util.List;

/**
 * How a village stands on its letter from the ledger: per item its target, what the ledger shows and the score that
 * would give (an estimate — the year-end assessment scores it), and the estimated total over the items that name a
 * central task. Items without one are scored only at year end.
 */
public record Standing(LetterCopy copy, List<Row> rows, BigDecimal estimated, BigDecimal measurable) {

    /** One item for the village; {@code points} and {@code explanation} are null when no task links it to the ledger. */
    public record Row(LetterItem item, BigDecimal target, long entries, BigDecimal done, BigDecimal points,
                      String explanation) {

        public boolean tracked() {
            return points != null;
        }

        /** Percent of the target done (quantified items), rounded down; null otherwise. */
        public Integer percent() {
            if (!item.quantified() || target == null || target.signum() == 0 || done == null) {
                return null;
            }
            return done.multiply(BigDecimal.valueOf(100)).divide(target, 0, java.math.RoundingMode.DOWN).intValue();
        }

        /** The cell of the township's board: done of target, 已完成 / 未完成, or 年终评定. */
        public String cell() {
            if (!tracked()) {
                return "年终评定";
            }
            if (item.quantified()) {
                return LetterItem.plain(done) + "/" + LetterItem.plain(target) + item.unitLabel();
            }
            return entries > 0 ? "已完成" : "未完成";
        }
    }

    public Row row(long itemId) {
        return rows.stream().filter(r -> r.item().id() == itemId).findFirst().orElseThrow();
    }

    static Standing of(TargetLetter letter, LetterCopy copy, java.util.Map<Long, LetterProgress.Done> done) {
        List<Row> rows = new java.util.ArrayList<>();
        BigDecimal estimated = BigDecimal.ZERO;
        BigDecimal measurable = BigDecimal.ZERO;
        for (LetterItem item : letter.items()) {
            BigDecimal target = item.quantified() ? copy.target(item) : null;
            LetterProgress.Done d = done.get(item.id());
            if (item.taskId() == null || d == null) {
                rows.add(new Row(item, target, 0, null, null, null));
                continue;
            }
            Measure.Score score = item.measure(target).score(
                    new Measure.Achievement(d.entries() > 0, d.lastOn(), d.quantity()));
            rows.add(new Row(item, target, d.entries(), d.quantity(), score.points(), score.explanation()));
            estimated = estimated.add(score.points());
            measurable = measurable.add(item.basePoints());
        }
        return new Standing(copy, List.copyOf(rows), estimated, measurable);
    }
}
