package org.jiceng.assessment.campaign;

import java.time.LocalDate;
import java.util.List;

import org.jiceng.review.ReviewChain;
import org.jiceng.review.ReviewProcess;
import org.jiceng.review.ReviewStage;

/**
 * What the public 公示 page shows: the process, who publishes it, the names and grades in 公示 or final, and what the
 * names are ({@code subject}: 村党组织, 乡镇党委, 村干部).
 */
public record PublicNotice(ReviewProcess process, String owner, List<Row> rows, String subject) {

    public PublicNotice(ReviewProcess process, String owner, List<Row> rows) {
        this(process, owner, rows, "村党组织");
    }

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
