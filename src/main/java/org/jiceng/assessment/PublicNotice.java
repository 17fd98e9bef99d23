package org.jiceng.assessment;

import java.time.LocalDate;
import java.util.List;

import org.jiceng.review.ReviewChain;
import org.jiceng.review.ReviewProcess;
import org.jiceng.review.ReviewStage;

/** What the public 公示 page shows: the process, who publishes it, and the names and grades in 公示 or final. */
public record PublicNotice(ReviewProcess process, String owner, List<Row> rows) {

    public record Row(long itemId, String township, String name, String grade, LocalDate from, LocalDate until,
                      ReviewStage stage) {

        public boolean open(LocalDate today) {
            return ReviewChain.objectionsOpen(stage, from, until, today);
        }
    }

    public List<Row> openRows(LocalDate today) {
        return rows.stream().filter(r -> r.open(today)).toList();
    }
}
